package dev.pitwall.prediction.features;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * What is normal for each car model: mean and standard deviation of selected features over the training fleet,
 * learnt at training time and shipped in the model bundle. A vehicle's deviation from its model's baseline (in
 * standard deviations) is a feature of its own: 12.3 V at rest is fine for one battery and low for another.
 * Models with too few training rows fall back to the whole fleet's baseline. Immutable.
 */
public final class FleetBaselines {

    /** The key of the whole-fleet baseline. */
    public static final String FLEET = "*";
    /** No baselines: the deviation features stay missing. */
    public static final FleetBaselines NONE = new FleetBaselines(List.of(), Map.of());

    private final List<String> sourceNames;
    /** model key to {means, standard deviations}, aligned with {@link #sourceNames}. */
    private final Map<String, double[][]> byModel;

    private FleetBaselines(List<String> sourceNames, Map<String, double[][]> byModel) {
        this.sourceNames = List.copyOf(sourceNames);
        this.byModel = Map.copyOf(byModel);
    }

    /**
     * Learns baselines from feature rows (raw, before baselines were applied).
     *
     * @param modelKeys the car model of each row (see {@link ModelKey})
     * @param minRows   a model needs this many rows for its own baseline
     */
    public static FleetBaselines fit(FeatureLayout layout, List<String> modelKeys, List<double[]> rows, int minRows) {
        int k = layout.baselineCount();
        Map<String, SummaryStatistics[]> stats = new LinkedHashMap<>();
        for (int r = 0; r < rows.size(); r++) {
            double[] row = rows.get(r);
            for (String key : List.of(modelKeys.get(r), FLEET)) {
                SummaryStatistics[] s = stats.computeIfAbsent(key, x -> newStats(k));
                for (int i = 0; i < k; i++) {
                    double v = row[layout.baselineSource(i)];
                    if (!Double.isNaN(v)) {
                        s[i].addValue(v);
                    }
                }
            }
        }
        Map<String, double[][]> result = new HashMap<>();
        stats.forEach((key, s) -> {
            double[] mean = new double[k];
            double[] std = new double[k];
            for (int i = 0; i < k; i++) {
                boolean enough = s[i].getN() >= minRows || key.equals(FLEET);
                mean[i] = enough && s[i].getN() > 0 ? s[i].getMean() : Double.NaN;
                std[i] = enough && s[i].getN() > 1 ? s[i].getStandardDeviation() : Double.NaN;
            }
            result.put(key, new double[][] {mean, std});
        });
        return new FleetBaselines(layout.baselineSourceNames(), result);
    }

    public static FleetBaselines of(List<String> sourceNames, Map<String, double[][]> byModel) {
        return new FleetBaselines(sourceNames, byModel);
    }

    public List<String> sourceNames() {
        return sourceNames;
    }

    /** Model key to {means, standard deviations}; the arrays are copies. */
    public Map<String, double[][]> byModel() {
        Map<String, double[][]> copy = new LinkedHashMap<>();
        byModel.forEach((key, v) -> copy.put(key, new double[][] {v[0].clone(), v[1].clone()}));
        return copy;
    }

    /**
     * Writes the deviation features of {@code values} (laid out by {@code layout}) for a vehicle of {@code modelKey}.
     * Per feature the model's own baseline is used where it has one, the fleet's otherwise.
     */
    public void applyTo(FeatureLayout layout, String modelKey, double[] values) {
        int k = layout.baselineCount();
        if (sourceNames.isEmpty()) {
            for (int i = 0; i < k; i++) {
                values[layout.baselineTarget(i)] = Double.NaN;
            }
            return;
        }
        if (k != sourceNames.size() || !layout.baselineSourceNames().equals(sourceNames)) {
            throw new IllegalArgumentException("these baselines were learnt for other features than the layout's");
        }
        double[][] own = byModel.get(modelKey);
        double[][] fleet = byModel.get(FLEET);
        for (int i = 0; i < k; i++) {
            double[][] base = own != null && !Double.isNaN(own[0][i]) && !Double.isNaN(own[1][i]) ? own : fleet;
            double mean = base == null ? Double.NaN : base[0][i];
            double std = base == null ? Double.NaN : base[1][i];
            double v = values[layout.baselineSource(i)];
            values[layout.baselineTarget(i)] = std > 0 ? (v - mean) / std : v == mean ? 0 : Double.NaN;
        }
    }

    private static SummaryStatistics[] newStats(int k) {
        SummaryStatistics[] s = new SummaryStatistics[k];
        for (int i = 0; i < k; i++) {
            s[i] = new SummaryStatistics();
        }
        return s;
    }
}
