package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.EmbeddedKafka;
import dev.pitwall.infra.Ports;
import dev.pitwall.infra.TestMqttBrokers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Kafka goes away while vehicles keep publishing: nothing is acknowledged to the broker until Kafka has the
 * records, and everything arrives once Kafka is back (same ports, same log directory).
 */
@Timeout(300)
class KafkaOutageIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** Few enough to stay queued on any broker (Mosquitto keeps 1000 per session by default). */
    private static final int PUBLISHED_DURING_OUTAGE = 300;

    private Path kafkaDir;
    private int kafkaPort;
    private int controllerPort;
    private EmbeddedKafka kafka;
    private TestMqttBrokers.Broker broker;
    private final String clientId = "it-ingest-" + UUID.randomUUID();

    @BeforeEach
    void start() throws IOException {
        kafkaDir = Files.createTempDirectory("pitwall-kafka-outage");
        kafkaPort = Ports.free();
        controllerPort = Ports.free();
        kafka = EmbeddedKafka.start(kafkaDir, kafkaPort, controllerPort);
        kafka.createTopics(List.of(Topics.TELEMETRY.name(), Topics.TELEMETRY_DLQ.name()), 4);
        broker = TestMqttBrokers.open();
    }

    @AfterEach
    void stop() {
        MqttSessions.clean(broker.serverUri(), clientId);
        broker.close();
        if (kafka != null) {
            kafka.close();
        }
    }

    private IngestConfig.Builder config() {
        return IngestConfig.builder()
                .mqttServerUri(broker.serverUri())
                .kafkaBootstrapServers(kafka.bootstrapServers())
                .sharedGroup("it-" + UUID.randomUUID())
                .clientId(clientId)
                .sessionExpiry(Duration.ofMinutes(5))
                .receiveMaximum(1_000)
                .reconnectMinDelay(Duration.ofMillis(500))
                .reconnectMaxDelay(Duration.ofSeconds(2));
    }

    @Test
    void holdsAcknowledgementsWhileKafkaIsDownAndDeliversWhenItReturns() {
        var fleet = new Fleet(30);
        List<TestPublisher.Message> before = fleet.valid(100);
        List<TestPublisher.Message> during = fleet.valid(PUBLISHED_DURING_OUTAGE);

        try (var ingest = new IngestService(config().build(), new SimpleMeterRegistry()).start();
             var publisher = new TestPublisher(broker.serverUri())) {
            publisher.publishAll(before, TIMEOUT);
            awaitForwarded(ingest, fleet, before.size());

            stopKafka();
            long forwardedBeforeOutage = ingest.metrics().forwarded();
            publisher.publishAll(during, TIMEOUT);
            // the producer keeps retrying inside its delivery timeout: received, not forwarded, not acknowledged
            Await.until(() -> ingest.metrics().inflight() > 0, TIMEOUT, () -> "messages held: " + ingest.metrics());
            assertThat(ingest.metrics().forwarded()).isEqualTo(forwardedBeforeOutage);

            restartKafka();
            assertAllArrive(fleet, before, during, ingest);
            assertThat(ingest.metrics().failed()).isZero();
        }
    }

    @Test
    void redeliversMessagesWhoseRecordsKafkaFailedToStore() {
        var fleet = new Fleet(30);
        List<TestPublisher.Message> before = fleet.valid(100);
        List<TestPublisher.Message> during = fleet.valid(PUBLISHED_DURING_OUTAGE);
        // records expire quickly so that sends fail during the outage and MQTT redelivery has to save them
        IngestConfig config = config().producerOverrides(Map.of(
                "delivery.timeout.ms", "2000", "request.timeout.ms", "1000", "linger.ms", "5",
                "max.block.ms", "2000")).build();

        try (var ingest = new IngestService(config, new SimpleMeterRegistry()).start();
             var publisher = new TestPublisher(broker.serverUri())) {
            publisher.publishAll(before, TIMEOUT);
            awaitForwarded(ingest, fleet, before.size());

            stopKafka();
            long forwardedBeforeOutage = ingest.metrics().forwarded();
            publisher.publishAll(during, TIMEOUT);
            Await.until(() -> ingest.metrics().failed() > 0 && ingest.metrics().redeliveries() > 0, TIMEOUT,
                    () -> "sends failed and a redelivery was requested: " + ingest.metrics());
            assertThat(ingest.metrics().forwarded()).isEqualTo(forwardedBeforeOutage);

            restartKafka();
            assertAllArrive(fleet, before, during, ingest);
        }
    }

    private void awaitForwarded(IngestService ingest, Fleet fleet, int count) {
        try (var reader = new KafkaTopicReader(kafka.bootstrapServers())) {
            reader.await(Topics.TELEMETRY.name(), KafkaTopicReader.keyIn(fleet.vinSet()), count, TIMEOUT);
        }
        // our records are in Kafka; their acknowledgements (and the counters) follow on the producer's thread
        Await.until(() -> ingest.metrics().forwarded() >= count, TIMEOUT, () -> "forwarded " + ingest.metrics());
    }

    private void stopKafka() {
        kafka.close();
        kafka = null;
    }

    private void restartKafka() {
        kafka = EmbeddedKafka.start(kafkaDir, kafkaPort, controllerPort);
    }

    /** Every message at least once (redelivery may add duplicates; (vin, seq) makes them harmless downstream). */
    private void assertAllArrive(Fleet fleet, List<TestPublisher.Message> before, List<TestPublisher.Message> during,
                                 IngestService ingest) {
        List<TestPublisher.Message> all = new ArrayList<>(before);
        all.addAll(during);
        try (var reader = new KafkaTopicReader(kafka.bootstrapServers())) {
            Await.until(() -> reader.readToEnd(Topics.TELEMETRY.name(), KafkaTopicReader.keyIn(fleet.vinSet())).stream()
                            .map(IngestBridgeIT::keyAndValue).distinct().count() == all.size(), TIMEOUT,
                    () -> "all " + all.size() + " messages in Kafka; ingest " + ingest.metrics());
            assertThat(reader.readToEnd(Topics.TELEMETRY.name(), KafkaTopicReader.keyIn(fleet.vinSet())).stream()
                    .map(IngestBridgeIT::keyAndValue).distinct())
                    .containsExactlyInAnyOrderElementsOf(all.stream().map(IngestBridgeIT::keyAndValue).toList());
        }
        if (TestMqttBrokers.isEmbedded()) { // on the shared Mosquitto, foreign traffic may keep messages in flight
            Await.until(() -> ingest.metrics().inflight() == 0, TIMEOUT, () -> "settled: " + ingest.metrics());
        }
    }
}
