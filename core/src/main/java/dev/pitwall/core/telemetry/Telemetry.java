package dev.pitwall.core.telemetry;

import java.time.Instant;
import java.util.Objects;

/**
 * One telemetry message from one vehicle. {@code (vin, seq)} is its idempotency key everywhere:
 * Kafka key (vin), Flink dedup state and the database's unique constraint.
 */
public record Telemetry(String vin, long seq, Instant eventTime, VehicleSignals signals) {

    public Telemetry {
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(eventTime, "eventTime");
        signals = signals == null ? VehicleSignals.NONE : signals;
    }
}
