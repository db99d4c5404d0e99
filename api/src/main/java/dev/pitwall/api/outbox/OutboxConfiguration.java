package dev.pitwall.api.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox relay and its meters; {@link OutboxWriter} is a component of its own, used by the features. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboxProperties.class)
class OutboxConfiguration {

    @Bean
    OutboxStore outboxStore(JdbcClient jdbc) {
        return new OutboxStore(jdbc);
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry, OutboxStore store) {
        return new OutboxMetrics(registry, store);
    }

    @Bean
    OutboxRelay outboxRelay(OutboxStore store, PlatformTransactionManager transactionManager,
            OutboxProperties properties, OutboxMetrics metrics) {
        return new OutboxRelay(store, new TransactionTemplate(transactionManager), properties,
                producerFactory(properties), metrics);
    }

    /** An idempotent producer that waits for all in-sync replicas; {@code pitwall.outbox.producer} overrides. */
    static Supplier<Producer<byte[], byte[]>> producerFactory(OutboxProperties properties) {
        return () -> new KafkaProducer<>(producerConfig(properties), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    static Map<String, Object> producerConfig(OutboxProperties properties) {
        int sendTimeoutMs = Math.toIntExact(properties.sendTimeout().toMillis());
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafkaBootstrap());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "pitwall-api-outbox");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5); // the most idempotence keeps in order
        // each wave is flushed at once; lingering would only delay it
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // a send is acknowledged or failed within send-timeout (the relay then retries the row itself)
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, sendTimeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1, sendTimeoutMs / 2));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeoutMs);
        config.putAll(properties.producer());
        return config;
    }
}
