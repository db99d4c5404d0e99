package dev.pitwall.prediction.model;

import java.util.List;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Z-scores features for the logistic baseline (SGD needs features on one scale; trees do not care). A missing
 * value becomes 0, the training mean; values are clipped to ±{@value #CLIP} so a wild reading cannot dominate.
 */
public record Standardizer(double[] means, double[] deviations) {

    static final double CLIP = 8;

    public Standardizer {
        means = means.clone();
        deviations = deviations.clone();
    }

    public static Standardizer fit(List<double[]> rows, int width) {
        SummaryStatistics[] stats = new SummaryStatistics[width];
        for (int j = 0; j < width; j++) {
            stats[j] = new SummaryStatistics();
        }
        for (double[] row : rows) {
            for (int j = 0; j < width; j++) {
                if (!Double.isNaN(row[j])) {
                    stats[j].addValue(row[j]);
                }
            }
        }
        double[] means = new double[width];
        double[] deviations = new double[width];
        for (int j = 0; j < width; j++) {
            means[j] = stats[j].getN() == 0 ? 0 : stats[j].getMean();
            double sd = stats[j].getN() < 2 ? 0 : stats[j].getStandardDeviation();
            deviations[j] = sd > 0 ? sd : 1;
        }
        return new Standardizer(means, deviations);
    }

    public double[] apply(double[] row) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            z[j] = Double.isNaN(row[j]) ? 0 : Math.max(-CLIP, Math.min(CLIP, (row[j] - means[j]) / deviations[j]));
        }
        return z;
    }
}
