package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import java.time.Instant;

/**
 * Ground truth: something that happened to a component of a vehicle. Never part of the telemetry; the
 * simulator writes it to {@code ground-truth.csv} so that models trained on the telemetry can be scored.
 *
 * @param epochMillis simulated time it happened
 * @param odometerKm the true odometer then
 */
public record MaintenanceEvent(String vin, VehicleModel model, Component component, Kind kind, long epochMillis,
        double odometerKm) {

    /** What happened. */
    public enum Kind {
        /** The component's hidden health crossed its limit: the vehicle cannot (or must not) be driven. */
        FAILURE,
        /** The failed component was repaired or replaced after the downtime; its health is reset. */
        REPAIR,
        /** A workshop visit or the owner reset the component before it failed (oil change, new pads, ...). */
        SERVICE
    }

    public Instant time() {
        return Instant.ofEpochMilli(epochMillis);
    }
}
