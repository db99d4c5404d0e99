package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.health.HealthRules;
import dev.pitwall.core.health.HealthScorer;
import dev.pitwall.core.health.VehicleState;
import dev.pitwall.core.telemetry.Telemetry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LatestPerKeySinkTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(1)
            .build());

    private static List<VehicleHealthUpdate> updates(String vin, int count) {
        HealthScorer scorer = new HealthScorer(HealthRules.DEFAULTS, DtcCatalog.load());
        List<VehicleHealthUpdate> updates = new ArrayList<>();
        VehicleState state = VehicleState.empty(vin);
        for (int seq = 0; seq < count; seq++) {
            Telemetry t = TelemetryFixtures.message(vin, seq, TelemetryFixtures.battery(12.0 + seq / 10.0));
            state = state.apply(t);
            updates.add(new VehicleHealthUpdate(state, scorer.assess(state)));
        }
        return updates;
    }

    private static List<VehicleHealthUpdate> runThrough(List<VehicleHealthUpdate> input, int maxPending)
            throws Exception {
        CollectingSink<VehicleHealthUpdate> written = new CollectingSink<>();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.fromData(input, TypeInformation.of(VehicleHealthUpdate.class))
                .sinkTo(new LatestPerKeySink<>(written, (VehicleHealthUpdate u) -> u.state().vin(), Duration.ofHours(1), maxPending));
        env.execute();
        return written.results();
    }

    @Test
    void handsOnOnlyTheNewestStateOfEachVehicle() throws Exception {
        List<VehicleHealthUpdate> first = updates(TelemetryFixtures.vin(1), 5);
        List<VehicleHealthUpdate> second = updates(TelemetryFixtures.vin(2), 3);
        List<VehicleHealthUpdate> input = new ArrayList<>(first);
        input.addAll(second);

        assertThat(runThrough(input, 1000)).containsExactly(first.get(4), second.get(2));
    }

    @Test
    void handsOnEarlyOnceTooManyVehiclesArePending() throws Exception {
        List<VehicleHealthUpdate> input = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            input.addAll(updates(TelemetryFixtures.vin(v), 1));
        }
        input.add(updates(TelemetryFixtures.vin(0), 2).get(1));

        assertThat(runThrough(input, 2)).extracting(u -> u.state().vin().substring(16) + "/" + u.state().lastSeq())
                .as("two vehicles pending: handed on at once, nothing coalesced")
                .containsExactly("0/0", "1/0", "2/0", "3/0", "0/1");
    }

    @Test
    void neverPutsOneVehicleTwiceIntoOneBatchOfTheDelegate() throws Exception {
        List<VehicleHealthUpdate> input = new ArrayList<>();
        for (int v = 0; v < 4; v++) {
            input.addAll(updates(TelemetryFixtures.vin(v), 1));
        }
        input.add(updates(TelemetryFixtures.vin(0), 2).get(1));
        FlushRecordingSink.WRITES.clear();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        env.fromData(input, TypeInformation.of(VehicleHealthUpdate.class))
                .sinkTo(new LatestPerKeySink<>(new FlushRecordingSink(), (VehicleHealthUpdate u) -> u.state().vin(), Duration.ofHours(1), 2));
        env.execute();

        // the delegate merges a batch into multi-row upserts, which PostgreSQL refuses when they touch a row twice
        List<List<String>> batches = new ArrayList<>();
        List<String> batch = new ArrayList<>();
        for (String entry : FlushRecordingSink.WRITES) {
            if (entry.equals(FlushRecordingSink.FLUSH)) {
                batches.add(batch);
                batch = new ArrayList<>();
            } else {
                batch.add(entry);
            }
        }
        assertThat(batch).as("everything written is flushed").isEmpty();
        assertThat(batches).filteredOn(b -> !b.isEmpty())
                .containsExactly(List.of("0/0", "1/0"), List.of("2/0", "3/0"), List.of("0/1"));
        for (List<String> b : batches) {
            Set<String> vins = new HashSet<>();
            b.forEach(entry -> assertThat(vins.add(entry.split("/")[0])).as("vehicle once per batch: " + b).isTrue());
        }
    }

    /** Records what reaches the delegate and where it flushes; static because the job serializes the sink. */
    private static final class FlushRecordingSink implements Sink<VehicleHealthUpdate> {

        static final String FLUSH = "|";
        static final List<String> WRITES = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public SinkWriter<VehicleHealthUpdate> createWriter(WriterInitContext context) {
            return new SinkWriter<>() {
                @Override
                public void write(VehicleHealthUpdate update, Context context) {
                    WRITES.add(update.state().vin().substring(16) + "/" + update.state().lastSeq());
                }

                @Override
                public void flush(boolean endOfInput) {
                    WRITES.add(FLUSH);
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
