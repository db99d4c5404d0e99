package dev.pitwall.ingest;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Ingest's Kafka producer configuration: durable and ordered first (idempotent, {@code acks=all}),
 * then batched and compressed for throughput. Overrides from {@link IngestConfig#producerOverrides()} win.
 */
public final class KafkaProducerSettings {

    /** LZ4: cheapest CPU per byte of the codecs kafka-clients ships; JSON telemetry compresses ~4x. */
    public static final String DEFAULT_COMPRESSION = "lz4";
    /** A few ms of batching costs little latency and multiplies throughput (fewer, fuller requests). */
    public static final int DEFAULT_LINGER_MS = 5;
    /** 64 KiB: ~150 telemetry messages per partition batch before compression. */
    public static final int DEFAULT_BATCH_SIZE = 64 * 1024;
    /**
     * Five minutes: a short Kafka outage (broker restart, leader election) is ridden out inside the
     * producer; only after that does a record fail and its MQTT message wait for redelivery.
     */
    public static final int DEFAULT_DELIVERY_TIMEOUT_MS = 300_000;

    private KafkaProducerSettings() {
    }

    public static Map<String, Object> forConfig(IngestConfig config) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers());
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "pitwall-ingest-" + config.clientId());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        // Idempotence keeps retries from duplicating or reordering records within a partition (= a VIN);
        // it requires acks=all, retries > 0 and at most 5 requests in flight.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.RETRIES_CONFIG, String.valueOf(Integer.MAX_VALUE));
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(DEFAULT_DELIVERY_TIMEOUT_MS));
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, DEFAULT_COMPRESSION);
        props.put(ProducerConfig.LINGER_MS_CONFIG, String.valueOf(DEFAULT_LINGER_MS));
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, String.valueOf(DEFAULT_BATCH_SIZE));
        props.putAll(config.producerOverrides());
        return props;
    }
}
