package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.topic.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The broker keeps ingest's session while it is down; a restart with the same client id gets the backlog. */
class PersistentSessionIT extends IngestItBase {

    /** Stays below Mosquitto's default max_queued_messages (1000) for an offline session. */
    private static final int PUBLISHED_WHILE_DOWN = 500;

    @Test
    void messagesPublishedWhileIngestIsDownArriveAfterItRestarts() {
        String group = randomGroup();
        String clientId = randomClientId();
        var fleet = new Fleet(50);
        List<TestPublisher.Message> before = fleet.valid(100);
        List<TestPublisher.Message> whileDown = fleet.valid(PUBLISHED_WHILE_DOWN);
        List<TestPublisher.Message> after = fleet.valid(100);
        IngestConfig config = config(group, clientId).build();

        try (var publisher = new TestPublisher(broker.serverUri());
             var reader = new KafkaTopicReader(kafka.bootstrapServers())) {
            try (var ingest = new IngestService(config, new SimpleMeterRegistry()).start()) {
                publisher.publishAll(before, TIMEOUT);
                reader.await(Topics.TELEMETRY.name(), KafkaTopicReader.keyIn(fleet.vinSet()), before.size(), TIMEOUT);
            } // graceful stop: the session (and its shared subscription) stays on the broker

            publisher.publishAll(whileDown, TIMEOUT);

            try (var restarted = new IngestService(config, new SimpleMeterRegistry()).start()) {
                publisher.publishAll(after, TIMEOUT);
                int total = before.size() + whileDown.size() + after.size();
                reader.await(Topics.TELEMETRY.name(), KafkaTopicReader.keyIn(fleet.vinSet()), total, TIMEOUT);
                awaitSettled(restarted);

                List<TestPublisher.Message> all = new ArrayList<>(before);
                all.addAll(whileDown);
                all.addAll(after);
                assertThat(reader.readToEnd(Topics.TELEMETRY.name(), KafkaTopicReader.keyIn(fleet.vinSet())).stream()
                        .map(IngestBridgeIT::keyAndValue))
                        .containsExactlyInAnyOrderElementsOf(all.stream().map(IngestBridgeIT::keyAndValue).toList());
                assertCount(restarted.metrics().forwarded(), whileDown.size() + after.size(), "forwarded after restart");
            }
        } finally {
            MqttSessions.clean(broker.serverUri(), clientId);
        }
    }
}
