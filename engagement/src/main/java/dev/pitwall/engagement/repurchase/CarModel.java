package dev.pitwall.engagement.repurchase;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A model that can be offered to a subscriber, as the model catalog lists it.
 *
 * @param id              stable id, lower-case words joined by hyphens, e.g. {@code vw-cityline-e}
 * @param electricRangeKm km on a full battery: more than 0 for ELECTRIC and PLUG_IN_HYBRID, 0 for the rest
 * @param monthlyPrice    subscription price per month in the catalog's currency
 */
public record CarModel(String id, String name, String brand, BodyType bodyType, Powertrain powertrain,
        int electricRangeKm, int seats, BigDecimal monthlyPrice, MarketSegment segment) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_SEATS = 9;

    public CarModel {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidModelCatalogException("id: expected lower-case letters and digits in words joined by "
                    + "hyphens, e.g. 'vw-cityline-e', got '" + id + "'");
        }
        require(name != null && !name.isBlank(), "name: expected a non-blank name");
        require(brand != null && !brand.isBlank(), "brand: expected a non-blank brand (the dealers' brand in the POI "
                + "catalog)");
        require(bodyType != null, "bodyType: expected one of " + Arrays.toString(BodyType.values()));
        require(powertrain != null, "powertrain: expected one of " + Arrays.toString(Powertrain.values()));
        if (powertrain.hasElectricRange()) {
            require(electricRangeKm > 0, "electricRangeKm: expected more than 0 km for powertrain " + powertrain
                    + ", got "
                    + electricRangeKm);
        } else {
            require(electricRangeKm == 0, "electricRangeKm: expected none (or 0) for powertrain " + powertrain
                    + ", got "
                    + electricRangeKm);
        }
        require(seats >= 1 && seats <= MAX_SEATS, "seats: expected 1 to " + MAX_SEATS + ", got " + seats);
        require(monthlyPrice != null && monthlyPrice.signum() > 0, "monthlyPrice: expected an amount more than 0, got "
                + monthlyPrice);
        require(segment != null, "segment: expected one of " + Arrays.toString(MarketSegment.values()));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidModelCatalogException(message);
        }
    }
}
