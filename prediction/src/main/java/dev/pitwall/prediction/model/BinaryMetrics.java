package dev.pitwall.prediction.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** Ranking and alarm metrics of scores against binary outcomes (one row per vehicle-day). */
public final class BinaryMetrics {

    private BinaryMetrics() {
    }

    /** A point of the precision-recall curve: alarms at scores of at least {@code threshold}. */
    public record PrPoint(double threshold, double recall, double precision) {
    }

    /**
     * Average precision: the area under the step-wise precision-recall curve, with tied scores taken together
     * (so a binary rule gets the single point it really has). NaN without positives.
     */
    public static double averagePrecision(double[] scores, boolean[] positive) {
        double ap = 0;
        double previousRecall = 0;
        for (PrPoint p : prCurve(scores, positive)) {
            ap += (p.recall() - previousRecall) * p.precision();
            previousRecall = p.recall();
        }
        return countPositives(positive) == 0 ? Double.NaN : ap;
    }

    /** The precision-recall curve, one point per distinct score, highest threshold first. */
    public static List<PrPoint> prCurve(double[] scores, boolean[] positive) {
        int positives = countPositives(positive);
        Integer[] order = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed()).toArray(Integer[]::new);
        List<PrPoint> curve = new ArrayList<>();
        int tp = 0;
        int fp = 0;
        for (int k = 0; k < order.length; k++) {
            if (positive[order[k]]) {
                tp++;
            } else {
                fp++;
            }
            boolean lastOfTie = k == order.length - 1 || scores[order[k + 1]] != scores[order[k]];
            if (lastOfTie && positives > 0) {
                curve.add(new PrPoint(scores[order[k]], (double) tp / positives, (double) tp / (tp + fp)));
            }
        }
        return curve;
    }

    /** Alarm outcome counts at a threshold (alarm when score >= threshold). */
    public record Confusion(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        public int rows() {
            return truePositives + falsePositives + falseNegatives + trueNegatives;
        }

        public double precision() {
            int alarms = truePositives + falsePositives;
            return alarms == 0 ? Double.NaN : (double) truePositives / alarms;
        }

        public double recall() {
            int positives = truePositives + falseNegatives;
            return positives == 0 ? Double.NaN : (double) truePositives / positives;
        }

        /** False alarms per 1,000 vehicle-days: a day with the alarm on and no failure within the horizon. */
        public double falseAlarmsPer1000() {
            return rows() == 0 ? Double.NaN : 1000.0 * falsePositives / rows();
        }
    }

    public static Confusion confusion(double[] scores, boolean[] positive, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean alarm = scores[i] >= threshold;
            if (positive[i]) {
                if (alarm) {
                    tp++;
                } else {
                    fn++;
                }
            } else if (alarm) {
                fp++;
            } else {
                tn++;
            }
        }
        return new Confusion(tp, fp, fn, tn);
    }

    /**
     * The lowest threshold that keeps false alarms within {@code budgetPer1000} per 1,000 vehicle-days on these rows:
     * at most {@code floor(budget * rows / 1000)} negatives at or above it. Never 0: "always alarm" is no operating point.
     */
    public static double thresholdForFalseAlarmBudget(double[] scores, boolean[] positive, double budgetPer1000) {
        int allowed = (int) Math.floor(budgetPer1000 * scores.length / 1000.0);
        double[] negatives = IntStream.range(0, scores.length).filter(i -> !positive[i]).mapToDouble(i -> scores[i])
                .sorted().toArray();
        double threshold;
        if (allowed >= negatives.length) {
            threshold = negatives.length == 0 ? 0.5 : negatives[0];
        } else {
            threshold = Math.nextUp(negatives[negatives.length - 1 - allowed]);
        }
        return Math.min(1.0, Math.max(1e-6, threshold));
    }

    public static int countPositives(boolean[] positive) {
        int n = 0;
        for (boolean p : positive) {
            n += p ? 1 : 0;
        }
        return n;
    }

    /** The median of the values, NaN for none. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
