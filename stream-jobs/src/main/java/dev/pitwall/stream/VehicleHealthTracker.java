package dev.pitwall.stream;

import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.health.HealthHistoryPolicy;
import dev.pitwall.core.health.HealthRules;
import dev.pitwall.core.health.HealthScorer;
import dev.pitwall.core.health.VehicleState;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Keeps each vehicle's {@link VehicleState} and last recorded {@link HealthAssessment} (keyed by VIN) and
 * delegates every decision to {@link VehicleHealthStep}; the vehicle's current failure predictions arrive with each
 * message from {@link FailurePredictionOperator}. Emits a {@link VehicleHealthUpdate} whenever a message
 * advanced the state, and the assessments the history policy keeps on {@link #RECORDED_ASSESSMENTS}.
 *
 * <p>Neither value has a TTL: it is one small record per vehicle, bounded by the fleet, and expiring it would
 * make the next message rebuild the state from nothing, blanking every signal that message did not carry.
 */
public final class VehicleHealthTracker extends KeyedProcessFunction<String, PredictedTelemetry, VehicleHealthUpdate> {

    private static final long serialVersionUID = 1L;

    public static final String UID = "vehicle-health";
    public static final String STATE = "vehicle-state";
    public static final String LAST_RECORDED = "last-recorded-assessment";

    /** Assessments that go into health history and onto {@code vehicle-health.v1}. */
    public static final OutputTag<HealthAssessment> RECORDED_ASSESSMENTS =
            new OutputTag<>("recorded-assessments", TypeInformation.of(HealthAssessment.class));

    private transient VehicleHealthStep step;
    private transient ValueState<VehicleState> state;
    private transient ValueState<HealthAssessment> lastRecorded;
    private transient Counter assessments;
    private transient Counter recorded;

    public static ValueStateDescriptor<VehicleState> stateDescriptor() {
        return new ValueStateDescriptor<>(STATE, TypeInformation.of(VehicleState.class));
    }

    public static ValueStateDescriptor<HealthAssessment> lastRecordedDescriptor() {
        return new ValueStateDescriptor<>(LAST_RECORDED, TypeInformation.of(HealthAssessment.class));
    }

    @Override
    public void open(OpenContext openContext) {
        // built here, not shipped with the job graph: the catalog reads scantool's file on the task manager
        step = new VehicleHealthStep(new HealthScorer(HealthRules.DEFAULTS, DtcCatalog.load()),
                HealthHistoryPolicy.DEFAULT);
        state = getRuntimeContext().getState(stateDescriptor());
        lastRecorded = getRuntimeContext().getState(lastRecordedDescriptor());
        assessments = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.HEALTH_ASSESSMENTS);
        recorded = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.HEALTH_ASSESSMENTS_RECORDED);
    }

    @Override
    public void processElement(PredictedTelemetry message, Context context, Collector<VehicleHealthUpdate> out)
            throws Exception {
        VehicleHealthStep.Outcome outcome = step.apply(state.value(), lastRecorded.value(), message.telemetry(),
                message.predictions());
        if (!outcome.advanced()) {
            return;
        }
        state.update(outcome.state());
        assessments.inc();
        out.collect(new VehicleHealthUpdate(outcome.state(), outcome.assessment()));
        if (outcome.record()) {
            lastRecorded.update(outcome.assessment());
            recorded.inc();
            context.output(RECORDED_ASSESSMENTS, outcome.assessment());
        }
    }
}
