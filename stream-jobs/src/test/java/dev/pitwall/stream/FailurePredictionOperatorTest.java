package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.prediction.training.SyntheticFleet;
import dev.pitwall.prediction.training.TrainedFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator with a real trained bundle (the prediction module's small synthetic-fleet model) on a vehicle
 * whose battery degrades towards a failure the model has never seen.
 */
class FailurePredictionOperatorTest {

    private static final SyntheticFleet FLEET = SyntheticFleet.generate(6, 120, 4242);

    @TempDir
    static Path models;
    private static Path bundle;

    @BeforeAll
    static void saveBundle() throws Exception {
        bundle = models.resolve("pitwall-model-test.zip");
        TrainedFixture.bundle().save(bundle);
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Telemetry, PredictedTelemetry> harness(String model)
            throws Exception {
        var harness = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(
                new FailurePredictionOperator(model, Duration.ofSeconds(30), Duration.ofMinutes(15))),
                Telemetry::vin, Types.STRING);
        harness.open();
        return harness;
    }

    private static Map.Entry<String, Instant> degradingVehicle() {
        return FLEET.failures.entrySet().iterator().next();
    }

    private static List<Telemetry> historyOf(String vin, Instant until) {
        return FLEET.telemetry.stream().filter(t -> t.vin().equals(vin) && t.eventTime().isBefore(until)).toList();
    }

    private static List<FailurePrediction> recorded(
            KeyedOneInputStreamOperatorTestHarness<String, Telemetry, PredictedTelemetry> harness) {
        var side = harness.getSideOutput(FailurePredictionOperator.RECORDED_PREDICTIONS);
        return side == null ? List.of() : side.stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void batteryRiskRisesBeforeTheFailureAndTravelsWithEveryMessage() throws Exception {
        var vehicle = degradingVehicle();
        try (var harness = harness(bundle.toString())) {
            for (Telemetry t : historyOf(vehicle.getKey(), vehicle.getValue())) {
                harness.processElement(t, 0);
            }
            List<FailurePrediction> battery = recorded(harness).stream()
                    .filter(p -> p.component() == Component.BATTERY).toList();
            assertThat(battery).hasSizeGreaterThan(2);
            FailurePrediction month = battery.stream()
                    .filter(p -> p.eventTime().isBefore(vehicle.getValue().minus(Duration.ofDays(40))))
                    .sorted(java.util.Comparator.comparing(FailurePrediction::eventTime).reversed()).toList()
                    .get(0);
            FailurePrediction lastBeforeFailure = battery.get(battery.size() - 1);
            assertThat(lastBeforeFailure.probability()).as("a week before the failure vs. 40 days before")
                    .isGreaterThan(month.probability() + 0.3);
            assertThat(lastBeforeFailure.topFeatures()).isNotEmpty();
            assertThat(lastBeforeFailure.modelVersion()).isEqualTo(TrainedFixture.bundle().version());

            List<PredictedTelemetry> out = harness.extractOutputValues();
            assertThat(out).hasSize(historyOf(vehicle.getKey(), vehicle.getValue()).size());
            assertThat(out.get(out.size() - 1).predictions()).as("the health score sees the current predictions")
                    .extracting(FailurePrediction::component).contains(Component.BATTERY);
        }
    }

    @Test
    void withoutAModelMessagesPassThroughWithoutPredictions() throws Exception {
        var vehicle = degradingVehicle();
        try (var harness = harness("")) {
            for (Telemetry t : historyOf(vehicle.getKey(), vehicle.getValue())) {
                harness.processElement(t, 0);
            }
            assertThat(recorded(harness)).isEmpty();
            assertThat(harness.extractOutputValues()).allSatisfy(m -> assertThat(m.predictions()).isEmpty());
        }
    }

    @Test
    void featuresAndMemorySurviveACheckpointRestoreUnchanged() throws Exception {
        var vehicle = degradingVehicle();
        List<Telemetry> history = historyOf(vehicle.getKey(), vehicle.getValue());
        int half = history.size() / 2;

        List<FailurePrediction> undisturbed;
        try (var harness = harness(bundle.toString())) {
            for (Telemetry t : history) {
                harness.processElement(t, 0);
            }
            undisturbed = recorded(harness);
        }

        OperatorSubtaskState snapshot;
        List<FailurePrediction> beforeSnapshot;
        try (var first = harness(bundle.toString())) {
            for (Telemetry t : history.subList(0, half)) {
                first.processElement(t, 0);
            }
            beforeSnapshot = recorded(first);
            snapshot = first.snapshot(1, 1);
        }
        var restored = new KeyedOneInputStreamOperatorTestHarness<>(new KeyedProcessOperator<>(
                new FailurePredictionOperator(bundle.toString(), Duration.ofSeconds(30), Duration.ofMinutes(15))),
                Telemetry::vin, Types.STRING);
        try (restored) {
            restored.initializeState(snapshot);
            restored.open();
            for (Telemetry t : history.subList(half, history.size())) {
                restored.processElement(t, 0);
            }
            var resumed = new java.util.ArrayList<>(beforeSnapshot);
            resumed.addAll(recorded(restored));
            assertThat(resumed).as("same predictions as a run without the restore").isEqualTo(undisturbed);
        }
    }
}
