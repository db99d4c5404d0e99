package dev.pitwall.prediction.training;

import dev.pitwall.core.maintenance.Component;
import java.time.Instant;

/** One line of {@code ground-truth.csv}: what really happened to a component, hidden from the telemetry. */
public record GroundTruthEvent(String vin, String model, Component component, Kind kind, Instant time, double odometerKm) {

    /** What happened. */
    public enum Kind {
        /** The component failed: the vehicle needs a workshop. */
        FAILURE,
        /** The failed (or worn) component was repaired or replaced. */
        REPAIR,
        /** Scheduled maintenance that renewed the component (oil change, new pads) before it failed. */
        SERVICE
    }
}
