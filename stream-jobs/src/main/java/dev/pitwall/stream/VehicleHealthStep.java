package dev.pitwall.stream;

import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.health.HealthHistoryPolicy;
import dev.pitwall.core.health.HealthScorer;
import dev.pitwall.core.health.VehicleState;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.telemetry.Telemetry;
import java.util.List;

/**
 * What one (deduplicated) message does to a vehicle's picture, in plain Java: apply it to the state, score the
 * state when it advanced, and ask the history policy whether to record that score. No Flink here; the
 * {@link VehicleHealthTracker} operator only keeps the two values this needs between messages.
 */
public final class VehicleHealthStep {

    private final HealthScorer scorer;
    private final HealthHistoryPolicy historyPolicy;

    public VehicleHealthStep(HealthScorer scorer, HealthHistoryPolicy historyPolicy) {
        this.scorer = scorer;
        this.historyPolicy = historyPolicy;
    }

    /**
     * @param current      the vehicle's state so far, {@code null} before its first message
     * @param lastRecorded the last assessment that went into history, {@code null} if none yet
     */
    public Outcome apply(VehicleState current, HealthAssessment lastRecorded, Telemetry telemetry) {
        return apply(current, lastRecorded, telemetry, List.of());
    }

    /** @param predictions the vehicle's current failure predictions, which take part in the score */
    public Outcome apply(VehicleState current, HealthAssessment lastRecorded, Telemetry telemetry,
            List<FailurePrediction> predictions) {
        VehicleState before = current != null ? current : VehicleState.empty(telemetry.vin());
        if (!before.isOlderThan(telemetry)) {
            return new Outcome(before, null, false); // late or out of order: stored, but changes nothing
        }
        VehicleState after = before.apply(telemetry);
        HealthAssessment assessment = scorer.assess(after, predictions);
        return new Outcome(after, assessment, historyPolicy.shouldRecord(lastRecorded, assessment));
    }

    /**
     * @param state      the vehicle's state after the message (unchanged when it was older than the state)
     * @param assessment the health of the advanced state, {@code null} when the state did not advance
     * @param record     whether {@code assessment} goes into health history
     */
    public record Outcome(VehicleState state, HealthAssessment assessment, boolean record) {

        public boolean advanced() {
            return assessment != null;
        }
    }
}
