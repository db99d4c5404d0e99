package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.infra.TestDatabases;
import java.util.List;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A measurement, not a test: how fast the pipeline drains a pre-filled topic into PostgreSQL on a MiniCluster
 * at parallelism 2. Asserts only completeness. Run with
 * {@code ./mvnw -B -o -pl stream-jobs verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=PipelineThroughputBenchmark -Dpitwall.benchmark=true}
 * (optionally {@code -Dpitwall.benchmark.vehicles=1000 -Dpitwall.benchmark.messages=185}, and
 * {@code -Dpitwall.benchmark.sinks=discard} to measure Kafka, decoding and the operators without any writes).
 */
@EnabledIfSystemProperty(named = "pitwall.benchmark", matches = "true")
class PipelineThroughputBenchmark {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PipelineRun.PARALLELISM)
            .build());

    @Test
    void drainsAPrefilledTopicIntoPostgres() throws Exception {
        int vehicles = Integer.getInteger("pitwall.benchmark.vehicles", 1000);
        int messagesPerVehicle = Integer.getInteger("pitwall.benchmark.messages", 185);
        List<Telemetry> input = TelemetryFixtures.fleet(vehicles, messagesPerVehicle, 1);
        String telemetryTopic = TestKafka.uniqueTopic("telemetry.v1.benchmark");
        String healthTopic = TestKafka.uniqueTopic("vehicle-health.v1.benchmark");
        TestKafka.createTopics(telemetryTopic, healthTopic);
        long produceStart = System.nanoTime();
        TestKafka.produce(telemetryTopic, input);
        long produceMillis = (System.nanoTime() - produceStart) / 1_000_000;
        PipelineTables db = PipelineTables.createMigrated();
        ExpectedPipelineOutput expected = ExpectedPipelineOutput.of(input);

        PipelineRun run = new PipelineRun(telemetryTopic, healthTopic, db.url);
        if ("discard".equals(System.getProperty("pitwall.benchmark.sinks"))) {
            run.sinks(PipelineSinks.builder().discardTheRest().build());
            long start = System.nanoTime();
            PipelineRun.awaitCompletion(run.start());
            long jobMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("%nBENCHMARK discarding sinks, parallelism %d: %d messages in %d ms submit-to-finish "
                    + "= %.0f msg/s%n%n", PipelineRun.PARALLELISM, input.size(), jobMillis,
                    input.size() * 1000.0 / jobMillis);
            return;
        }
        long start = System.nanoTime();
        PipelineRun.awaitCompletion(run.start());
        long jobMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(db.count("telemetry")).isEqualTo(expected.telemetryByKey.size());
        long sinkMillis = db.queryLong(
                "SELECT (extract(epoch FROM max(ingested_at) - min(ingested_at)) * 1000)::bigint FROM telemetry");
        System.out.printf("%nBENCHMARK %s, parallelism %d, default settings: %d messages (%d distinct, %d vehicles), "
                        + "produced in %d ms; job %d ms submit-to-finish = %.0f msg/s; first-to-last telemetry row "
                        + "%d ms = %.0f msg/s; %d vehicle_state upserts, %d health_history rows%n%n",
                TestDatabases.describe(), PipelineRun.PARALLELISM, input.size(), expected.telemetryByKey.size(),
                vehicles, produceMillis, jobMillis, input.size() * 1000.0 / jobMillis, sinkMillis,
                input.size() * 1000.0 / Math.max(1, sinkMillis), db.count("vehicle_state"), db.count("health_history"));
    }
}
