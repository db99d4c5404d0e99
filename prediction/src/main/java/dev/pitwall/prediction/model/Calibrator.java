package dev.pitwall.prediction.model;

/**
 * Maps a classifier's raw score to a calibrated probability: among vehicles given 0.3, about 30% should fail within
 * the horizon. Fitted on a held-out calibration split, never on the rows the classifier was trained on.
 * Implementations are monotone non-decreasing, bounded to [0, 1] and immutable.
 */
public sealed interface Calibrator permits IsotonicCalibrator, PlattCalibrator {

    double calibrate(double rawScore);

    /** With fewer positives than this in the calibration split, Platt scaling (two parameters) beats isotonic steps. */
    int ISOTONIC_MIN_POSITIVES = 100;

    /** Isotonic regression with enough positives, Platt scaling otherwise. */
    static Calibrator fit(double[] scores, boolean[] positive) {
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        return positives >= ISOTONIC_MIN_POSITIVES
                ? IsotonicCalibrator.fit(scores, positive)
                : PlattCalibrator.fit(scores, positive);
    }
}
