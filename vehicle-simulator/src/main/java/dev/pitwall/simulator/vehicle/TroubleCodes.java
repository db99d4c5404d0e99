package dev.pitwall.simulator.vehicle;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Active diagnostic trouble codes. Spontaneous faults appear while the engine runs, at a rate per engine hour,
 * and clear again after hours to days (repaired or self-healed); C0750 follows the tire pressures. Some codes
 * change the signals (see {@link Powertrain}), so the telemetry carries the fault's symptoms, too.
 */
final class TroubleCodes {

    static final String MISFIRE = "P0301";
    static final String CATALYST = "P0420";
    static final String LEAN = "P0171";
    static final String SYSTEM_VOLTAGE_LOW = "P0562";
    static final String THERMOSTAT = "P0128";
    static final String TIRE_PRESSURE_LOW = "C0750";
    static final List<String> SPONTANEOUS = List.of(MISFIRE, CATALYST, LEAN, SYSTEM_VOLTAGE_LOW, THERMOSTAT);

    private static final long MIN_ACTIVE_MILLIS = 2 * 3_600_000L;
    private static final long MAX_ACTIVE_MILLIS = 72 * 3_600_000L;

    private final double onsetsPerEngineHour;
    /** Code to the simulated time it clears (sorted, so the reported list is stable). */
    private final TreeMap<String, Long> active = new TreeMap<>();
    private double engineSecondsToNextOnset;

    TroubleCodes(double onsetsPerEngineHour, SplittableRandom random) {
        this.onsetsPerEngineHour = onsetsPerEngineHour;
        this.engineSecondsToNextOnset = nextOnset(random);
    }

    void step(double dt, boolean running, long nowMillis, boolean tirePressureLow, SplittableRandom random) {
        if (running) {
            engineSecondsToNextOnset -= dt;
            if (engineSecondsToNextOnset <= 0) {
                String code = SPONTANEOUS.get(random.nextInt(SPONTANEOUS.size()));
                long activeFor = MIN_ACTIVE_MILLIS + random.nextLong(MAX_ACTIVE_MILLIS - MIN_ACTIVE_MILLIS);
                active.putIfAbsent(code, nowMillis + activeFor);
                engineSecondsToNextOnset = nextOnset(random);
            }
        }
        active.values().removeIf(clearAt -> clearAt <= nowMillis);
        if (tirePressureLow) {
            active.put(TIRE_PRESSURE_LOW, Long.MAX_VALUE);
        } else {
            active.remove(TIRE_PRESSURE_LOW);
        }
    }

    boolean isActive(String code) {
        return active.containsKey(code);
    }

    List<String> codes() {
        return active.isEmpty() ? List.of() : new ArrayList<>(active.keySet());
    }

    /** Exponential waiting time in engine-running seconds: onsets form a Poisson process in engine time. */
    private double nextOnset(SplittableRandom random) {
        if (onsetsPerEngineHour <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return -StrictMath.log(1 - random.nextDouble()) / onsetsPerEngineHour * 3600;
    }
}
