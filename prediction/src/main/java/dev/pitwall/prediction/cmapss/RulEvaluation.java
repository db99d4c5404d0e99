package dev.pitwall.prediction.cmapss;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Predicted against true RUL, joined by unit id: RMSE and PHM08 score over the units. */
public record RulEvaluation(int units, double rmse, double phm08Score) {

    /** Joins by unit; both sides must name exactly the same units, or the scores would mean nothing. */
    public static RulEvaluation of(Map<Integer, Double> predicted, Map<Integer, Double> actual) {
        Set<Integer> missingTruth = new TreeSet<>(predicted.keySet());
        missingTruth.removeAll(actual.keySet());
        Set<Integer> missingPrediction = new TreeSet<>(actual.keySet());
        missingPrediction.removeAll(predicted.keySet());
        if (!missingTruth.isEmpty() || !missingPrediction.isEmpty()) {
            throw new CmapssInputException("the units of the predictions (" + predicted.size()
                    + ") and of the truth (" + actual.size() + ") differ: predicted but without truth "
                    + abbreviate(missingTruth) + ", with truth but not predicted " + abbreviate(missingPrediction));
        }
        Set<Integer> units = new TreeSet<>(actual.keySet());
        double[] p = units.stream().mapToDouble(predicted::get).toArray();
        double[] a = units.stream().mapToDouble(actual::get).toArray();
        return new RulEvaluation(units.size(), RulMetrics.rmse(p, a), RulMetrics.phm08Score(p, a));
    }

    private static String abbreviate(Set<Integer> units) {
        if (units.size() <= 10) {
            return units.toString();
        }
        return units.stream().limit(10).toList().toString().replace("]", ", ... (" + units.size() + " units)]");
    }
}
