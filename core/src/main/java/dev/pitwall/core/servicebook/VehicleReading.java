package dev.pitwall.core.servicebook;

import java.time.Instant;
import java.util.Objects;

/**
 * What a vehicle reported at one moment that maintenance intervals count in: its odometer and engine hours,
 * either of them null when not reported. Used for the newest report and for the first one Pitwall saw.
 */
public record VehicleReading(Instant time, Double odometerKm, Double engineHours) {

    public VehicleReading {
        Objects.requireNonNull(time, "time");
    }
}
