package dev.pitwall.simulator.vehicle;

import java.util.SplittableRandom;

/**
 * How a vehicle drives on one kind of road: the cruise speeds it aims for, how often it stops (traffic
 * lights, junctions) and how often and how sharply the road turns.
 */
enum DrivingProfile {
    //          stop p, stop s,  cruise km/h, cruise s,  km between turns, sharp-turn p, gentle turn deg
    URBAN(0.30, 5, 45, 25, 50, 15, 90, 0.15, 0.6, 0.5, 20),
    EXTRA_URBAN(0.06, 10, 40, 60, 100, 30, 180, 0.5, 2.5, 0.1, 35),
    HIGHWAY(0.0, 0, 0, 100, 140, 60, 300, 2.0, 6.0, 0.0, 12);

    private final double stopProbability;
    private final double minStopSeconds;
    private final double maxStopSeconds;
    private final double minCruiseKmh;
    private final double maxCruiseKmh;
    private final double minCruiseSeconds;
    private final double maxCruiseSeconds;
    private final double minKmBetweenTurns;
    private final double maxKmBetweenTurns;
    private final double sharpTurnProbability;
    private final double maxGentleTurnDegrees;

    DrivingProfile(double stopProbability, double minStopSeconds, double maxStopSeconds, double minCruiseKmh,
            double maxCruiseKmh, double minCruiseSeconds, double maxCruiseSeconds, double minKmBetweenTurns,
            double maxKmBetweenTurns, double sharpTurnProbability, double maxGentleTurnDegrees) {
        this.stopProbability = stopProbability;
        this.minStopSeconds = minStopSeconds;
        this.maxStopSeconds = maxStopSeconds;
        this.minCruiseKmh = minCruiseKmh;
        this.maxCruiseKmh = maxCruiseKmh;
        this.minCruiseSeconds = minCruiseSeconds;
        this.maxCruiseSeconds = maxCruiseSeconds;
        this.minKmBetweenTurns = minKmBetweenTurns;
        this.maxKmBetweenTurns = maxKmBetweenTurns;
        this.sharpTurnProbability = sharpTurnProbability;
        this.maxGentleTurnDegrees = maxGentleTurnDegrees;
    }

    /** The next stretch of driving: {@code {targetKmh, seconds}}; a target of 0 is a stop. */
    double[] nextSegment(SplittableRandom random) {
        if (random.nextDouble() < stopProbability) {
            return new double[] {0, uniform(random, minStopSeconds, maxStopSeconds)};
        }
        return new double[] {uniform(random, minCruiseKmh, maxCruiseKmh), uniform(random, minCruiseSeconds, maxCruiseSeconds)};
    }

    double nextTurnDistanceKm(SplittableRandom random) {
        return uniform(random, minKmBetweenTurns, maxKmBetweenTurns);
    }

    /** Change of heading at the next bend or junction, degrees (negative = left). */
    double nextHeadingChange(SplittableRandom random) {
        double sign = random.nextBoolean() ? 1 : -1;
        if (random.nextDouble() < sharpTurnProbability) {
            return sign * 90;
        }
        return sign * random.nextDouble() * maxGentleTurnDegrees;
    }

    static double uniform(SplittableRandom random, double min, double max) {
        return min + random.nextDouble() * (max - min);
    }
}
