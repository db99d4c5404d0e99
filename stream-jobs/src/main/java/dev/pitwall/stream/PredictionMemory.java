package dev.pitwall.stream;

import dev.pitwall.core.maintenance.FailurePrediction;
import java.util.List;

/**
 * What the prediction operator remembers of one vehicle between messages, besides its features.
 *
 * @param lastPredictedMillis event time of the last prediction, {@link Long#MIN_VALUE} before the first
 * @param current             the newest prediction per component (what the health score uses)
 * @param lastRecorded        the last kept prediction per component (what the history policy compares with)
 */
public record PredictionMemory(long lastPredictedMillis, List<FailurePrediction> current,
        List<FailurePrediction> lastRecorded) {

    public static final PredictionMemory EMPTY = new PredictionMemory(Long.MIN_VALUE, List.of(), List.of());

    public PredictionMemory {
        current = List.copyOf(current);
        lastRecorded = List.copyOf(lastRecorded);
    }

    /** The model version of the current predictions, or null before any. */
    String modelVersion() {
        return current.isEmpty() ? null : current.get(0).modelVersion();
    }
}
