package dev.pitwall.core.servicebook;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The maintenance items of a service book. The names are stored ({@code service_record.item}) and are part of
 * the API, so never rename one; adding one needs the CHECK of {@code service_record} extended too.
 */
public enum ServiceItem {
    OIL_SERVICE("oil and filter change"),
    BRAKE_INSPECTION("brake inspection"),
    TIRE_ROTATION("tire rotation"),
    ANNUAL_INSPECTION("annual inspection"),
    BATTERY_CHECK("12 V battery check"),
    COOLANT_SERVICE("coolant replacement"),
    BRAKE_FLUID("brake fluid replacement"),
    SPARK_PLUGS("spark plug replacement"),
    CABIN_FILTER("cabin air filter replacement"),
    AIR_FILTER("engine air filter replacement");

    /** "one of OIL_SERVICE, BRAKE_INSPECTION, ...", for error messages. */
    public static final String EXPECTED = "one of " + Arrays.stream(values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final String displayName;

    ServiceItem(String displayName) {
        this.displayName = displayName;
    }

    /** How a service advisor names the job. */
    public String displayName() {
        return displayName;
    }

    /** The item called exactly {@code name}; empty for anything else (no case folding: names are identifiers). */
    public static Optional<ServiceItem> byName(String name) {
        return Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst();
    }
}
