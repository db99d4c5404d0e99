package dev.pitwall.stream;

import static dev.pitwall.stream.TelemetryFixtures.message;
import static dev.pitwall.stream.TelemetryFixtures.vin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import dev.pitwall.stream.TelemetryDeduplicator.RecentSeqs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.runtime.jobgraph.OperatorID;
import org.apache.flink.runtime.metrics.groups.InternalOperatorMetricGroup;
import org.apache.flink.runtime.metrics.util.InterceptingOperatorMetricGroup;
import org.apache.flink.runtime.metrics.util.InterceptingTaskMetricGroup;
import org.apache.flink.runtime.operators.testutils.MockEnvironmentBuilder;
import org.apache.flink.runtime.state.KeyedStateBackend;
import org.apache.flink.runtime.state.VoidNamespace;
import org.apache.flink.runtime.state.VoidNamespaceSerializer;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelemetryDeduplicatorTest {

    private static final Duration TTL = Duration.ofDays(7);
    private static final String VIN = vin(1);
    /** A small window for the tests: 256 seqs, 5 buckets (256 seqs straddle at most five 64-seq buckets). */
    private static final int WINDOW = 256;
    private static final int K = 5;

    private KeyedOneInputStreamOperatorTestHarness<String, Telemetry, Telemetry> harness;
    private InterceptingOperatorMetricGroup metrics;

    @BeforeEach
    void openHarness() throws Exception {
        metrics = new InterceptingOperatorMetricGroup();
        harness = newHarness(WINDOW, metrics);
        harness.open();
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Telemetry, Telemetry> newHarness(
            int window, InterceptingOperatorMetricGroup metrics) throws Exception {
        var taskMetrics = new InterceptingTaskMetricGroup() {
            @Override
            public InternalOperatorMetricGroup getOrAddOperator(OperatorID id, String name,
                    Map<String, String> additionalVariables) {
                return metrics;
            }
        };
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new TelemetryDeduplicator(window, TTL)), Telemetry::vin, Types.STRING,
                new MockEnvironmentBuilder().setMetricGroup(taskMetrics).build());
    }

    private static Telemetry seq(String vin, long seq) {
        return message(vin, seq, VehicleSignals.builder().speedKmh(50.0).build());
    }

    private void send(long... seqs) throws Exception {
        for (long s : seqs) {
            harness.processElement(seq(VIN, s), 0);
        }
    }

    private long counter(String name) {
        return ((Counter) metrics.get(name)).getCount();
    }

    @Test
    void dropsDuplicateSeq() throws Exception {
        send(7, 7, 8, 7);

        assertThat(harness.extractOutputValues()).extracting(Telemetry::seq).containsExactly(7L, 8L);
        assertThat(counter(PipelineMetrics.DUPLICATES_DROPPED)).isEqualTo(2);
    }

    @Test
    void sameSeqOfAnotherVehicleIsNotADuplicate() throws Exception {
        harness.processElement(seq(vin(1), 7), 0);
        harness.processElement(seq(vin(2), 7), 0);

        assertThat(harness.extractOutputValues()).extracting(Telemetry::vin).containsExactly(vin(1), vin(2));
    }

    @Test
    void passesOutOfOrderSeqsThatWereNotSeen() throws Exception {
        send(5, 3, 130, 4, 0, 63, 64, 3, 130, 0);

        assertThat(harness.extractOutputValues()).extracting(Telemetry::seq)
                .containsExactly(5L, 3L, 130L, 4L, 0L, 63L, 64L);
        assertThat(counter(PipelineMetrics.BEYOND_DEDUP_WINDOW)).isZero();
    }

    /** Whatever the newest seq's place in its bucket, a duplicate of any of the newest WINDOW seqs is dropped. */
    @ParameterizedTest(name = "newest seq {0}")
    @ValueSource(longs = {10_000 * 64, 10_000 * 64 + 17, 10_000 * 64 + 63, WINDOW - 1})
    void dropsEveryDuplicateWithinTheWindowInAndOutOfOrder(long newest) throws Exception {
        List<Long> window = new ArrayList<>(LongStream.rangeClosed(newest - WINDOW + 1, newest).boxed().toList());
        Collections.shuffle(window, new Random(newest));
        List<Long> sent = new ArrayList<>();
        for (long s : window) {
            sent.add(s);
            sent.add(s); // in order: right after the original
        }
        Collections.shuffle(window, new Random(newest + 1));
        sent.addAll(window); // out of order: all again, shuffled
        for (long s : sent) {
            send(s);
        }

        assertThat(harness.extractOutputValues()).extracting(Telemetry::seq)
                .containsExactlyInAnyOrderElementsOf(window);
        assertThat(counter(PipelineMetrics.DUPLICATES_DROPPED)).isEqualTo(2 * WINDOW);
        assertThat(counter(PipelineMetrics.BEYOND_DEDUP_WINDOW)).isZero();
    }

    @Test
    void passesAndCountsASeqOlderThanTheWindow() throws Exception {
        long newest = 100 * 64;
        long old = (100 - K) * 64 + 1; // K buckets behind the newest: same slot, evicted by it
        long older = (100 - 2 * K) * 64 + 2; // never seen, and its slot holds a newer bucket
        send(old, newest);

        send(old, older);

        assertThat(harness.extractOutputValues()).extracting(Telemetry::seq)
                .containsExactly(old, newest, old, older);
        assertThat(counter(PipelineMetrics.BEYOND_DEDUP_WINDOW)).isEqualTo(2);
        assertThat(counter(PipelineMetrics.DUPLICATES_DROPPED)).isZero();
    }

    @Test
    void aBucketEvictsTheBucketKOlderInItsSlotAndOnlyThat() throws Exception {
        long b = 3;
        send(b * 64 + 5, (b + 1) * 64, (b + K) * 64 + 9); // b and b + K share a slot

        assertThat(slot(recentSeqs(VIN), b)).containsExactly(b + K, 1L << 9);
        assertThat(slot(recentSeqs(VIN), b + 1)).containsExactly(b + 1, 1L);
        send(b * 64 + 5, (b + K) * 64 + 9, (b + 1) * 64, b * 64 + 6);

        assertThat(harness.extractOutputValues()).extracting(Telemetry::seq).containsExactly(
                b * 64 + 5, (b + 1) * 64, (b + K) * 64 + 9, b * 64 + 5, b * 64 + 6);
        assertThat(counter(PipelineMetrics.BEYOND_DEDUP_WINDOW)).as("b*64+5 and b*64+6, both after b+K").isEqualTo(2);
        assertThat(counter(PipelineMetrics.DUPLICATES_DROPPED)).isEqualTo(2);
    }

    @Test
    void keepsAFixedRingOfBucketBitmapsPerVehicle() throws Exception {
        for (long s = 0; s < 128; s++) {
            send(s);
        }

        long[] ring = recentSeqs(VIN);
        assertThat(ring).hasSize(2 * K);
        assertThat(slot(ring, 0)).containsExactly(0L, -1L);
        assertThat(slot(ring, 1)).containsExactly(1L, -1L);
        for (long bucket = 2; bucket < K; bucket++) {
            assertThat(slot(ring, bucket)).containsExactly(RecentSeqs.EMPTY, 0L);
        }

        for (long s = 128; s < 100 * 64; s++) {
            send(s);
        }
        assertThat(recentSeqs(VIN)).as("still K buckets").hasSize(2 * K);
    }

    /**
     * A replay at full speed and a live run spread over years (a day between messages, so each vehicle writes
     * every three days and never goes silent for the TTL) drop exactly the same messages.
     */
    @Test
    void dedupIsTheSameWhateverTheProcessingTime() throws Exception {
        List<Telemetry> input = TelemetryFixtures.fleet(3, 2_000, 11);
        List<Telemetry> replay = dedup(input, TTL.toMillis() * 10, Duration.ZERO);
        List<Telemetry> first = dedup(input, 0, Duration.ofDays(1));

        assertThat(replay).isEqualTo(first);
        assertThat(first).hasSize(3 * 2_000);
    }

    /** All of {@code input} through a fresh operator whose processing time advances {@code step} per message. */
    private static List<Telemetry> dedup(List<Telemetry> input, long startMillis, Duration step) throws Exception {
        try (var h = newHarness(WINDOW, new InterceptingOperatorMetricGroup())) {
            h.open();
            long now = startMillis;
            for (Telemetry t : input) {
                h.setStateTtlProcessingTime(now);
                h.setProcessingTime(now);
                h.processElement(t, 0);
                now += step.toMillis();
            }
            return h.extractOutputValues();
        }
    }

    /** The dedup state of one vehicle, read straight from the keyed state backend. */
    private long[] recentSeqs(String vin) throws Exception {
        KeyedStateBackend<String> backend = harness.getOperator().getKeyedStateBackend();
        backend.setCurrentKey(vin);
        ValueState<long[]> state = backend.getPartitionedState(VoidNamespace.INSTANCE,
                VoidNamespaceSerializer.INSTANCE, TelemetryDeduplicator.recentSeqsDescriptor(TTL));
        return state.value();
    }

    /** {bucket id, bitmap} of the slot that {@code bucket} maps to. */
    private static long[] slot(long[] ring, long bucket) {
        int slot = 2 * Math.floorMod(bucket, ring.length / 2);
        return new long[] {ring[slot], ring[slot + 1]};
    }

    @Test
    void recentSeqsHaveAProcessingTimeTtlWithCheapCleanup() {
        StateTtlConfig ttl = TelemetryDeduplicator.recentSeqsDescriptor(TTL).getTtlConfig();

        assertThat(ttl.isEnabled()).isTrue();
        assertThat(ttl.getTimeToLive()).isEqualTo(TTL);
        assertThat(ttl.getTtlTimeCharacteristic()).isEqualTo(StateTtlConfig.TtlTimeCharacteristic.ProcessingTime);
        assertThat(ttl.getUpdateType()).isEqualTo(StateTtlConfig.UpdateType.OnCreateAndWrite);
        assertThat(ttl.getStateVisibility()).isEqualTo(StateTtlConfig.StateVisibility.NeverReturnExpired);
        assertThat(ttl.getCleanupStrategies().inFullSnapshot()).isTrue();
        assertThat(ttl.getCleanupStrategies().getIncrementalCleanupStrategy().getCleanupSize()).isEqualTo(1);
        assertThat(ttl.getCleanupStrategies().getIncrementalCleanupStrategy().runCleanupForEveryRecord()).isFalse();
    }

    @Test
    void aSilentVehicleForgetsItsSeqsOnceTheTtlHasPassed() throws Exception {
        harness.setStateTtlProcessingTime(0);
        send(7);

        harness.setStateTtlProcessingTime(TTL.toMillis() - 1);
        send(7);
        assertThat(recentSeqs(VIN)).isNotNull();
        harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
        assertThat(recentSeqs(VIN)).as("expired, not returned").isNull();
        send(7);

        assertThat(harness.extractOutputValues()).extracting(Telemetry::seq).containsExactly(7L, 7L);
    }

    @Test
    void leavesExpiredVehiclesOutOfCheckpoints() throws Exception {
        harness.setStateTtlProcessingTime(0);
        harness.processElement(seq(VIN, 7), 0);
        harness.processElement(seq(vin(2), 700), 0);
        assertThat(harness.numKeyedStateEntries()).isEqualTo(2);

        harness.setStateTtlProcessingTime(TTL.toMillis() + 1);
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);

        try (var restored = newHarness(WINDOW, new InterceptingOperatorMetricGroup())) {
            restored.initializeState(snapshot);
            restored.open();
            assertThat(restored.numKeyedStateEntries()).isZero();
        }
    }

    @Test
    void remembersTheWindowAcrossACheckpointRestore() throws Exception {
        send(7, 200, 130);
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);
        send(8); // after the checkpoint: replayed after the restore

        try (var restored = newHarness(WINDOW, new InterceptingOperatorMetricGroup())) {
            restored.initializeState(snapshot);
            restored.open();
            for (long s : new long[] {8, 7, 200, 130, 8, 9}) {
                restored.processElement(seq(VIN, s), 0);
            }

            assertThat(restored.extractOutputValues()).extracting(Telemetry::seq).containsExactly(8L, 9L);
        }
    }

    @Test
    void keepsWhatItCanWhenRestoredWithAnotherWindow() throws Exception {
        for (long s = 0; s < 20 * 64; s++) {
            send(s);
        }
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);

        for (int window : new int[] {64, 1024}) {
            var restoredMetrics = new InterceptingOperatorMetricGroup();
            try (var restored = newHarness(window, restoredMetrics)) {
                restored.initializeState(snapshot);
                restored.open();
                restored.processElement(seq(VIN, 20 * 64 - 1), 0); // in both windows
                restored.processElement(seq(VIN, 20 * 64), 0);

                assertThat(restored.extractOutputValues()).as("window " + window).extracting(Telemetry::seq)
                        .containsExactly(20L * 64);
                assertThat(((Counter) restoredMetrics.get(PipelineMetrics.DUPLICATES_DROPPED)).getCount())
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void shedsTheSeenSeqsStateOfACheckpointFromBeforeTheRing() throws Exception {
        OperatorSubtaskState oldCheckpoint;
        try (var old = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new OldSeenSeqsWriter()), Telemetry::vin, Types.STRING)) {
            old.open();
            old.setStateTtlProcessingTime(0);
            old.processElement(seq(vin(1), 7), 0);
            old.processElement(seq(vin(2), 700), 0);
            oldCheckpoint = old.snapshot(1, 1);
        }

        OperatorSubtaskState upgradedCheckpoint;
        try (var upgraded = newHarness(WINDOW, new InterceptingOperatorMetricGroup())) {
            upgraded.initializeState(oldCheckpoint);
            upgraded.open();
            upgraded.setStateTtlProcessingTime(TTL.toMillis() / 2);
            assertThat(legacySeenSeqs(upgraded, vin(1)).isEmpty()).as("restored").isFalse();
            upgraded.processElement(seq(vin(1), 8), 0);

            assertThat(legacySeenSeqs(upgraded, vin(1)).isEmpty()).as("cleared on the vehicle's next message").isTrue();
            assertThat(legacySeenSeqs(upgraded, vin(2)).isEmpty()).as("silent, not touched yet").isFalse();
            upgraded.setStateTtlProcessingTime(TTL.toMillis() + 1);
            upgradedCheckpoint = upgraded.snapshot(2, 2);
        }

        try (var restored = newHarness(WINDOW, new InterceptingOperatorMetricGroup())) {
            restored.initializeState(upgradedCheckpoint);
            restored.open();
            assertThat(restored.numKeyedStateEntries()).as("only vin 1's ring; vin 2's old state expired").isOne();
        }
    }

    private static MapState<Long, Long> legacySeenSeqs(
            KeyedOneInputStreamOperatorTestHarness<String, Telemetry, Telemetry> h, String vin) throws Exception {
        KeyedStateBackend<String> backend = h.getOperator().getKeyedStateBackend();
        backend.setCurrentKey(vin);
        return backend.getPartitionedState(VoidNamespace.INSTANCE, VoidNamespaceSerializer.INSTANCE,
                TelemetryDeduplicator.legacySeenSeqsDescriptor(TTL));
    }

    /** Writes the dedup state exactly as the operator registered it before the ring ("seen-seqs"). */
    private static final class OldSeenSeqsWriter extends KeyedProcessFunction<String, Telemetry, Telemetry> {

        private transient MapState<Long, Long> seenSeqs;

        @Override
        public void open(OpenContext openContext) {
            MapStateDescriptor<Long, Long> descriptor = new MapStateDescriptor<>("seen-seqs", Types.LONG, Types.LONG);
            descriptor.enableTimeToLive(StateTtlConfig.newBuilder(TTL)
                    .updateTtlOnCreateAndWrite()
                    .neverReturnExpired()
                    .cleanupFullSnapshot()
                    .cleanupIncrementally(10, false)
                    .build());
            seenSeqs = getRuntimeContext().getMapState(descriptor);
        }

        @Override
        public void processElement(Telemetry telemetry, Context context, Collector<Telemetry> out) throws Exception {
            seenSeqs.put(Math.floorDiv(telemetry.seq(), 64L), 1L << Math.floorMod(telemetry.seq(), 64));
        }
    }

    @Test
    void sizesTheRingToCoverTheWindowWhateverTheAlignment() {
        assertThat(RecentSeqs.bucketsFor(64)).isEqualTo(2);
        assertThat(RecentSeqs.bucketsFor(65)).isEqualTo(2);
        assertThat(RecentSeqs.bucketsFor(66)).isEqualTo(3);
        assertThat(RecentSeqs.bucketsFor(WINDOW)).isEqualTo(K);
        assertThat(RecentSeqs.bucketsFor(16_384)).isEqualTo(257);
        assertThatThrownBy(() -> new TelemetryDeduplicator(63, TTL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 64");
    }
}
