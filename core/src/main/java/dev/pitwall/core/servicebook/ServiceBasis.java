package dev.pitwall.core.servicebook;

import java.time.Instant;

/**
 * Where an item's intervals are counted from: its last recorded service, or, when it has none, the first
 * report Pitwall saw of the vehicle. Odometer or engine hours may be null, and then the limit that needs the
 * value cannot be evaluated.
 */
public record ServiceBasis(Kind kind, Instant time, Double odometerKm, Double engineHours) {

    /** What the basis is. */
    public enum Kind {
        /** The item's newest service record. */
        LAST_SERVICE,
        /** No record of the item: counted from the first odometer, engine hours and time Pitwall saw. */
        FIRST_REPORT
    }

    static ServiceBasis lastService(ServiceRecord record) {
        return new ServiceBasis(Kind.LAST_SERVICE, record.performedAt(), record.odometerKm(), record.engineHours());
    }

    static ServiceBasis firstReport(VehicleReading first) {
        return new ServiceBasis(Kind.FIRST_REPORT, first.time(), first.odometerKm(), first.engineHours());
    }
}
