package dev.pitwall.prediction.cmapss;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The discrete flight conditions (altitude, Mach, throttle) found in the settings columns, so that
 * sensors can be normalised per condition: FD002/FD004 mix six conditions, FD001/FD003 have one.
 */
public final class OperatingConditions {

    /**
     * Settings closer than this to a condition's centre belong to it. The six C-MAPSS conditions are at
     * least 5 kft, 0.08 Mach and 40 TRA apart, while the noise around a centre is below 0.01 kft / 0.001 Mach.
     */
    static final double[] TOLERANCE = {1.0, 0.05, 1.0};

    /** More centres than this means the settings are continuous, not a few fixed conditions. */
    static final int MAX_CONDITIONS = 12;

    private final double[][] centres;

    private OperatingConditions(double[][] centres) {
        this.centres = centres;
    }

    /** Clusters the training rows' settings; falls back to one condition when they do not form few clusters. */
    public static OperatingConditions fit(List<EngineTrajectory> engines) {
        List<double[]> leaders = new ArrayList<>();
        for (EngineTrajectory engine : engines) {
            for (CmapssRow row : engine.rows()) {
                if (nearest(leaders, row.settings(), 1.0) < 0) {
                    leaders.add(row.settings().clone());
                    if (leaders.size() > MAX_CONDITIONS) {
                        return single();
                    }
                }
            }
        }
        // Recentre on the members' means so the order of rows does not matter for the centres.
        double[][] sums = new double[leaders.size()][CmapssRow.SETTINGS];
        int[] counts = new int[leaders.size()];
        for (EngineTrajectory engine : engines) {
            for (CmapssRow row : engine.rows()) {
                int c = nearest(leaders, row.settings(), Double.POSITIVE_INFINITY);
                counts[c]++;
                for (int s = 0; s < CmapssRow.SETTINGS; s++) {
                    sums[c][s] += row.settings()[s];
                }
            }
        }
        double[][] centres = new double[leaders.size()][];
        for (int c = 0; c < centres.length; c++) {
            int n = counts[c];
            centres[c] = Arrays.stream(sums[c]).map(sum -> sum / n).toArray();
        }
        Arrays.sort(centres, Comparator.<double[]>comparingDouble(c -> c[0]).thenComparingDouble(c -> c[1])
                .thenComparingDouble(c -> c[2]));
        return new OperatingConditions(centres);
    }

    static OperatingConditions single() {
        return new OperatingConditions(new double[][] {new double[CmapssRow.SETTINGS]});
    }

    public int count() {
        return centres.length;
    }

    /** The condition whose centre is nearest; rows far from every centre still get the nearest one. */
    public int conditionOf(CmapssRow row) {
        if (centres.length == 1) {
            return 0;
        }
        return nearest(Arrays.asList(centres), row.settings(), Double.POSITIVE_INFINITY);
    }

    /** Index of the nearest centre within {@code maxDistance} (in tolerance units), or -1. */
    private static int nearest(List<double[]> centres, double[] settings, double maxDistance) {
        int best = -1;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < centres.size(); c++) {
            double distance = 0;
            for (int s = 0; s < CmapssRow.SETTINGS; s++) {
                distance = Math.max(distance, Math.abs(settings[s] - centres.get(c)[s]) / TOLERANCE[s]);
            }
            if (best < 0 ? distance <= maxDistance : distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }
}
