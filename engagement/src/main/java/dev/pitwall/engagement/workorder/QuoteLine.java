package dev.pitwall.engagement.workorder;

import dev.pitwall.core.servicebook.ServiceItem;
import java.math.BigDecimal;

/**
 * One line of a quote: what the workshop would do, for labour and parts in the quote's currency. A mandatory line
 * is one the visit cannot be done without; optional lines are recommendations the customer may leave out.
 *
 * @param number      the line's number in its quote, from 1
 * @param serviceType the service-book item the line is about, if any
 * @param partNumber  the part it fits, if any
 */
public record QuoteLine(int number, String description, ServiceItem serviceType, String partNumber,
        BigDecimal labour, BigDecimal parts, boolean mandatory) {

    public BigDecimal total() {
        return labour.add(parts);
    }
}
