package dev.pitwall.prediction.model;

import dev.pitwall.prediction.features.FeatureLayout;
import java.util.ArrayList;
import java.util.List;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/** Scores many feature rows with Tribuo models at once (training, calibration, evaluation), in chunks to bound memory. */
public final class BatchScorer {

    private static final int CHUNK = 4096;

    private BatchScorer() {
    }

    /** The raw (uncalibrated) probability of {@link TribuoExamples#FAIL} for each row. */
    public static double[] failProbabilities(Model<Label> model, FeatureLayout layout, List<double[]> rows) {
        double[] result = new double[rows.size()];
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<Example<Label>> chunk = new ArrayList<>();
            for (int i = start; i < Math.min(rows.size(), start + CHUNK); i++) {
                chunk.add(TribuoExamples.of(layout, rows.get(i), TribuoExamples.OK, 1f));
            }
            List<Prediction<Label>> predictions = model.predict(chunk);
            for (int k = 0; k < predictions.size(); k++) {
                Label fail = predictions.get(k).getOutputScores().get(TribuoExamples.FAIL.getLabel());
                result[start + k] = fail == null ? 0 : fail.getScore();
            }
        }
        return result;
    }

    /** The calibrated probabilities. */
    public static double[] calibrated(double[] raw, Calibrator calibrator) {
        double[] result = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            result[i] = calibrator.calibrate(raw[i]);
        }
        return result;
    }

    /** The regressor's output for each row. */
    public static double[] regress(Model<Regressor> model, FeatureLayout layout, List<double[]> rows) {
        double[] result = new double[rows.size()];
        for (int start = 0; start < rows.size(); start += CHUNK) {
            List<Example<Regressor>> chunk = new ArrayList<>();
            for (int i = start; i < Math.min(rows.size(), start + CHUNK); i++) {
                chunk.add(TribuoExamples.of(layout, rows.get(i), new Regressor(TribuoExamples.RUL, Double.NaN), 1f));
            }
            List<Prediction<Regressor>> predictions = model.predict(chunk);
            for (int k = 0; k < predictions.size(); k++) {
                result[start + k] = predictions.get(k).getOutput().getValues()[0];
            }
        }
        return result;
    }
}
