package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.TestMqttBrokers;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Two ingest instances in one shared-subscription group split the stream; together they forward it once.
 *
 * <p>How a broker splits is its own business: Mosquitto round-robins strictly, so both instances must get
 * a share. HiveMQ CE polls its shared queue for whichever member has nothing in flight, which in practice
 * (measured with plain Paho clients too, also with Receive Maximum 20 and one message at a time: 982/18,
 * 1000/0) lets one member that keeps up take nearly everything; on HiveMQ the test therefore only
 * requires the union to be exact. Either way nothing may be lost or duplicated.
 */
class SharedSubscriptionIT extends IngestItBase {

    @Test
    void twoInstancesInOneGroupSplitTheLoadWithoutDuplicates() {
        String group = randomGroup();
        String first = randomClientId();
        String second = randomClientId();
        var fleet = new Fleet(100);
        List<TestPublisher.Message> messages = fleet.valid(2_000);

        try (var a = new IngestService(config(group, first).build(), new SimpleMeterRegistry()).start();
             var b = new IngestService(config(group, second).build(), new SimpleMeterRegistry()).start();
             var publisher = new TestPublisher(broker.serverUri());
             var reader = new KafkaTopicReader(kafka.bootstrapServers())) {

            publisher.publishPaced(messages, () -> a.metrics().received() + b.metrics().received(), MAX_BACKLOG, TIMEOUT);

            reader.await(Topics.TELEMETRY.name(), KafkaTopicReader.keyIn(fleet.vinSet()), messages.size(), TIMEOUT);
            awaitSettled(a, b);
            List<ConsumerRecord<byte[], byte[]>> telemetry =
                    reader.readToEnd(Topics.TELEMETRY.name(), KafkaTopicReader.keyIn(fleet.vinSet()));

            assertThat(telemetry.stream().map(IngestBridgeIT::keyAndValue))
                    .containsExactlyInAnyOrderElementsOf(messages.stream().map(IngestBridgeIT::keyAndValue).toList());
            assertCount(a.metrics().forwarded() + b.metrics().forwarded(), messages.size(), "forwarded by a and b");
            System.out.printf("shared group on %s: instance a forwarded %d, b %d%n", broker.description(),
                    a.metrics().forwarded(), b.metrics().forwarded());
            if (!TestMqttBrokers.isEmbedded()) {
                assertThat(a.metrics().forwarded()).as("instance a's share").isPositive();
                assertThat(b.metrics().forwarded()).as("instance b's share").isPositive();
            }
        } finally {
            MqttSessions.clean(broker.serverUri(), first, second);
        }
    }
}
