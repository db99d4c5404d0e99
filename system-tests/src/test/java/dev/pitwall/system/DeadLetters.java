package dev.pitwall.system;

import dev.pitwall.core.topic.DeadLetterHeaders;
import dev.pitwall.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads {@code telemetry.dlq.v1} from the beginning, for assertions on what ingest rejected. */
final class DeadLetters {

    record DeadLetter(String key, byte[] payload, String reason, String field) {
    }

    private DeadLetters() {
    }

    /** All dead letters once at least {@code expected} have arrived, plus any that arrive while reading. */
    static List<DeadLetter> readAtLeast(String bootstrap, long expected, Duration timeout) {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.TELEMETRY_DLQ.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (letters.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(new DeadLetter(r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8),
                            r.value(), header(r, DeadLetterHeaders.REASON), header(r, DeadLetterHeaders.FIELD)));
                }
            }
            // one more poll so that a surplus (a dead letter too many) shows in the assertion
            consumer.poll(Duration.ofSeconds(1)).forEach(r -> letters.add(new DeadLetter(null, r.value(),
                    header(r, DeadLetterHeaders.REASON), header(r, DeadLetterHeaders.FIELD))));
        }
        return letters;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
