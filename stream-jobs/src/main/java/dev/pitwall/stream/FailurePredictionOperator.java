package dev.pitwall.stream;

import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.maintenance.PredictionHistoryPolicy;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.prediction.features.VehicleFeatureState;
import dev.pitwall.prediction.serving.FailurePredictor;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keeps each vehicle's {@link VehicleFeatureState} and {@link PredictionMemory} (keyed by VIN), asks
 * {@link PredictionStep} what a message changes, and passes every message on with the vehicle's current
 * predictions (for the health score). Kept predictions go to {@link #RECORDED_PREDICTIONS}. The model is loaded
 * once per task and replaced when its bundle changes ({@link ModelReloader}); without one, only features are
 * kept.
 *
 * <p>Neither value has a TTL, for the same reason as {@link VehicleHealthTracker}'s: one bounded record per vehicle.
 */
public final class FailurePredictionOperator extends KeyedProcessFunction<String, Telemetry, PredictedTelemetry> {

    private static final long serialVersionUID = 1L;

    public static final String UID = "failure-prediction";

    /** Predictions the history policy keeps: into {@code failure_prediction} and onto {@code predictions.v1}. */
    public static final OutputTag<FailurePrediction> RECORDED_PREDICTIONS =
            new OutputTag<>("recorded-predictions", TypeInformation.of(FailurePrediction.class));

    private final String model;
    private final Duration modelCheckInterval;
    private final Duration predictionInterval;

    private transient PredictionStep step;
    private transient ModelReloader<FailurePredictor> reloader;
    private transient ValueState<VehicleFeatureState> features;
    private transient ValueState<PredictionMemory> memory;
    private transient Counter predictions;
    private transient Counter recorded;

    /** @param model a bundle file or directory (see {@link ModelReloader}), empty for none */
    public FailurePredictionOperator(String model, Duration modelCheckInterval, Duration predictionInterval) {
        this.model = model;
        this.modelCheckInterval = modelCheckInterval;
        this.predictionInterval = predictionInterval;
    }

    public static ValueStateDescriptor<VehicleFeatureState> featuresDescriptor() {
        return new ValueStateDescriptor<>("vehicle-features", FeatureStateSerializer.INSTANCE);
    }

    public static ValueStateDescriptor<PredictionMemory> memoryDescriptor() {
        return new ValueStateDescriptor<>("prediction-memory", TypeInformation.of(PredictionMemory.class));
    }

    @Override
    public void open(OpenContext openContext) {
        step = new PredictionStep(predictionInterval, PredictionHistoryPolicy.DEFAULT);
        reloader = model.isEmpty() ? null : ModelReloader.forBundles(Path.of(model), modelCheckInterval);
        features = getRuntimeContext().getState(featuresDescriptor());
        memory = getRuntimeContext().getState(memoryDescriptor());
        predictions = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.PREDICTIONS);
        recorded = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.PREDICTIONS_RECORDED);
    }

    @Override
    public void processElement(Telemetry telemetry, Context context, Collector<PredictedTelemetry> out)
            throws Exception {
        VehicleFeatureState state = features.value();
        if (state == null) {
            state = VehicleFeatureState.create(telemetry.vin());
        }
        PredictionMemory before = memory.value() != null ? memory.value() : PredictionMemory.EMPTY;
        PredictionStep.Outcome outcome = step.apply(reloader == null ? null : reloader.current(), state, before,
                telemetry);
        features.update(state);
        if (outcome.memory() != before) {
            memory.update(outcome.memory());
            predictions.inc();
        }
        for (FailurePrediction p : outcome.recorded()) {
            recorded.inc();
            context.output(RECORDED_PREDICTIONS, p);
        }
        out.collect(new PredictedTelemetry(telemetry, outcome.memory().current()));
    }
}
