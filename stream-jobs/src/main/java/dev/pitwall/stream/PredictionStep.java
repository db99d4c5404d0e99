package dev.pitwall.stream;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.maintenance.PredictionHistoryPolicy;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.prediction.features.VehicleFeatureState;
import dev.pitwall.prediction.serving.ComponentPrediction;
import dev.pitwall.prediction.serving.FailurePredictor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one (deduplicated) message does to a vehicle's failure predictions, in plain Java: every message updates
 * the features; the newest message predicts again once {@code interval} of event time has passed since the last
 * prediction, or at once when the model changed; the history policy picks which predictions to keep.
 * The {@link FailurePredictionOperator} only keeps the feature state and the {@link PredictionMemory}.
 */
public final class PredictionStep {

    private final Duration interval;
    private final PredictionHistoryPolicy historyPolicy;

    public PredictionStep(Duration interval, PredictionHistoryPolicy historyPolicy) {
        this.interval = interval;
        this.historyPolicy = historyPolicy;
    }

    /**
     * @param model    the live model, {@code null} when there is none (features are still kept up to date, so a
     *                 model that arrives later predicts from a warm history)
     * @param features the vehicle's feature state; updated in place
     */
    public Outcome apply(FailurePredictor model, VehicleFeatureState features, PredictionMemory memory,
            Telemetry telemetry) {
        VehicleFeatureState.UpdateResult update = features.update(telemetry);
        if (model == null || update != VehicleFeatureState.UpdateResult.ACCEPTED || !due(model, memory, telemetry)) {
            return new Outcome(memory, List.of());
        }
        List<FailurePrediction> current = new ArrayList<>();
        for (ComponentPrediction p : model.predict(features, telemetry.eventTime())) {
            current.add(toEvent(p, telemetry, model.version()));
        }
        current.sort(Comparator.comparing(FailurePrediction::component));

        Map<Component, FailurePrediction> lastRecorded = new EnumMap<>(Component.class);
        memory.lastRecorded().forEach(p -> lastRecorded.put(p.component(), p));
        List<FailurePrediction> recorded = new ArrayList<>();
        for (FailurePrediction p : current) {
            if (historyPolicy.shouldRecord(lastRecorded.get(p.component()), p)) {
                recorded.add(p);
                lastRecorded.put(p.component(), p);
            }
        }
        var next = new PredictionMemory(telemetry.eventTime().toEpochMilli(), current,
                List.copyOf(lastRecorded.values()));
        return new Outcome(next, recorded);
    }

    private boolean due(FailurePredictor model, PredictionMemory memory, Telemetry telemetry) {
        return memory.lastPredictedMillis() == Long.MIN_VALUE
                || !model.version().equals(memory.modelVersion())
                || telemetry.eventTime().toEpochMilli() - memory.lastPredictedMillis() >= interval.toMillis();
    }

    private static FailurePrediction toEvent(ComponentPrediction p, Telemetry telemetry, String modelVersion) {
        Double rul = Double.isNaN(p.expectedRulDays()) ? null : p.expectedRulDays();
        return new FailurePrediction(telemetry.vin(), telemetry.seq(), telemetry.eventTime(), p.component(),
                p.probability(), p.horizonDays(), rul, modelVersion, p.topFeatures());
    }

    /**
     * @param memory   what to remember now (the same instance when nothing was predicted)
     * @param recorded predictions the history policy keeps, for the table and the topic
     */
    public record Outcome(PredictionMemory memory, List<FailurePrediction> recorded) {
    }
}
