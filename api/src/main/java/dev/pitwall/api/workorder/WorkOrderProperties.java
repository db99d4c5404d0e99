package dev.pitwall.api.workorder;

import dev.pitwall.engagement.workorder.PhotoRules;
import dev.pitwall.engagement.workorder.QuoteRules;
import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Work orders ({@code pitwall.work-orders.*}); the defaults are in application.yml, the one place for them. A missing
 * or invalid value stops the API at start-up, naming the property.
 *
 * @param photoMaxSize     the largest checklist photo; at most 10 MB, the database's cap (V18)
 * @param photosPerItem    photos one checklist item may have
 * @param quoteMaxLines    lines one quote may have
 * @param quoteMaxAmount   the largest labour or parts amount of one line
 */
@ConfigurationProperties("pitwall.work-orders")
record WorkOrderProperties(DataSize photoMaxSize, Integer photosPerItem, Integer quoteMaxLines,
        BigDecimal quoteMaxAmount) {

    /** V18's CHECK on work_order_photo.size_bytes. */
    static final DataSize DATABASE_CAP = DataSize.ofMegabytes(10);

    WorkOrderProperties {
        require(photoMaxSize != null && photoMaxSize.toBytes() >= 1 && photoMaxSize.compareTo(DATABASE_CAP) <= 0,
                "photo-max-size", "1B to 10MB", photoMaxSize);
        require(photosPerItem != null && photosPerItem >= 1 && photosPerItem <= 100, "photos-per-item",
                "1 to 100", photosPerItem);
        require(quoteMaxLines != null && quoteMaxLines >= 1 && quoteMaxLines <= 500, "quote-max-lines", "1 to 500",
                quoteMaxLines);
        require(quoteMaxAmount != null && quoteMaxAmount.signum() > 0
                && quoteMaxAmount.compareTo(new BigDecimal("9999999999.99")) <= 0, "quote-max-amount",
                "a positive amount that fits numeric(12, 2)", quoteMaxAmount);
    }

    PhotoRules photoRules() {
        return new PhotoRules(photoMaxSize.toBytes(), photosPerItem);
    }

    QuoteRules quoteRules() {
        return new QuoteRules(quoteMaxLines, quoteMaxAmount);
    }

    private static void require(boolean valid, String property, String expected, Object actual) {
        if (!valid) {
            throw new IllegalArgumentException("pitwall.work-orders." + property + ": expected " + expected + ", got "
                    + actual);
        }
    }
}
