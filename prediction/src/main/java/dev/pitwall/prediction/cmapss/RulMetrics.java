package dev.pitwall.prediction.cmapss;

/** The two C-MAPSS benchmark measures: RMSE and the asymmetric PHM08 score (late predictions cost more). */
public final class RulMetrics {

    /** Early predictions (d < 0) are penalised with time constant 13 cycles, late ones with 10. */
    static final double EARLY_TIME_CONSTANT = 13;
    static final double LATE_TIME_CONSTANT = 10;

    private RulMetrics() {
    }

    public static double rmse(double[] predicted, double[] actual) {
        requireSameLength(predicted, actual);
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double d = predicted[i] - actual[i];
            sum += d * d;
        }
        return Math.sqrt(sum / predicted.length);
    }

    /** Sum over engines of exp(-d/13)-1 if d &lt; 0 else exp(d/10)-1, with d = predicted - actual. */
    public static double phm08Score(double[] predicted, double[] actual) {
        requireSameLength(predicted, actual);
        double sum = 0;
        for (int i = 0; i < predicted.length; i++) {
            double d = predicted[i] - actual[i];
            sum += d < 0 ? Math.exp(-d / EARLY_TIME_CONSTANT) - 1 : Math.exp(d / LATE_TIME_CONSTANT) - 1;
        }
        return sum;
    }

    private static void requireSameLength(double[] predicted, double[] actual) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException(predicted.length + " predictions for " + actual.length + " true values");
        }
        if (predicted.length == 0) {
            throw new IllegalArgumentException("no predictions to score");
        }
    }
}
