package dev.pitwall.core.maintenance;

import java.time.Duration;

/**
 * Which predictions are kept (table {@code failure_prediction}, topic {@code predictions.v1}): a component's
 * first prediction, any move of its probability by at least {@code minChange}, any crossing of one of the
 * risk thresholds, and otherwise one per {@code heartbeat} of event time, so a trend chart has points without
 * a row per message.
 */
public record PredictionHistoryPolicy(double minChange, double[] thresholds, Duration heartbeat) {

    /** Thresholds as in health score's prediction rules (watch 30 %, likely 60 %). */
    public static final PredictionHistoryPolicy DEFAULT =
            new PredictionHistoryPolicy(0.05, new double[] {0.3, 0.6}, Duration.ofHours(6));

    public PredictionHistoryPolicy {
        thresholds = thresholds.clone();
    }

    public boolean shouldRecord(FailurePrediction lastRecorded, FailurePrediction current) {
        if (lastRecorded == null || !lastRecorded.modelVersion().equals(current.modelVersion())) {
            return true;
        }
        if (Math.abs(current.probability() - lastRecorded.probability()) >= minChange) {
            return true;
        }
        for (double t : thresholds) {
            if ((lastRecorded.probability() >= t) != (current.probability() >= t)) {
                return true;
            }
        }
        return !current.eventTime().isBefore(lastRecorded.eventTime().plus(heartbeat));
    }

    @Override
    public double[] thresholds() {
        return thresholds.clone();
    }
}
