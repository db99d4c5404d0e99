package dev.pitwall.simulator.vehicle;

/**
 * {@code 1 − e^(−x)}, the share of the way an exponential approach covers in a step of {@code x} time constants.
 * Physics steps are tiny compared with the time constants (a second against minutes), and there a short series
 * is exact to double precision and far cheaper than {@link StrictMath#exp}; both are the same on every JVM.
 */
final class Decay {

    private static final double SERIES_BELOW = 0.01;

    private Decay() {
    }

    static double fraction(double x) {
        if (x < SERIES_BELOW) {
            // x - x²/2 + x³/6 - x⁴/24 + x⁵/120: the next term is below 1e-15 of the result for x < 0.01
            return x * (1 - x / 2 * (1 - x / 3 * (1 - x / 4 * (1 - x / 5))));
        }
        return 1 - StrictMath.exp(-x);
    }
}
