package dev.pitwall.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.servicebook.RecordedService;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceRecord;
import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.EmbeddedKafka;
import dev.pitwall.infra.Ports;
import dev.pitwall.infra.TcpProxy;
import dev.pitwall.infra.TestDatabases;
import dev.pitwall.storage.SchemaMigrator;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay against a real PostgreSQL (migrated by storage) and a real Kafka broker: order per key, retries with
 * backoff while Kafka is unreachable or down, a row Kafka refuses, a relay restart, and the duplicate that a lost
 * "published" mark causes. Each test has its own VINs, so the topics' earlier contents do not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(300)
class OutboxRelayIT {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final Instant T0 = Instant.parse("2026-01-30T15:45:00Z");

    Path kafkaDir;
    int kafkaPort;
    int controllerPort;
    EmbeddedKafka kafka;
    String jdbcUrl;
    JdbcClient jdbc;
    TransactionTemplate transactions;
    OutboxWriter writer;
    final List<OutboxRelay> relays = new ArrayList<>();

    @BeforeAll
    void startKafkaAndDatabase() throws IOException {
        kafkaDir = Files.createTempDirectory("pitwall-outbox-kafka");
        kafkaPort = Ports.free();
        controllerPort = Ports.free();
        kafka = EmbeddedKafka.start(kafkaDir, kafkaPort, controllerPort);
        kafka.createTopics(List.of(Topics.MARKETING_CONSENTS.name(), Topics.SERVICE_RECORDS.name()), 2);
        jdbcUrl = TestDatabases.createDatabase();
        SchemaMigrator.migrate(jdbcUrl, null, null);
        DataSource dataSource = new DriverManagerDataSource(jdbcUrl);
        jdbc = JdbcClient.create(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        writer = new OutboxWriter(jdbc);
    }

    @AfterEach
    void stopRelaysAndForgetRows() {
        relays.forEach(OutboxRelay::stop);
        relays.clear();
        if (kafka == null) {
            restartKafka();
        }
        jdbc.sql("DELETE FROM event_outbox").update();
    }

    @AfterAll
    void stopKafka() {
        kafka.close();
    }

    @Test
    void publishesEveryRowOnceInTheOrderOfItsKeyAndMarksItPublished() {
        String vin1 = "WVWZZZCDZLW100001";
        String vin2 = "WVWZZZCDZLW100002";
        List<MarketingConsent> first = List.of(consent(vin1, true, 0), consent(vin1, false, 1), consent(vin1, true, 2));
        List<MarketingConsent> second = List.of(consent(vin2, false, 0), consent(vin2, true, 1));
        RecordedService oil = new RecordedService(vin1, new ServiceRecord(ServiceItem.OIL_SERVICE, T0, 48_190.0, null));
        transactions.executeWithoutResult(s -> {
            for (int i = 0; i < 3; i++) {
                writer.append(Topics.MARKETING_CONSENTS, vin1, first.get(i));
                if (i < 2) {
                    writer.append(Topics.MARKETING_CONSENTS, vin2, second.get(i));
                }
            }
            writer.append(Topics.SERVICE_RECORDS, vin1, oil);
        });
        MeterRegistry meters = new SimpleMeterRegistry();

        relay(kafka.bootstrapServers(), Map.of(), meters);

        awaitNothingPending();
        assertThat(consents(vin1)).containsExactlyElementsOf(first);
        assertThat(consents(vin2)).containsExactlyElementsOf(second);
        assertThat(TopicContents.read(kafka.bootstrapServers(), Topics.SERVICE_RECORDS.name(), keyIs(vin1)))
                .singleElement().satisfies(r -> assertThat(Topics.SERVICE_RECORDS.valueFormat().decode(r.value()))
                        .isEqualTo(oil));
        assertThat(jdbc.sql("SELECT count(*) FROM event_outbox WHERE published_at IS NOT NULL AND attempts = 1 "
                + "AND last_error IS NULL").query(Long.class).single()).isEqualTo(6);
        assertThat(meters.get(OutboxMetrics.PUBLISHED).tag("topic", Topics.MARKETING_CONSENTS.name()).counter()
                .count()).isEqualTo(5.0);
        assertThat(meters.get(OutboxMetrics.PUBLISHED).tag("topic", Topics.SERVICE_RECORDS.name()).counter()
                .count()).isEqualTo(1.0);
        assertThat(meters.get(OutboxMetrics.PENDING).gauge().value()).isZero();
    }

    @Test
    void keepsRowsWhileKafkaIsUnreachableAndTheNextRelayPublishesThem() {
        String vin = "WVWZZZCDZLW100003";
        long firstId = append(consent(vin, true, 0));
        long secondId = append(consent(vin, false, 1));
        MeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay unreachable = relay("127.0.0.1:" + Ports.free(), Map.of(), meters);

        // the first row is tried again and again, with backoff; the second waits behind it, untried
        await().atMost(WAIT).until(() -> attempts(firstId) >= 2);
        assertThat(jdbc.sql("SELECT last_error FROM event_outbox WHERE id = :id").param("id", firstId)
                .query(String.class).single()).contains("TimeoutException");
        assertThat(attempts(secondId)).isZero();
        assertThat(pending()).isEqualTo(2);
        assertThat(meters.get(OutboxMetrics.PENDING).gauge().value()).isEqualTo(2.0);
        assertThat(meters.get(OutboxMetrics.FAILURES).counter().count()).isGreaterThanOrEqualTo(2.0);
        assertThat(meters.get(OutboxMetrics.OLDEST_PENDING_AGE).gauge().value()).isPositive();

        unreachable.stop();
        // a failed row's backoff is bounded by max-backoff (1 s here); a new relay picks the rows up after it
        relay(kafka.bootstrapServers(), Map.of(), new SimpleMeterRegistry());

        awaitNothingPending();
        assertThat(consents(vin)).containsExactly(consent(vin, true, 0), consent(vin, false, 1));
    }

    @Test
    void deliversRowsWrittenWhileKafkaWasDownOnceItIsBack() {
        String vin = "WVWZZZCDZLW100004";
        relay(kafka.bootstrapServers(), Map.of(), new SimpleMeterRegistry());
        append(consent(vin, true, 0));
        awaitNothingPending();

        kafka.close();
        kafka = null;
        long duringOutage = append(consent(vin, false, 1));
        append(consent(vin, true, 2));
        await().atMost(WAIT).until(() -> attempts(duringOutage) >= 1);
        assertThat(pending()).isEqualTo(2);

        restartKafka();

        awaitNothingPending();
        assertThat(consents(vin).stream().distinct())
                .containsExactly(consent(vin, true, 0), consent(vin, false, 1), consent(vin, true, 2));
    }

    @Test
    void holdsBackLaterRowsOfAKeyWhoseRowKafkaRefusesAndSendsOtherKeys() {
        String blocked = "WVWZZZCDZLW100005";
        String other = "WVWZZZCDZLW100006";
        long tooLarge = append(new MarketingConsent(blocked, "s".repeat(3_000), true, T0));
        long behind = append(consent(blocked, false, 1));
        long otherKey = append(consent(other, true, 0));

        relay(kafka.bootstrapServers(), Map.of("max.request.size", "1024"), new SimpleMeterRegistry());

        await().atMost(WAIT).until(() -> attempts(tooLarge) >= 2 && published(otherKey));
        assertThat(jdbc.sql("SELECT last_error FROM event_outbox WHERE id = :id").param("id", tooLarge)
                .query(String.class).single()).startsWith("RecordTooLargeException");
        assertThat(attempts(behind)).isZero();
        assertThat(published(behind)).isFalse();
        assertThat(consents(blocked)).isEmpty();
        assertThat(consents(other)).containsExactly(consent(other, true, 0));
    }

    @Test
    void sendsRowsAgainWhenTheirPublishedMarkIsLostSoDeliveryIsAtLeastOnce() {
        String vin = "WVWZZZCDZLW100007";
        append(consent(vin, true, 0));
        append(consent(vin, false, 1));
        try (TcpProxy database = new TcpProxy("127.0.0.1", URI.create(jdbcUrl.substring(5)).getPort())) {
            CutDatabaseOnFirstAck.arm(database);
            String viaProxy = jdbcUrl.replaceFirst(":\\d+/", ":" + database.port() + "/");
            DataSource relayDataSource = new DriverManagerDataSource(viaProxy);
            OutboxStore relayStore = new OutboxStore(JdbcClient.create(relayDataSource));
            OutboxProperties properties = properties(kafka.bootstrapServers(),
                    Map.of("interceptor.classes", CutDatabaseOnFirstAck.class.getName()));
            OutboxRelay relay = new OutboxRelay(relayStore,
                    new TransactionTemplate(new DataSourceTransactionManager(relayDataSource)), properties,
                    OutboxConfiguration.producerFactory(properties),
                    new OutboxMetrics(new SimpleMeterRegistry(), relayStore));
            relays.add(relay);
            relay.start();

            // Kafka has the records, the database connection died before they were marked: still pending
            await().atMost(WAIT).until(() -> consents(vin).size() == 2);
            assertThat(pending()).isEqualTo(2);

            database.restore();

            awaitNothingPending();
        }
        List<MarketingConsent> delivered = consents(vin);
        assertThat(delivered).hasSizeGreaterThan(2); // the duplicates at-least-once allows
        assertThat(delivered.stream().distinct()).containsExactly(consent(vin, true, 0), consent(vin, false, 1));
        // in order again after the duplicates: the last copy of each comes in the order of the rows
        assertThat(delivered.subList(delivered.size() - 2, delivered.size()))
                .containsExactly(consent(vin, true, 0), consent(vin, false, 1));
    }

    /** Plays a database outage right after Kafka acknowledged the first record (configured by class name). */
    public static final class CutDatabaseOnFirstAck implements ProducerInterceptor<byte[], byte[]> {

        private static volatile TcpProxy database;
        private static final AtomicBoolean ARMED = new AtomicBoolean();

        static void arm(TcpProxy proxy) {
            database = proxy;
            ARMED.set(true);
        }

        @Override
        public ProducerRecord<byte[], byte[]> onSend(ProducerRecord<byte[], byte[]> record) {
            return record;
        }

        @Override
        public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
            if (exception == null && ARMED.compareAndSet(true, false)) {
                database.cut();
            }
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    private OutboxRelay relay(String bootstrap, Map<String, String> producer, MeterRegistry meters) {
        OutboxStore store = new OutboxStore(jdbc);
        OutboxProperties properties = properties(bootstrap, producer);
        OutboxRelay relay = new OutboxRelay(store, transactions, properties,
                OutboxConfiguration.producerFactory(properties), new OutboxMetrics(meters, store));
        relays.add(relay);
        relay.start();
        return relay;
    }

    private static OutboxProperties properties(String bootstrap, Map<String, String> producer) {
        return new OutboxProperties(bootstrap, Duration.ofMillis(100), 50, Duration.ofMillis(200),
                Duration.ofSeconds(1), Duration.ofSeconds(3), producer);
    }

    private void restartKafka() {
        kafka = EmbeddedKafka.start(kafkaDir, kafkaPort, controllerPort);
    }

    private long append(MarketingConsent consent) {
        return transactions.execute(s -> writer.append(Topics.MARKETING_CONSENTS, consent.vin(), consent));
    }

    private static MarketingConsent consent(String vin, boolean granted, int minutes) {
        return new MarketingConsent(vin, "sub-" + vin.substring(12), granted, T0.plusSeconds(60L * minutes));
    }

    private List<MarketingConsent> consents(String vin) {
        return TopicContents.read(kafka.bootstrapServers(), Topics.MARKETING_CONSENTS.name(), keyIs(vin)).stream()
                .map(r -> Topics.MARKETING_CONSENTS.valueFormat().decode(r.value()))
                .toList();
    }

    private static java.util.function.Predicate<ConsumerRecord<byte[], byte[]>> keyIs(String vin) {
        return r -> vin.equals(new String(r.key(), StandardCharsets.US_ASCII));
    }

    private void awaitNothingPending() {
        await().atMost(WAIT).until(() -> pending() == 0);
    }

    private long pending() {
        return jdbc.sql("SELECT count(*) FROM event_outbox WHERE published_at IS NULL").query(Long.class).single();
    }

    private int attempts(long id) {
        return jdbc.sql("SELECT attempts FROM event_outbox WHERE id = :id").param("id", id).query(Integer.class)
                .single();
    }

    private boolean published(long id) {
        return jdbc.sql("SELECT published_at IS NOT NULL FROM event_outbox WHERE id = :id").param("id", id)
                .query(Boolean.class).single();
    }
}
