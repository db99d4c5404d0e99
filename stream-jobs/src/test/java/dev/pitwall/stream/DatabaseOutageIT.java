package dev.pitwall.stream;

import dev.pitwall.infra.TcpProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pitwall.core.telemetry.Telemetry;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The database goes away for longer than the JDBC sink's reconnect window: the job fails, the exponential-delay
 * restart strategy keeps restarting it until the database is back, and every row still arrives exactly once.
 * The job reaches PostgreSQL through a TCP proxy that the test cuts and restores.
 */
class DatabaseOutageIT {

    /** Long enough for several failed restarts; the system tests show the 30 s outage of the issue. */
    private static final Duration OUTAGE = Duration.ofSeconds(6);
    private static final Pattern HOST_PORT = Pattern.compile("^jdbc:postgresql://([^:/]+):(\\d+)/(.*)$");

    static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(METRICS.addToConfiguration(new Configuration()))
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PipelineRun.PARALLELISM)
            .build());

    @Test
    void everyRowArrivesExactlyOnceAfterTheDatabaseWasUnreachable() throws Exception {
        List<Telemetry> input = TelemetryFixtures.fleet(50, 40, 99);
        List<Telemetry> beforeOutage = input.subList(0, input.size() / 2);
        List<Telemetry> duringOutage = input.subList(input.size() / 2, input.size());
        String telemetryTopic = TestKafka.uniqueTopic("telemetry.v1.outage");
        String healthTopic = TestKafka.uniqueTopic("vehicle-health.v1.outage");
        TestKafka.createTopics(telemetryTopic, healthTopic);
        PipelineTables db = PipelineTables.createMigrated();
        Matcher url = HOST_PORT.matcher(db.url);
        assertThat(url.matches()).as("JDBC URL with host and port: " + db.url).isTrue();

        try (TcpProxy proxy = new TcpProxy(url.group(1), Integer.parseInt(url.group(2)))) {
            String proxiedUrl = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + url.group(3);
            TestKafka.produce(telemetryTopic, beforeOutage);
            JobClient job = new PipelineRun(telemetryTopic, healthTopic, proxiedUrl)
                    .with("--checkpoint-interval", "500 ms")
                    .with("--jdbc-reconnect-timeout", "500 ms")
                    .with("--jdbc-max-retries", "1")
                    .with("--restart-initial-backoff", "100 ms")
                    .with("--restart-max-backoff", "1 s")
                    .stopAt(TestKafka.endOffsets(telemetryTopic, input))
                    .start();
            long firstHalf = ExpectedPipelineOutput.of(beforeOutage).telemetryByKey.size();
            await("first half written").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> db.count("telemetry") == firstHalf);

            proxy.cut();
            long cutAt = System.nanoTime();
            TestKafka.produce(telemetryTopic, duringOutage);
            await("the job failed for want of its database").atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> PipelineRun.restarts(METRICS, job) >= 1);
            long restartsSoFar = PipelineRun.restarts(METRICS, job);
            // the outage itself is timed; nothing else waits on the clock
            await("outage over").atMost(OUTAGE.plusSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> System.nanoTime() - cutAt >= OUTAGE.toNanos());
            assertThat(db.count("telemetry")).as("nothing of the second half got through").isEqualTo(firstHalf);
            proxy.restore();

            PipelineRun.awaitCompletion(job);
            assertThat(PipelineRun.restarts(METRICS, job)).isGreaterThanOrEqualTo(restartsSoFar);
        }

        ExpectedPipelineOutput expected = ExpectedPipelineOutput.of(input);
        assertThat(db.count("telemetry")).isEqualTo(expected.telemetryByKey.size());
        assertThat(db.telemetryKeys()).isEqualTo(expected.telemetryByKey.keySet());
        assertThat(db.count("vehicle_state")).isEqualTo(expected.vehicleStates.size());
        for (var row : db.vehicleState()) {
            VehicleHealthUpdate newest = expected.vehicleStates.get(row.get("vin").asText());
            assertThat(row.get("last_seq").asLong()).isEqualTo(newest.state().lastSeq());
            assertThat(row.get("health_score").asInt()).isEqualTo(newest.health().score());
        }
        assertThat(db.count("health_history")).isEqualTo(expected.recorded.size());
    }
}
