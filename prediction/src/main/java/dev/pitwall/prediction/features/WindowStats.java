package dev.pitwall.prediction.features;

/**
 * Mergeable summary of (time, value) samples: count, mean, sum of squared deviations, min, max and the time-value
 * co-moment that gives the least-squares slope. Merging uses Chan et al.'s pairwise update, which stays accurate
 * where naive sums of squares cancel. Mutable and reused: one instance serves a whole feature computation.
 */
public final class WindowStats {

    private static final double SECONDS_PER_DAY = 86_400.0;

    long n;
    double mean;
    double m2;
    double min;
    double max;
    /** Mean sample time, seconds after this summary's time origin. */
    double meanT;
    double m2T;
    double coMoment;

    public WindowStats() {
        clear();
    }

    public void clear() {
        n = 0;
        mean = 0;
        m2 = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        meanT = 0;
        m2T = 0;
        coMoment = 0;
    }

    /** Merges a summary whose time origin lies {@code shiftSeconds} after this one's. */
    void merge(long nb, double meanB, double m2B, double minB, double maxB, double meanTB, double m2TB, double coB,
            double shiftSeconds) {
        if (nb == 0) {
            return;
        }
        double tb = meanTB + shiftSeconds;
        if (n == 0) {
            n = nb;
            mean = meanB;
            m2 = m2B;
            min = minB;
            max = maxB;
            meanT = tb;
            m2T = m2TB;
            coMoment = coB;
            return;
        }
        long total = n + nb;
        double dx = meanB - mean;
        double dt = tb - meanT;
        double w = (double) n * nb / total;
        mean += dx * nb / total;
        meanT += dt * nb / total;
        m2 += m2B + dx * dx * w;
        m2T += m2TB + dt * dt * w;
        coMoment += coB + dx * dt * w;
        min = Math.min(min, minB);
        max = Math.max(max, maxB);
        n = total;
    }

    public long count() {
        return n;
    }

    public double mean() {
        return n == 0 ? Double.NaN : mean;
    }

    /** Sample standard deviation (n - 1 in the denominator, as commons-math reports it). */
    public double standardDeviation() {
        return n < 2 ? Double.NaN : Math.sqrt(Math.max(0, m2 / (n - 1)));
    }

    public double min() {
        return n == 0 ? Double.NaN : min;
    }

    public double max() {
        return n == 0 ? Double.NaN : max;
    }

    /** Least-squares slope of value over time, per day; NaN with fewer than two distinct sample times. */
    public double slopePerDay() {
        return n < 2 || m2T <= 0 ? Double.NaN : coMoment / m2T * SECONDS_PER_DAY;
    }
}
