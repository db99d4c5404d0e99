package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.alarm.AlarmType;
import dev.pitwall.core.alarm.VehicleAlarm;
import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.telemetry.Telemetry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The whole topology on a MiniCluster (parallelism 2) with in-memory input and sinks: wiring, not I/O. */
class TelemetryPipelineJobTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    @ParameterizedTest(name = "state backend {0}")
    @ValueSource(strings = {"hashmap", "rocksdb"})
    void writesEachDistinctMessageTheNewestStatePerVehicleAndTheRecordedAssessments(String stateBackend)
            throws Exception {
        List<Telemetry> input = TelemetryFixtures.fleet(12, 40, 7);
        ExpectedPipelineOutput expected = ExpectedPipelineOutput.of(input);
        CollectingSink<Telemetry> telemetry = new CollectingSink<>();
        CollectingSink<VehicleHealthUpdate> states = new CollectingSink<>();
        CollectingSink<HealthAssessment> history = new CollectingSink<>();
        CollectingSink<HealthAssessment> events = new CollectingSink<>();
        CollectingSink<VehicleAlarm> alarms = new CollectingSink<>();
        PipelineSettings settings = PipelineSettings.fromArgs("--parallelism", "2", "--state-backend", stateBackend,
                "--checkpoint-interval", "100 ms");
        var job = new TelemetryPipelineJob(
                (env, watermarks) -> env.fromData(input, TypeInformation.of(Telemetry.class))
                        .assignTimestampsAndWatermarks(watermarks),
                PipelineSinks.builder().telemetry(telemetry).vehicleState(states).healthHistory(history)
                        .healthEvents(events).vehicleAlarms(alarms).discardTheRest().build(),
                settings);

        Configuration conf = settings.flinkConfiguration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none"); // fail the test, do not retry forever
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        job.build(env);
        env.execute(TelemetryPipelineJob.JOB_NAME);

        assertThat(telemetry.results()).hasSize(expected.telemetryByKey.size())
                .containsExactlyInAnyOrderElementsOf(expected.telemetryByKey.values());
        Map<String, VehicleHealthUpdate> newest = states.results().stream().collect(Collectors.toMap(
                u -> u.state().vin(), Function.identity(),
                (a, b) -> a.state().isOlderThan(new Telemetry(b.state().vin(), b.state().lastSeq(),
                        b.state().lastEventTime(), null)) ? b : a));
        assertThat(newest).isEqualTo(expected.vehicleStates);
        assertThat(history.results()).containsExactlyInAnyOrderElementsOf(expected.recorded);
        assertThat(events.results()).containsExactlyInAnyOrderElementsOf(expected.recorded);
        assertThat(alarms.results()).as("at the end of the input event time runs out: every vehicle goes offline")
                .filteredOn(a -> a.type() == AlarmType.VEHICLE_OFFLINE && a.raised())
                .extracting(VehicleAlarm::vin).hasSameElementsAs(expected.vehicleStates.keySet());
    }
}
