package dev.pitwall.core.servicebook;

import java.time.Instant;
import java.util.Objects;

/**
 * A completed maintenance job, as far as the service book counts it: which item, when, and at which odometer
 * and engine hours (null when unknown). Recording one starts the item's intervals again from these values.
 */
public record ServiceRecord(ServiceItem item, Instant performedAt, double odometerKm, Double engineHours) {

    public ServiceRecord {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(performedAt, "performedAt");
    }
}
