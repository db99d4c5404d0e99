package dev.pitwall.simulator.vehicle;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Active diagnostic trouble codes, from three sources. Spontaneous faults (noise unrelated to wear) appear while
 * the engine runs, at a rate per engine hour, and clear again after hours to days; some change the signals (see
 * {@link Powertrain}), so the telemetry carries their symptoms. Wear codes are raised by the component models:
 * precursor episodes for a while, and codes latched at a failure until the repair. C0750 follows the tyre
 * pressures.
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
    /** Spontaneous code to the simulated time it clears (sorted, so the reported list is stable). */
    private final TreeMap<String, Long> spontaneous = new TreeMap<>();
    /** Wear code to the time it clears; {@code Long.MAX_VALUE} while latched. */
    private final TreeMap<String, Long> wear = new TreeMap<>();
    private double engineSecondsToNextOnset;
    private boolean tirePressureLow;
    /** Earliest clearing time of any active code: pruning is only needed from then on. */
    private long nextClearMillis = Long.MAX_VALUE;

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
                if (spontaneous.putIfAbsent(code, nowMillis + activeFor) == null) {
                    nextClearMillis = Math.min(nextClearMillis, nowMillis + activeFor);
                }
                engineSecondsToNextOnset = nextOnset(random);
            }
        }
        if (nowMillis >= nextClearMillis) {
            spontaneous.values().removeIf(clearAt -> clearAt <= nowMillis);
            wear.values().removeIf(clearAt -> clearAt <= nowMillis);
            nextClearMillis = Math.min(earliest(spontaneous), earliest(wear));
        }
        this.tirePressureLow = tirePressureLow;
    }

    private static long earliest(TreeMap<String, Long> codes) {
        long min = Long.MAX_VALUE;
        for (long clearAt : codes.values()) {
            min = Math.min(min, clearAt);
        }
        return min;
    }

    /** A precursor episode: the code is active until {@code untilMillis} (or longer, if it already was). */
    boolean raise(String code, long untilMillis) {
        Long before = wear.get(code);
        if (before == null || before < untilMillis) {
            wear.put(code, untilMillis);
            nextClearMillis = Math.min(nextClearMillis, untilMillis);
        }
        return before == null;
    }

    /** Active until {@link #release}: a failure's code until the repair. */
    void latch(String code) {
        wear.put(code, Long.MAX_VALUE);
    }

    void release(String code) {
        wear.remove(code);
    }

    /** A spontaneous fault whose symptom shows in the signals. */
    boolean hasSymptom(String code) {
        return spontaneous.containsKey(code);
    }

    /** Any misfire code, spontaneous or from a worn ignition: the engine runs rough. */
    boolean misfiring() {
        return startsWith(spontaneous, "P030") || startsWith(wear, "P030");
    }

    boolean isActive(String code) {
        return spontaneous.containsKey(code) || wear.containsKey(code)
                || (tirePressureLow && TIRE_PRESSURE_LOW.equals(code));
    }

    List<String> codes() {
        if (spontaneous.isEmpty() && wear.isEmpty() && !tirePressureLow) {
            return List.of();
        }
        TreeSet<String> all = new TreeSet<>(spontaneous.keySet());
        all.addAll(wear.keySet());
        if (tirePressureLow) {
            all.add(TIRE_PRESSURE_LOW);
        }
        return new ArrayList<>(all);
    }

    private static boolean startsWith(TreeMap<String, Long> codes, String prefix) {
        String next = codes.ceilingKey(prefix);
        return next != null && next.startsWith(prefix);
    }

    /** Exponential waiting time in engine-running seconds: onsets form a Poisson process in engine time. */
    private double nextOnset(SplittableRandom random) {
        if (onsetsPerEngineHour <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return -StrictMath.log(1 - random.nextDouble()) / onsetsPerEngineHour * 3600;
    }
}
