package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class KafkaProducerSettingsTest {

    @Test
    void isIdempotentAndDurableByDefault() {
        Map<String, Object> props = KafkaProducerSettings.forConfig(
                IngestConfig.builder().clientId("test-ingest-0").kafkaBootstrapServers("k1:9092,k2:9092").build());

        assertThat(props)
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "k1:9092,k2:9092")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true")
                .containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5")
                .containsEntry(ProducerConfig.RETRIES_CONFIG, String.valueOf(Integer.MAX_VALUE))
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
                .containsEntry(ProducerConfig.CLIENT_ID_CONFIG, "pitwall-ingest-test-ingest-0");
    }

    @Test
    void overridesWin() {
        Map<String, Object> props = KafkaProducerSettings.forConfig(IngestConfig.builder().clientId("c")
                .producerOverrides(Map.of(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd", ProducerConfig.LINGER_MS_CONFIG, "20"))
                .build());

        assertThat(props)
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
                .containsEntry(ProducerConfig.LINGER_MS_CONFIG, "20");
    }
}
