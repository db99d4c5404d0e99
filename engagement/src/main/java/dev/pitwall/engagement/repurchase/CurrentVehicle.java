package dev.pitwall.engagement.repurchase;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What the model catalog knows of the car a subscriber drives today, by the first three characters of its VIN (the
 * world manufacturer identifier). A WMI names a maker, not a model, so the segment is the maker's typical one: good
 * enough for the sample fleet (one model per maker), to be replaced by a VIN decoder for a real one.
 */
public record CurrentVehicle(String wmi, String brand, MarketSegment segment) {

    private static final Pattern WMI = Pattern.compile("[A-HJ-NPR-Z0-9]{3}");

    public CurrentVehicle {
        if (wmi == null || !WMI.matcher(wmi).matches()) {
            throw new InvalidModelCatalogException("wmi: expected the first 3 characters of a VIN (digits and capital "
                    + "letters except I, O and Q), got '" + wmi + "'");
        }
        if (brand == null || brand.isBlank()) {
            throw new InvalidModelCatalogException("brand: expected a non-blank brand");
        }
        if (segment == null) {
            throw new InvalidModelCatalogException("segment: expected one of "
                    + Arrays.toString(MarketSegment.values()));
        }
    }
}
