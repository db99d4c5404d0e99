package dev.pitwall.stream;

import static dev.pitwall.stream.TelemetryFixtures.message;
import static dev.pitwall.stream.TelemetryFixtures.vin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.health.HealthBand;
import dev.pitwall.core.health.HealthHistoryPolicy;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VehicleHealthTrackerTest {

    private static final String VIN = vin(1);

    private KeyedOneInputStreamOperatorTestHarness<String, PredictedTelemetry, VehicleHealthUpdate> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = newHarness();
        harness.open();
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, PredictedTelemetry, VehicleHealthUpdate> newHarness()
            throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new VehicleHealthTracker()), m -> m.telemetry().vin(), Types.STRING);
    }

    private static PredictedTelemetry withoutPredictions(Telemetry telemetry) {
        return new PredictedTelemetry(telemetry, List.of());
    }

    private List<HealthAssessment> recorded() {
        return harness.getSideOutput(VehicleHealthTracker.RECORDED_ASSESSMENTS) == null ? List.of()
                : harness.getSideOutput(VehicleHealthTracker.RECORDED_ASSESSMENTS).stream()
                        .map(StreamRecord::getValue).toList();
    }

    @Test
    void emitsStateAndHealthOfEveryMessageThatAdvancesTheState() throws Exception {
        harness.processElement(withoutPredictions(message(VIN, 1, VehicleSignals.builder().odometerKm(100.0).build())), 0);
        harness.processElement(withoutPredictions(message(VIN, 2, TelemetryFixtures.battery(11.7))), 0);

        List<VehicleHealthUpdate> updates = harness.extractOutputValues();
        assertThat(updates).hasSize(2);
        VehicleHealthUpdate last = updates.get(1);
        assertThat(last.state().lastSeq()).isEqualTo(2);
        assertThat(last.state().odometerKm()).as("a signal the message did not carry keeps its value").isEqualTo(100.0);
        assertThat(last.health().seq()).isEqualTo(2);
        assertThat(last.health().score()).isEqualTo(80);
        assertThat(last.health().contributions()).extracting(c -> c.rule()).containsExactly("battery.flat");
    }

    @Test
    void outOfOrderMessageDoesNotRollTheStateBack() throws Exception {
        harness.processElement(withoutPredictions(message(VIN, 5, TelemetryFixtures.battery(12.7))), 0);
        harness.processElement(withoutPredictions(message(VIN, 4, TelemetryFixtures.battery(11.5))), 0);

        assertThat(harness.extractOutputValues()).extracting(u -> u.state().lastSeq()).containsExactly(5L);
        assertThat(harness.extractOutputValues()).extracting(u -> u.state().batteryVoltage()).containsExactly(12.7);

        harness.processElement(withoutPredictions(message(VIN, 6, VehicleSignals.builder().speedKmh(30.0).build())), 0);
        VehicleHealthUpdate last = harness.extractOutputValues().get(1);
        assertThat(last.state().batteryVoltage()).as("the late 11.5 V never became state").isEqualTo(12.7);
        assertThat(last.health().band()).isEqualTo(HealthBand.GOOD);
    }

    @Test
    void recordsAssessmentsWhenFindingsChangeAndOnTheHeartbeat() throws Exception {
        Duration heartbeat = HealthHistoryPolicy.DEFAULT.heartbeat();
        long seqsPerHeartbeat = heartbeat.dividedBy(TelemetryFixtures.MESSAGE_INTERVAL);

        harness.processElement(withoutPredictions(message(VIN, 0, TelemetryFixtures.battery(12.7))), 0);        // first: recorded
        harness.processElement(withoutPredictions(message(VIN, 1, TelemetryFixtures.battery(12.6))), 0);        // same findings
        harness.processElement(withoutPredictions(message(VIN, 2, TelemetryFixtures.battery(12.1))), 0);        // battery.low: recorded
        harness.processElement(withoutPredictions(message(VIN, 3, TelemetryFixtures.battery(12.1))), 0);        // same findings
        harness.processElement(withoutPredictions(message(VIN, 2 + seqsPerHeartbeat - 1, TelemetryFixtures.battery(12.1))), 0);
        harness.processElement(withoutPredictions(message(VIN, 2 + seqsPerHeartbeat, TelemetryFixtures.battery(12.1))), 0); // heartbeat

        assertThat(harness.extractOutputValues()).hasSize(6);
        assertThat(recorded()).extracting(HealthAssessment::seq).containsExactly(0L, 2L, 2 + seqsPerHeartbeat);
    }

    @Test
    void keepsStateAndLastRecordedAssessmentAcrossACheckpointRestore() throws Exception {
        harness.processElement(withoutPredictions(message(VIN, 0, VehicleSignals.builder().odometerKm(100.0)
                .dtcs(List.of("P0300")).build())), 0);
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);

        try (var restored = newHarness()) {
            restored.initializeState(snapshot);
            restored.open();
            restored.processElement(withoutPredictions(message(VIN, 1, VehicleSignals.builder().speedKmh(10.0).build())), 0);
            restored.processElement(withoutPredictions(message(VIN, 0, TelemetryFixtures.battery(11.0))), 0);

            assertThat(restored.extractOutputValues()).hasSize(1);
            VehicleHealthUpdate update = restored.extractOutputValues().get(0);
            assertThat(update.state().odometerKm()).isEqualTo(100.0);
            assertThat(update.state().activeDtcs()).containsExactly("P0300");
            assertThat(restored.getSideOutput(VehicleHealthTracker.RECORDED_ASSESSMENTS))
                    .as("same findings as the restored last recorded assessment").isNullOrEmpty();
        }
    }

    @Test
    void vehicleStateHasNoTtl() {
        assertThat(VehicleHealthTracker.stateDescriptor().getTtlConfig().isEnabled()).isFalse();
        assertThat(VehicleHealthTracker.lastRecordedDescriptor().getTtlConfig().isEnabled()).isFalse();
    }

    @Test
    void keepsTwoStateEntriesPerVehicleAndNoTimers() throws Exception {
        harness.processElement(withoutPredictions(message(vin(1), 0, TelemetryFixtures.battery(12.7))), 0);
        harness.processElement(withoutPredictions(message(vin(2), 0, TelemetryFixtures.battery(12.7))), 0);
        harness.processElement(withoutPredictions(message(vin(2), 1, TelemetryFixtures.battery(12.6))), 0);

        assertThat(harness.numKeyedStateEntries()).isEqualTo(4);
        assertThat(harness.numEventTimeTimers()).isZero();
        assertThat(harness.numProcessingTimeTimers()).isZero();
    }
}
