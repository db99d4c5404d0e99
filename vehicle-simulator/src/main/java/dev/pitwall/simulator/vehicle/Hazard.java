package dev.pitwall.simulator.vehicle;

import java.util.SplittableRandom;

/**
 * Onsets of a Poisson process whose rate changes over time (precursor codes get more frequent as a part wears):
 * an exponential budget of integrated hazard is drawn, the rate times the elapsed time is spent from it, and an
 * onset happens when it runs out. Exact for any step size, and one draw per onset rather than one per step.
 */
final class Hazard {

    private double budget;

    Hazard(SplittableRandom random) {
        budget = draw(random);
    }

    /** Spends {@code ratePerHour × dtSeconds}; true when an onset happened in this step. */
    boolean advance(double ratePerHour, double dtSeconds, SplittableRandom random) {
        if (ratePerHour <= 0) {
            return false;
        }
        budget -= ratePerHour * dtSeconds / 3600;
        if (budget > 0) {
            return false;
        }
        budget = draw(random);
        return true;
    }

    private static double draw(SplittableRandom random) {
        return -StrictMath.log(1 - random.nextDouble());
    }
}
