package dev.pitwall.stream;

import static dev.pitwall.stream.TelemetryFixtures.message;
import static dev.pitwall.stream.TelemetryFixtures.vin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TelemetryDeduplicatorTest {

    private static final Duration TTL = Duration.ofDays(7);
    private static final String VIN = vin(1);

    private KeyedOneInputStreamOperatorTestHarness<String, Telemetry, Telemetry> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = newHarness();
        harness.open();
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Telemetry, Telemetry> newHarness() throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new TelemetryDeduplicator(TTL)), Telemetry::vin, Types.STRING);
    }

    private static Telemetry seq(String vin, long seq) {
        return message(vin, seq, VehicleSignals.builder().speedKmh(50.0).build());
    }

    @Test
    void dropsDuplicateSeq() throws Exception {
        harness.processElement(seq(VIN, 7), 0);
        harness.processElement(seq(VIN, 7), 0);
        harness.processElement(seq(VIN, 8), 0);
        harness.processElement(seq(VIN, 7), 0);

        assertThat(harness.extractOutputValues()).extracting(Telemetry::seq).containsExactly(7L, 8L);
    }

    @Test
    void sameSeqOfAnotherVehicleIsNotADuplicate() throws Exception {
        harness.processElement(seq(vin(1), 7), 0);
        harness.processElement(seq(vin(2), 7), 0);

        assertThat(harness.extractOutputValues()).extracting(Telemetry::vin).containsExactly(vin(1), vin(2));
    }

    @Test
    void passesOutOfOrderSeqsThatWereNotSeen() throws Exception {
        for (long seq : new long[] {5, 3, 130, 4, 0, 63, 64, 3, 130}) {
            harness.processElement(seq(VIN, seq), 0);
        }

        assertThat(harness.extractOutputValues()).extracting(Telemetry::seq)
                .containsExactly(5L, 3L, 130L, 4L, 0L, 63L, 64L);
    }

    @Test
    void keepsSeenSeqsAsOneBitmapEntryPer64Seqs() throws Exception {
        for (long seq = 0; seq < 128; seq++) {
            harness.processElement(seq(VIN, seq), 0);
        }

        assertThat(seenSeqBuckets(VIN)).containsOnlyKeys(0L, 1L).containsValues(-1L, -1L);
    }

    /** The dedup state of one vehicle, read straight from the keyed state backend. */
    private Map<Long, Long> seenSeqBuckets(String vin) throws Exception {
        KeyedStateBackend<String> backend = harness.getOperator().getKeyedStateBackend();
        backend.setCurrentKey(vin);
        MapState<Long, Long> state = backend.getPartitionedState(VoidNamespace.INSTANCE,
                VoidNamespaceSerializer.INSTANCE, TelemetryDeduplicator.seenSeqsDescriptor(TTL));
        Map<Long, Long> buckets = new HashMap<>();
        for (var entry : state.entries()) {
            buckets.put(entry.getKey(), entry.getValue());
        }
        return buckets;
    }

    @Test
    void seenSeqsHaveAProcessingTimeTtl() {
        StateTtlConfig ttl = TelemetryDeduplicator.seenSeqsDescriptor(TTL).getTtlConfig();

        assertThat(ttl.isEnabled()).isTrue();
        assertThat(ttl.getTimeToLive()).isEqualTo(TTL);
        assertThat(ttl.getTtlTimeCharacteristic()).isEqualTo(StateTtlConfig.TtlTimeCharacteristic.ProcessingTime);
        assertThat(ttl.getUpdateType()).isEqualTo(StateTtlConfig.UpdateType.OnCreateAndWrite);
        assertThat(ttl.getStateVisibility()).isEqualTo(StateTtlConfig.StateVisibility.NeverReturnExpired);
        assertThat(ttl.getCleanupStrategies().inFullSnapshot()).isTrue();
    }

    @Test
    void forgetsSeenSeqsOnceTheTtlHasPassed() throws Exception {
        harness.setStateTtlProcessingTime(0);
        harness.processElement(seq(VIN, 7), 0);

        harness.setStateTtlProcessingTime(TTL.toMillis() - 1);
        harness.processElement(seq(VIN, 7), 0);
        assertThat(seenSeqBuckets(VIN)).containsOnlyKeys(0L);
        harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
        assertThat(seenSeqBuckets(VIN)).as("expired, not returned").isEmpty();
        harness.processElement(seq(VIN, 7), 0);

        assertThat(harness.extractOutputValues()).extracting(Telemetry::seq).containsExactly(7L, 7L);
    }

    @Test
    void leavesExpiredSeqsOutOfCheckpoints() throws Exception {
        harness.setStateTtlProcessingTime(0);
        harness.processElement(seq(VIN, 7), 0);
        harness.processElement(seq(vin(2), 700), 0);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2);

        harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);

        try (var restored = newHarness()) {
            restored.initializeState(snapshot);
            restored.open();
            assertThat(restored.numKeyedStateEntries()).isZero();
        }
    }

    @Test
    void remembersSeenSeqsAcrossACheckpointRestore() throws Exception {
        harness.processElement(seq(VIN, 7), 0);
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);

        try (var restored = newHarness()) {
            restored.initializeState(snapshot);
            restored.open();
            restored.processElement(seq(VIN, 7), 0);
            restored.processElement(seq(VIN, 8), 0);

            assertThat(restored.extractOutputValues()).extracting(Telemetry::seq).containsExactly(8L);
        }
    }
}
