package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.EmbeddedKafka;
import dev.pitwall.infra.TestMqttBrokers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Real infrastructure for one IT class: a temporary embedded Kafka with the telemetry topics, and the MQTT
 * broker {@link TestMqttBrokers} chooses (embedded HiveMQ, or the machine's Mosquitto with
 * {@code -Dpitwall.test.mqtt=tcp://127.0.0.1:1883}). Names are random per run: the machine's broker is shared.
 */
@Timeout(300)
abstract class IngestItBase {

    static final Duration TIMEOUT = Duration.ofSeconds(90);
    /** Below Mosquitto's default max_queued_messages (1000), see {@link TestPublisher#publishPaced}. */
    static final int MAX_BACKLOG = 600;

    /**
     * The machine's Mosquitto is shared: other engineers' simulators publish on the same telemetry topics, and
     * ingest's subscription receives those too. Kafka records are therefore always filtered by this test's
     * VINs, and ingest's own counters are only exact on the embedded broker.
     */
    static final boolean SHARED_BROKER = !TestMqttBrokers.isEmbedded();

    static EmbeddedKafka kafka;
    static TestMqttBrokers.Broker broker;

    @BeforeAll
    static void startInfrastructure() {
        kafka = EmbeddedKafka.startTemporary();
        kafka.createTopics(List.of(Topics.TELEMETRY.name(), Topics.TELEMETRY_DLQ.name()), 4);
        broker = TestMqttBrokers.open();
    }

    @AfterAll
    static void stopInfrastructure() {
        if (broker != null) {
            broker.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    /** Exact on the embedded broker; at least {@code expected} on the shared one (see {@link #SHARED_BROKER}). */
    static void assertCount(long actual, long expected, String what) {
        if (SHARED_BROKER) {
            assertThat(actual).as(what).isGreaterThanOrEqualTo(expected);
        } else {
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    /** Waits until nothing is in flight; skipped on the shared broker, where foreign traffic may never stop. */
    static void awaitSettled(IngestService... instances) {
        if (SHARED_BROKER) {
            return;
        }
        for (IngestService ingest : instances) {
            Await.until(() -> ingest.metrics().inflight() == 0, TIMEOUT, () -> "settled: " + ingest.metrics());
        }
    }

    static String randomGroup() {
        return "it-" + UUID.randomUUID();
    }

    static String randomClientId() {
        return "it-ingest-" + UUID.randomUUID();
    }

    static IngestConfig.Builder config(String group, String clientId) {
        return IngestConfig.builder()
                .mqttServerUri(broker.serverUri())
                .kafkaBootstrapServers(kafka.bootstrapServers())
                .sharedGroup(group)
                .clientId(clientId)
                .sessionExpiry(Duration.ofMinutes(5))
                .receiveMaximum(1_000);
    }
}
