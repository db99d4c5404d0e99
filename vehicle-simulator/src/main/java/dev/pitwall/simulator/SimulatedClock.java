package dev.pitwall.simulator;

/**
 * Maps simulated time to wall-clock time: with time scale {@code k}, simulated time runs {@code k} times as
 * fast as real time from the run's start; with 0 it is not tied to the wall clock at all.
 */
final class SimulatedClock {

    private final long simStartMillis;
    private final long wallStartNanos;
    private final double timeScale;

    SimulatedClock(long simStartMillis, long wallStartNanos, double timeScale) {
        this.simStartMillis = simStartMillis;
        this.wallStartNanos = wallStartNanos;
        this.timeScale = timeScale;
    }

    boolean paced() {
        return timeScale > 0;
    }

    /** When (System.nanoTime) the simulated moment {@code simMillis} is due. */
    long wallNanosFor(long simMillis) {
        double realMillis = (simMillis - simStartMillis) / timeScale;
        return wallStartNanos + Math.round(realMillis * 1e6);
    }
}
