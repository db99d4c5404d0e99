package dev.pitwall.benchmark;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Splits the end-to-end latency at Kafka: reads {@code telemetry.v1} while a step runs and records, for the
 * step's vehicles, how long after its event time each message was handed to Kafka (the record's CreateTime,
 * set by ingest's producer). What is left of the end-to-end latency is Kafka → Flink → committed row.
 *
 * <p>The probe shares the cores with the platform it measures, so it decodes only every {@value #SAMPLE_EVERY}th
 * record of the step's vehicles (chosen by position, not by content, so the sample is unbiased); decoding every
 * record cost 15 % of the platform's CPU samples at 5,000 msg/s.
 */
final class KafkaArrivalProbe implements AutoCloseable {

    static final int SAMPLE_EVERY = 10;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Histogram toKafkaMillis = new Histogram(3_600_000L, 3);
    private final Thread poller;
    private volatile boolean running = true;
    private volatile Set<String> vins = Set.of();
    private long seen; // only the poller thread touches it

    KafkaArrivalProbe(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.TELEMETRY.name()).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, before the step publishes
        poller = new Thread(this::poll, "benchmark-kafka-probe");
        poller.setDaemon(true);
        poller.start();
    }

    /** Only these vehicles' messages count: earlier steps' stragglers must not. */
    void track(Set<String> stepVins) {
        this.vins = Set.copyOf(stepVins);
    }

    private void poll() {
        while (running) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (++seen % SAMPLE_EVERY != 0) {
                    continue;
                }
                Telemetry t = Topics.TELEMETRY.valueFormat().decode(record.value());
                if (vins.contains(t.vin())) {
                    synchronized (toKafkaMillis) {
                        toKafkaMillis.recordValue(Math.max(0, record.timestamp() - t.eventTime().toEpochMilli()));
                    }
                }
            }
        }
    }

    /** p50 and p99 of event time → Kafka, in ms, and resets for the next step. */
    Map<String, Double> takePercentiles() {
        synchronized (toKafkaMillis) {
            Map<String, Double> result = Map.of(
                    "p50", (double) toKafkaMillis.getValueAtPercentile(50),
                    "p99", (double) toKafkaMillis.getValueAtPercentile(99),
                    "count", (double) toKafkaMillis.getTotalCount());
            toKafkaMillis.reset();
            return result;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5_000);
        consumer.close(Duration.ofSeconds(2));
    }
}
