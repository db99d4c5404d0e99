package dev.pitwall.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.infra.TcpProxy;
import dev.pitwall.ingest.IngestConfig;
import dev.pitwall.ingest.IngestService;
import dev.pitwall.simulator.FleetSimulator;
import dev.pitwall.simulator.Manifest;
import dev.pitwall.simulator.SimulationReport;
import dev.pitwall.simulator.SimulatorConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** Components fail mid-stream and come back; every valid message still ends up stored exactly once. */
class RecoveryIT {

    /**
     * Paced so that what queues at the broker while ingest is dead stays below Mosquitto's default
     * max_queued_messages of 1,000 per offline session (the machine's broker is not ours to reconfigure).
     */
    private static final double PUBLISH_RATE = 150;

    @Test
    void ingestKilledWithoutShutdownMidStreamLosesNothing() throws Exception {
        try (Pipeline pipeline = Pipeline.start().startStreamJob()) {
            String clientId = pipeline.ingestClientId(1);
            IngestProcess ingest = IngestProcess.start(pipeline, clientId);
            FleetSimulator simulator = pipeline.track(new FleetSimulator(paced(pipeline, 6_000)));
            simulator.start();

            Await.until(Duration.ofMinutes(3), "a third of the messages stored", () -> pipeline.telemetryRows() > 2_000);
            ingest.kill();
            long rowsAtKill = pipeline.telemetryRows();
            IngestProcess restarted = pipeline.track(IngestProcess.start(pipeline, clientId));

            SimulationReport report = simulator.awaitCompletion();
            Set<Manifest.MessageKey> expected = report.manifest().validMessages();
            assertThat(rowsAtKill).as("the kill happened mid-stream").isLessThan(expected.size());
            Await.value(Duration.ofMinutes(3), expected.size() + " rows", pipeline::telemetryRows,
                    rows -> rows >= expected.size());
            assertThat(pipeline.storedTelemetryKeys()).as(restarted.log()).isEqualTo(expected);
            assertThat(pipeline.telemetryRows()).isEqualTo(expected.size());
        }
    }

    @Test
    void databaseUnreachableForThirtySecondsBacksOffAndCatchesUp() throws Exception {
        try (Pipeline pipeline = Pipeline.start()) {
            URI db = URI.create(pipeline.jdbcUrl.substring("jdbc:".length()));
            TcpProxy proxy = pipeline.track(new TcpProxy(db.getHost(), db.getPort()));
            String proxiedUrl = pipeline.jdbcUrl.replace(db.getHost() + ":" + db.getPort(), "127.0.0.1:" + proxy.port());
            pipeline.startStreamJob(args -> {
                List<String> tuned = new ArrayList<>(args);
                tuned.set(tuned.indexOf("--jdbc-url") + 1, proxiedUrl);
                return tuned;
            });
            pipeline.track(new IngestService(IngestConfig.builder()
                    .mqttServerUri(pipeline.broker.serverUri())
                    .kafkaBootstrapServers(pipeline.kafka.bootstrapServers())
                    .sharedGroup(pipeline.mqttGroup)
                    .clientId(pipeline.ingestClientId(1))
                    .build()).start());
            FleetSimulator simulator = pipeline.track(new FleetSimulator(paced(pipeline, 9_000)));
            simulator.start();

            Await.until(Duration.ofMinutes(3), "rows flowing", () -> pipeline.telemetryRows() > 1_000);
            proxy.cut();
            long cutAt = System.nanoTime();
            // the outage is the scenario under test, so its length is wall-clock time on purpose
            Thread.sleep(Duration.ofSeconds(30).toMillis());
            long rowsDuringOutage = pipeline.telemetryRows(); // read directly, not through the proxy
            proxy.restore();
            System.out.printf("database unreachable for %.1f s%n", (System.nanoTime() - cutAt) / 1e9);

            SimulationReport report = simulator.awaitCompletion();
            Set<Manifest.MessageKey> expected = report.manifest().validMessages();
            assertThat(rowsDuringOutage).as("the outage happened mid-stream").isLessThan(expected.size());
            Await.value(Duration.ofMinutes(4), expected.size() + " rows after the outage", pipeline::telemetryRows,
                    rows -> rows >= expected.size());
            assertThat(pipeline.storedTelemetryKeys()).isEqualTo(expected);
            assertThat(pipeline.telemetryRows()).isEqualTo(expected.size());
            assertThat(pipeline.count("SELECT count(*) FROM vehicle_state")).isEqualTo(report.manifest().vins().size());
        }
    }

    private static SimulatorConfig paced(Pipeline pipeline, long messages) {
        return SimulatorConfig.builder()
                .brokerUri(pipeline.broker.serverUri())
                .vehicles(100)
                .seed(ThreadLocalRandom.current().nextLong())
                .asFastAsPossible() // then capped by the rate
                .messages(messages)
                .rate(PUBLISH_RATE)
                .duplicateRate(0.02)
                .outOfOrderRate(0.01)
                .build();
    }
}
