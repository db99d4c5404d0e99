package dev.pitwall.prediction.cmapss;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Turns an engine's channel history (normalised sensors, health index) into one feature vector per cycle,
 * using only that cycle and the ones before it, so a row's features do not depend on where the data ends.
 */
public final class TrailingWindowFeatures {

    /**
     * Per-channel statistics, in feature-vector order: the last value; mean, std and slope over the trailing
     * window; mean, slope, min and max over the whole history so far; the EWMA; and the EWMA's distance from
     * the engine's own baseline (its first cycles), which removes the engine-to-engine offset of a new engine.
     */
    static final List<String> PER_CHANNEL = List.of("last", "mean", "std", "slope", "hist_mean", "hist_slope",
            "hist_min", "hist_max", "ewma", "drift");

    private final int window;
    private final double ewmaAlpha;
    private final int baselineCycles;

    public TrailingWindowFeatures(int window, double ewmaAlpha, int baselineCycles) {
        if (window < 2) {
            throw new IllegalArgumentException("window must be at least 2 cycles, was " + window);
        }
        if (!(ewmaAlpha > 0 && ewmaAlpha <= 1)) {
            throw new IllegalArgumentException("ewmaAlpha must be in (0, 1], was " + ewmaAlpha);
        }
        if (baselineCycles < 1) {
            throw new IllegalArgumentException("baselineCycles must be at least 1, was " + baselineCycles);
        }
        this.window = window;
        this.ewmaAlpha = ewmaAlpha;
        this.baselineCycles = baselineCycles;
    }

    /** Feature names for the given channels: {@code s2_last}, ..., then {@code cycle}. */
    public List<String> names(List<String> channels) {
        List<String> names = new ArrayList<>();
        for (String channel : channels) {
            for (String stat : PER_CHANNEL) {
                names.add(channel + "_" + stat);
            }
        }
        names.add("cycle");
        return names;
    }

    /**
     * @param values one row per cycle, one column per channel
     * @param cycles the cycle number of each row (slopes are per cycle, and the age is a feature)
     * @return one feature vector per row, in the order of {@link #names}
     */
    public double[][] extract(double[][] values, int[] cycles) {
        int rows = values.length;
        int channels = rows == 0 ? 0 : values[0].length;
        int width = channels * PER_CHANNEL.size() + 1;
        double[][] out = new double[rows][width];
        for (int c = 0; c < channels; c++) {
            DescriptiveStatistics recent = new DescriptiveStatistics(window);
            SummaryStatistics history = new SummaryStatistics();
            SimpleRegression historyTrend = new SimpleRegression();
            SummaryStatistics baseline = new SummaryStatistics();
            double ewma = 0;
            int f = c * PER_CHANNEL.size();
            for (int t = 0; t < rows; t++) {
                double x = values[t][c];
                recent.addValue(x);
                history.addValue(x);
                historyTrend.addData(cycles[t], x);
                if (t < baselineCycles) {
                    baseline.addValue(x);
                }
                ewma = t == 0 ? x : ewmaAlpha * x + (1 - ewmaAlpha) * ewma;
                double[] row = out[t];
                row[f] = x;
                row[f + 1] = recent.getMean();
                row[f + 2] = recent.getStandardDeviation();
                row[f + 3] = windowSlope(values, cycles, c, Math.max(0, t - window + 1), t);
                row[f + 4] = history.getMean();
                row[f + 5] = t == 0 ? 0 : historyTrend.getSlope();
                row[f + 6] = history.getMin();
                row[f + 7] = history.getMax();
                row[f + 8] = ewma;
                row[f + 9] = ewma - baseline.getMean();
            }
        }
        for (int t = 0; t < rows; t++) {
            out[t][width - 1] = cycles[t];
        }
        return out;
    }

    private static double windowSlope(double[][] values, int[] cycles, int channel, int from, int to) {
        if (to == from) {
            return 0;
        }
        SimpleRegression regression = new SimpleRegression();
        for (int t = from; t <= to; t++) {
            regression.addData(cycles[t], values[t][channel]);
        }
        return regression.getSlope();
    }
}
