package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pitwall.core.telemetry.Telemetry;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance criterion: a job that fails after a checkpoint and recovers from it writes exactly what an
 * undisturbed job writes. At-least-once delivery plus idempotent, ordering-safe writes: nothing lost, nothing
 * duplicated, no vehicle rolled back.
 */
class TelemetryPipelineRecoveryIT {

    static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    /**
     * Longer than the default: in this fixture a vehicle with many duplicates falls minutes behind the others of its
     * partition, i.e. behind the watermark, and alarms decided by data later than the watermark may depend on when
     * it advanced (docs/alarms.md). With 30 min no vehicle lags that far; alarms come from the end of the input.
     */
    static final String OFFLINE_AFTER = "30 min";

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(METRICS.addToConfiguration(new Configuration()))
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PipelineRun.PARALLELISM)
            .build());

    @TempDir
    java.nio.file.Path checkpoints;

    @BeforeEach
    void resetFailureInjector() {
        FailOnceAfterCheckpoint.reset();
    }

    @Test
    void jobRecoveredFromACheckpointWritesExactlyWhatAnUndisturbedJobWrites() throws Exception {
        List<Telemetry> input = TelemetryFixtures.fleet(50, 60, 4711);
        List<Telemetry> beforeFailure = input.subList(0, input.size() / 2);
        List<Telemetry> afterFailure = input.subList(input.size() / 2, input.size());
        String telemetryTopic = TestKafka.uniqueTopic("telemetry.v1.recovery");
        String healthTopicA = TestKafka.uniqueTopic("vehicle-health.v1.undisturbed");
        String healthTopicB = TestKafka.uniqueTopic("vehicle-health.v1.recovered");
        TestKafka.createTopics(telemetryTopic, healthTopicA, healthTopicB);
        PipelineTables undisturbed = PipelineTables.createMigrated();
        PipelineTables recovered = PipelineTables.createMigrated();

        // (B) fails once after a checkpoint that holds the first half of the input, then recovers
        TestKafka.produce(telemetryTopic, beforeFailure);
        Configuration restartAtOnce = new Configuration();
        restartAtOnce.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        restartAtOnce.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
        restartAtOnce.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(10));
        JobClient jobB = new PipelineRun(telemetryTopic, healthTopicB, recovered.url)
                .with("--checkpoint-interval", "200 ms")
                .with("--alarm-offline-after", OFFLINE_AFTER)
                .with("--checkpoint-dir", checkpoints.toUri().toString())
                .stopAt(TestKafka.endOffsets(telemetryTopic, input))
                .beforeKeyBy(stream -> stream.map(new FailOnceAfterCheckpoint())
                        .returns(TypeInformation.of(Telemetry.class)).uid("failure-injector"))
                .configure(restartAtOnce)
                .start();
        long firstHalf = ExpectedPipelineOutput.of(beforeFailure).telemetryByKey.size();
        await("first half written").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> recovered.count("telemetry") == firstHalf);
        long checkpointBefore = FailOnceAfterCheckpoint.latestCompletedCheckpoint();
        // checkpoints run one at a time: the second to complete from now was triggered after the first half
        await("a checkpoint after the first half").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(50))
                .until(() -> FailOnceAfterCheckpoint.latestCompletedCheckpoint() >= checkpointBefore + 2);
        FailOnceAfterCheckpoint.arm();
        TestKafka.produce(telemetryTopic, afterFailure);
        PipelineRun.awaitCompletion(jobB);

        assertThat(FailOnceAfterCheckpoint.failed()).as("the injected failure happened").isTrue();
        assertThat(PipelineRun.restarts(METRICS, jobB)).as("restarts of the recovered job").isEqualTo(1);

        // (A) the same input, undisturbed
        PipelineRun.awaitCompletion(new PipelineRun(telemetryTopic, healthTopicA, undisturbed.url)
                .with("--checkpoint-interval", "1 s")
                .with("--alarm-offline-after", OFFLINE_AFTER)
                .start());

        ExpectedPipelineOutput expected = ExpectedPipelineOutput.of(input);
        assertThat(undisturbed.count("telemetry")).isEqualTo(expected.telemetryByKey.size());
        assertThat(undisturbed.count("vehicle_state")).isEqualTo(expected.vehicleStates.size());
        assertThat(undisturbed.count("health_history")).isEqualTo(expected.recorded.size());
        assertThat(recovered.telemetry()).isEqualTo(undisturbed.telemetry());
        assertThat(recovered.vehicleState()).isEqualTo(undisturbed.vehicleState());
        assertThat(recovered.healthHistory()).isEqualTo(undisturbed.healthHistory());
        assertThat(undisturbed.vehicleAlarms()).hasSizeGreaterThanOrEqualTo(expected.vehicleStates.size());
        assertThat(recovered.vehicleAlarms()).isEqualTo(undisturbed.vehicleAlarms());
        assertThat(TestKafka.readAll(healthTopicB)).as("at least once: replays may repeat events")
                .hasSizeGreaterThanOrEqualTo(expected.recorded.size());
    }
}
