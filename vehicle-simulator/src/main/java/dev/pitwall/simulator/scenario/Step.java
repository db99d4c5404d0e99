package dev.pitwall.simulator.scenario;

import java.time.Duration;
import java.util.List;

/**
 * One step of a vehicle's script. Each step advances the vehicle's own clock (or, for {@code refuel},
 * {@code setDtcs} and {@code set}, changes its state at the current instant). {@code at} is the step's JSON pointer
 * in the file, for error messages.
 */
public sealed interface Step {

    String at();

    /**
     * Engine running at {@code speedKmh}. Exactly one of {@code to}, {@code duration}, {@code distanceKm} is set;
     * {@code headingDeg} (null: keep the current heading) only without {@code to}.
     *
     * @param consumptionLPer100Km null: the vehicle's
     * @param reportEvery          null: the scenario's
     */
    record Drive(String at, double speedKmh, Double headingDeg, Position to, Duration duration, Double distanceKm,
            Double consumptionLPer100Km, Duration reportEvery) implements Step {
    }

    /** Engine off, standing still; a message every {@code reportEvery} (null: the scenario's parked interval). */
    record Park(String at, Duration duration, Duration reportEvery) implements Step {
    }

    /** Engine off, standing still, no messages; the vehicle reports again as the next step starts. */
    record Silence(String at, Duration duration) implements Step {
    }

    /** The tank filled to {@code toPct} at once. */
    record Refuel(String at, double toPct) implements Step {
    }

    /** The active trouble codes from now on (empty: none). */
    record SetDtcs(String at, List<String> dtcs) implements Step {
        public SetDtcs {
            dtcs = List.copyOf(dtcs);
        }
    }

    /** Signals overridden from now on. */
    record Set(String at, Signals signals) implements Step {
    }

    /** {@code steps}, {@code times} times in a row. */
    record Repeat(String at, int times, List<Step> steps) implements Step {
        public Repeat {
            steps = List.copyOf(steps);
        }
    }

    /** A point in WGS 84 degrees. */
    record Position(double latitude, double longitude) {
    }
}
