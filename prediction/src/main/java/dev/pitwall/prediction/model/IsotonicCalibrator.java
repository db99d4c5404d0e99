package dev.pitwall.prediction.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Isotonic regression by pool-adjacent-violators: the monotone step function closest to the labels, with straight
 * lines between the steps' mean scores so that near-equal scores get near-equal probabilities.
 */
public record IsotonicCalibrator(double[] scores, double[] probabilities) implements Calibrator {

    public IsotonicCalibrator {
        if (scores.length == 0 || scores.length != probabilities.length) {
            throw new IllegalArgumentException("need as many knots' scores as probabilities, at least one");
        }
        scores = scores.clone();
        probabilities = probabilities.clone();
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] < scores[i - 1] || probabilities[i] < probabilities[i - 1]) {
                throw new IllegalArgumentException("knots must be sorted and monotone");
            }
        }
    }

    public static IsotonicCalibrator fit(double[] rawScores, boolean[] positive) {
        int n = rawScores.length;
        if (n == 0) {
            throw new IllegalArgumentException("cannot calibrate on no examples");
        }
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> rawScores[i]))
                .toArray(Integer[]::new);
        // blocks of pooled examples: weight, label sum, score sum
        double[] weight = new double[n];
        double[] labelSum = new double[n];
        double[] scoreSum = new double[n];
        int blocks = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            weight[blocks] = 1;
            labelSum[blocks] = positive[i] ? 1 : 0;
            scoreSum[blocks] = rawScores[i];
            blocks++;
            while (blocks > 1 && labelSum[blocks - 2] / weight[blocks - 2] >= labelSum[blocks - 1] / weight[blocks - 1]) {
                weight[blocks - 2] += weight[blocks - 1];
                labelSum[blocks - 2] += labelSum[blocks - 1];
                scoreSum[blocks - 2] += scoreSum[blocks - 1];
                blocks--;
            }
        }
        double[] knotsX = new double[blocks];
        double[] knotsY = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            knotsX[b] = scoreSum[b] / weight[b];
            knotsY[b] = labelSum[b] / weight[b];
        }
        // pooling merges blocks whose means are equal, so knot scores increase strictly except for rounding
        for (int b = 1; b < blocks; b++) {
            knotsX[b] = Math.max(knotsX[b], knotsX[b - 1]);
        }
        return new IsotonicCalibrator(knotsX, knotsY);
    }

    @Override
    public double calibrate(double rawScore) {
        if (Double.isNaN(rawScore)) {
            return Double.NaN;
        }
        int i = Arrays.binarySearch(scores, rawScore);
        if (i >= 0) {
            return probabilities[i];
        }
        int upper = -i - 1;
        if (upper == 0) {
            return probabilities[0];
        }
        if (upper == scores.length) {
            return probabilities[scores.length - 1];
        }
        double x0 = scores[upper - 1];
        double x1 = scores[upper];
        double t = x1 > x0 ? (rawScore - x0) / (x1 - x0) : 1;
        return probabilities[upper - 1] + t * (probabilities[upper] - probabilities[upper - 1]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IsotonicCalibrator other && Arrays.equals(scores, other.scores)
                && Arrays.equals(probabilities, other.probabilities);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(scores) + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "IsotonicCalibrator[" + scores.length + " knots]";
    }
}
