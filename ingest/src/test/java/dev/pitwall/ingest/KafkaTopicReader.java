package dev.pitwall.ingest;

import dev.pitwall.core.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads telemetry.v1 and the DLQ from the beginning, collecting records, for assertions with deadlines. */
final class KafkaTopicReader implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();

    KafkaTopicReader(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.TELEMETRY.name(), Topics.TELEMETRY_DLQ.name())) {
            for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, p.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls until {@code count} records on {@code topic} match, or fails at the deadline. */
    List<ConsumerRecord<byte[], byte[]>> await(String topic, Predicate<ConsumerRecord<byte[], byte[]>> filter,
                                               int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<byte[], byte[]>> matching = matching(topic, filter);
            if (matching.size() >= count) {
                return matching;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + matching.size() + " of " + count + " records on " + topic
                        + " within " + timeout);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
    }

    /** Everything written so far: polls up to the current end offsets. */
    List<ConsumerRecord<byte[], byte[]>> readToEnd(String topic, Predicate<ConsumerRecord<byte[], byte[]>> filter) {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment(), Duration.ofSeconds(30));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("could not read to the end offsets " + end);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return matching(topic, filter);
    }

    private List<ConsumerRecord<byte[], byte[]>> matching(String topic, Predicate<ConsumerRecord<byte[], byte[]>> filter) {
        return records.stream().filter(r -> r.topic().equals(topic)).filter(filter).collect(Collectors.toList());
    }

    static Predicate<ConsumerRecord<byte[], byte[]>> keyIn(Set<String> keys) {
        return r -> r.key() != null && keys.contains(Topics.VIN_KEY.decode(r.key()));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
