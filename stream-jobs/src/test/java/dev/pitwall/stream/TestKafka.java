package dev.pitwall.stream;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.EmbeddedKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One in-process Kafka broker for all integration tests of this JVM (started on first use, on free ports),
 * and the produce/consume helpers they share. Each test uses its own topics.
 */
final class TestKafka {

    static final int PARTITIONS = 4;
    private static EmbeddedKafka kafka;

    private TestKafka() {
    }

    static synchronized String bootstrap() {
        if (kafka == null) {
            kafka = EmbeddedKafka.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "embedded-kafka-stop"));
        }
        return kafka.bootstrapServers();
    }

    /** Creates the topics and waits until every partition has a leader, so the first sends do not bounce. */
    static void createTopics(String... names) {
        bootstrap();
        kafka.createTopics(List.of(names), PARTITIONS);
        try (Admin admin = kafka.admin()) {
            Awaitility.await("leaders of " + List.of(names)).atMost(Duration.ofMinutes(1))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> admin.describeTopics(List.of(names)).allTopicNames().get().values().stream()
                            .flatMap(topic -> topic.partitions().stream())
                            .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty()));
        }
    }

    /** A topic name unique to this run, so tests sharing the broker never read each other's records. */
    static String uniqueTopic(String base) {
        return base + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Each VIN's partition, chosen here rather than by the producer so that tests know every partition's end
     * offset in advance; like the real key partitioner, it keeps all of a vehicle's messages in one partition.
     */
    static int partitionOf(String vin) {
        return Math.floorMod(vin.hashCode(), PARTITIONS);
    }

    /** Sends {@code messages} in order, waiting for all acknowledgements; fails if any send failed. */
    static void produce(String topic, List<Telemetry> messages) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(256 * 1024));
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (var producer = new KafkaProducer<byte[], byte[]>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Telemetry t : messages) {
                producer.send(new ProducerRecord<>(topic, partitionOf(t.vin()),
                        Topics.TELEMETRY.keyFormat().encode(t.vin()), Topics.TELEMETRY.valueFormat().encode(t)),
                        (metadata, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("producing test telemetry to " + topic + " failed", failure.get());
        }
    }

    /** Sends one record as is, e.g. a payload the codec cannot read. */
    static void produceRaw(String topic, String vin, byte[] value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        try (var producer = new KafkaProducer<byte[], byte[]>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, partitionOf(vin), Topics.TELEMETRY.keyFormat().encode(vin), value))
                    .get(1, TimeUnit.MINUTES);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("producing a raw record to " + topic + " failed", e);
        }
    }

    /** The end offset of every partition once {@code messages} (all of the topic's input) are produced. */
    static Map<TopicPartition, Long> endOffsets(String topic, List<Telemetry> messages) {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        for (int p = 0; p < PARTITIONS; p++) {
            offsets.put(new TopicPartition(topic, p), 0L);
        }
        for (Telemetry t : messages) {
            offsets.merge(new TopicPartition(topic, partitionOf(t.vin())), 1L, Long::sum);
        }
        return offsets;
    }

    /** Every record of {@code topic} from the beginning to its current end. */
    static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (var consumer = new KafkaConsumer<byte[], byte[]>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }
}
