package dev.pitwall.simulator.vehicle;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from one seed. Each vehicle gets its own streams, so a
 * vehicle's messages do not depend on how many vehicles there are or which thread generates them, and the
 * physics stream does not depend on the fault rates or the wear models' draws.
 */
public final class Seeds {

    /** VIN, model and sampling offset. */
    public static final int IDENTITY = 1;
    /** Trips, driving, signal noise. */
    public static final int PHYSICS = 2;
    /** Duplicates, reordering, corruption. */
    public static final int FAULTS = 3;
    /** Climate, driving style, age, owner habits: the vehicle's traits. */
    public static final int TRAITS = 4;
    /** Component degradation, precursor codes, workshop decisions. */
    public static final int WEAR = 5;
    /** Sensor noise of the reported signals. */
    public static final int SENSORS = 6;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    public static SplittableRandom random(long seed, long vehicleIndex, int stream) {
        return new SplittableRandom(mix(mix(mix(seed) + GOLDEN_GAMMA * (vehicleIndex + 1)) + stream));
    }

    /** A fleet-wide value (not tied to one vehicle) derived from the seed. */
    static long fleetValue(long seed, int purpose) {
        return mix(mix(seed) ^ (GOLDEN_GAMMA * -purpose));
    }

    /** SplitMix64's finaliser: a bijection that spreads nearby inputs over all 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
