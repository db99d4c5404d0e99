package dev.pitwall.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.infra.TestDatabases;
import dev.pitwall.ingest.IngestConfig;
import dev.pitwall.ingest.IngestService;
import dev.pitwall.simulator.FleetSimulator;
import dev.pitwall.simulator.Manifest;
import dev.pitwall.simulator.SimulationReport;
import dev.pitwall.simulator.SimulatorConfig;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * The acceptance reconciliation: 20,000 messages with 2% duplicates, 1% out of order and 0.5% malformed go
 * through broker, ingest, Kafka and Flink; the database must hold exactly the distinct valid (vin, seq) and the
 * dead-letter topic exactly the malformed messages, each with its reason.
 */
class ReconciliationIT {

    /**
     * Below what ingest sustains, so the broker never queues more than a few hundred messages for it: the
     * machine's Mosquitto keeps its default max_queued_messages of 1,000 and silently drops QoS 1 messages
     * beyond that (production brokers raise it; see deploy/mosquitto/mosquitto.conf).
     */
    private static final double PUBLISH_RATE = 1_000;

    @Test
    void databaseHoldsExactlyTheDistinctValidMessagesAndTheDeadLetterTopicTheMalformedOnes() throws Exception {
        try (Pipeline pipeline = Pipeline.start().startStreamJob()) {
            System.out.println("reconciliation on " + pipeline.broker.description() + " and " + TestDatabases.describe());
            pipeline.track(new IngestService(IngestConfig.builder()
                    .mqttServerUri(pipeline.broker.serverUri())
                    .kafkaBootstrapServers(pipeline.kafka.bootstrapServers())
                    .sharedGroup(pipeline.mqttGroup)
                    .clientId(pipeline.ingestClientId(1))
                    .build()).start());

            SimulationReport report = new FleetSimulator(SimulatorConfig.builder()
                    .brokerUri(pipeline.broker.serverUri())
                    .vehicles(200)
                    .seed(ThreadLocalRandom.current().nextLong()) // fresh VINs: the machine's broker is shared
                    .asFastAsPossible()
                    .rate(PUBLISH_RATE)
                    .messages(20_000)
                    .duplicateRate(0.02)
                    .outOfOrderRate(0.01)
                    .malformedRate(0.005)
                    .build()).run();
            assertThat(report.allAcknowledged()).as(report.summary()).isTrue();
            Manifest manifest = report.manifest();
            Set<Manifest.MessageKey> expected = manifest.validMessages();
            assertThat(manifest.duplicateCount()).as("duplicates injected").isGreaterThan(200);
            assertThat(manifest.outOfOrderCount()).as("out-of-order injected").isGreaterThan(100);
            assertThat(manifest.malformedCount()).as("malformed injected").isGreaterThan(50);

            Await.value(Duration.ofMinutes(5), expected.size() + " telemetry rows", pipeline::telemetryRows,
                    rows -> rows >= expected.size());
            assertThat(pipeline.storedTelemetryKeys()).as("stored (vin, seq): none lost, none extra")
                    .hasSize(expected.size()).isEqualTo(expected);
            assertThat(pipeline.telemetryRows()).as("no duplicate rows").isEqualTo(expected.size());
            assertThat(pipeline.count("SELECT count(*) FROM vehicle_state")).isEqualTo(manifest.vins().size());

            List<DeadLetters.DeadLetter> letters = DeadLetters.readAtLeast(pipeline.kafka.bootstrapServers(),
                    manifest.malformedCount(), Duration.ofMinutes(2));
            assertThat(letters).as("dead letters: exactly the malformed messages").hasSize((int) manifest.malformedCount());
            assertThat(letters).allSatisfy(letter -> {
                assertThat(letter.reason()).as("reason").isNotBlank();
                assertThat(letter.field()).as("field").startsWith("$");
            });
            assertThat(letters.stream().map(DeadLetters.DeadLetter::key).toList())
                    .containsExactlyInAnyOrderElementsOf(manifest.malformedMessages().stream()
                            .map(Manifest.MalformedMessage::vin).toList());
        }
    }
}
