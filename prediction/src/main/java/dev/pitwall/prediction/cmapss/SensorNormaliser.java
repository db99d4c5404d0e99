package dev.pitwall.prediction.cmapss;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Picks the informative sensors and z-scores them per operating condition, with statistics fitted on
 * training data only, so a sensor's reading says how far it is from normal for the condition flown.
 */
public final class SensorNormaliser {

    /**
     * A sensor that shows at most this many distinct values within every condition carries no degradation
     * signal (in FD001: s1, s5, s6, s10, s16, s18, s19 — s6 toggles between 21.60 and 21.61).
     */
    static final int MAX_DISTINCT_VALUES_OF_CONSTANT = 2;

    private final OperatingConditions conditions;
    private final int[] sensors;
    private final double[][] mean;
    private final double[][] scale;

    private SensorNormaliser(OperatingConditions conditions, int[] sensors, double[][] mean, double[][] scale) {
        this.conditions = conditions;
        this.sensors = sensors;
        this.mean = mean;
        this.scale = scale;
    }

    public static SensorNormaliser fit(List<EngineTrajectory> engines, OperatingConditions conditions) {
        int k = conditions.count();
        SummaryStatistics[][] stats = new SummaryStatistics[k][CmapssRow.SENSORS];
        List<List<Set<Double>>> distinct = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<Set<Double>> perSensor = new ArrayList<>();
            for (int s = 0; s < CmapssRow.SENSORS; s++) {
                stats[c][s] = new SummaryStatistics();
                perSensor.add(new HashSet<>());
            }
            distinct.add(perSensor);
        }
        for (EngineTrajectory engine : engines) {
            for (CmapssRow row : engine.rows()) {
                int c = conditions.conditionOf(row);
                for (int s = 0; s < CmapssRow.SENSORS; s++) {
                    double value = row.sensors()[s];
                    stats[c][s].addValue(value);
                    Set<Double> seen = distinct.get(c).get(s);
                    if (seen.size() <= MAX_DISTINCT_VALUES_OF_CONSTANT) {
                        seen.add(value);
                    }
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int s = 0; s < CmapssRow.SENSORS; s++) {
            for (int c = 0; c < k; c++) {
                if (distinct.get(c).get(s).size() > MAX_DISTINCT_VALUES_OF_CONSTANT) {
                    kept.add(s);
                    break;
                }
            }
        }
        int[] sensors = kept.stream().mapToInt(Integer::intValue).toArray();
        double[][] mean = new double[k][sensors.length];
        double[][] scale = new double[k][sensors.length];
        for (int c = 0; c < k; c++) {
            for (int i = 0; i < sensors.length; i++) {
                SummaryStatistics st = stats[c][sensors[i]];
                mean[c][i] = st.getN() == 0 ? 0 : st.getMean();
                double sd = st.getN() < 2 ? 0 : st.getStandardDeviation();
                // A sensor constant within one condition (or a condition seen once) must not divide by zero.
                scale[c][i] = sd > 1e-12 ? sd : 1.0;
            }
        }
        return new SensorNormaliser(conditions, sensors, mean, scale);
    }

    /** Names of the kept sensors (s2, s3, ...), in the column order of {@link #normalise}. */
    public List<String> sensorNames() {
        List<String> names = new ArrayList<>();
        for (int s : sensors) {
            names.add(CmapssRow.sensorName(s));
        }
        return names;
    }

    public int sensorCount() {
        return sensors.length;
    }

    /** One row per cycle, one column per kept sensor, in standard deviations from the condition's mean. */
    public double[][] normalise(EngineTrajectory engine) {
        double[][] out = new double[engine.length()][sensors.length];
        for (int t = 0; t < engine.length(); t++) {
            CmapssRow row = engine.rows().get(t);
            int c = conditions.conditionOf(row);
            for (int i = 0; i < sensors.length; i++) {
                out[t][i] = (row.sensors()[sensors[i]] - mean[c][i]) / scale[c][i];
            }
        }
        return out;
    }
}
