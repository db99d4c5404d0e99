package dev.pitwall.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.servicebook.RecordedService;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceRecord;
import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.EmbeddedKafka;
import dev.pitwall.infra.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.IllegalTransactionStateException;

/**
 * The outbox end to end: the whole API on a random port, a PostgreSQL migrated by Flyway and a Kafka broker in
 * this JVM. What a request stores arrives on its topic, once, keyed by VIN.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@DirtiesContext // its relay must stop while this class's broker still runs
class OutboxApplicationIT {

    static final String SECRET = "outbox-end-to-end-secret-of-at-least-32-bytes";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String SERVICE = """
            {"items": ["OIL_SERVICE", "CABIN_FILTER"], "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 48190.0,
             "workshop": "Autohaus Nord"}""";

    static EmbeddedKafka kafka;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        kafka = EmbeddedKafka.startTemporary();
        kafka.createTopics(List.of(Topics.SERVICE_RECORDS.name(), Topics.MARKETING_CONSENTS.name()), 2);
        String url = TestDatabases.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("pitwall.security.dev-token.secret", () -> SECRET);
        registry.add("pitwall.outbox.kafka-bootstrap", kafka::bootstrapServers);
        registry.add("pitwall.outbox.poll-interval", () -> "100ms");
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevelopmentTokens tokens;

    @Autowired
    OutboxWriter writer;

    @Test
    void aRecordedServiceIsPublishedOncePerItemAndARepeatPublishesNothing() {
        String vin = "WVWZZZCDZLW300001";
        reported(vin);
        String token = token(Role.SERVICE_ADVISOR);

        client.post().uri("/api/v1/vehicles/{vin}/service-records", vin).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(SERVICE).exchange()
                .expectStatus().isCreated();
        awaitNothingPending();
        client.post().uri("/api/v1/vehicles/{vin}/service-records", vin).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(SERVICE).exchange()
                .expectStatus().isOk();

        // the repeat queued nothing, so there is nothing more the relay could send
        assertThat(rows(Topics.SERVICE_RECORDS.name(), vin)).isEqualTo(2);
        assertThat(pending()).isZero();
        Instant performedAt = Instant.parse("2026-01-30T15:45:00Z");
        List<ConsumerRecord<byte[], byte[]>> records =
                TopicContents.read(kafka.bootstrapServers(), Topics.SERVICE_RECORDS.name(), r -> true);
        assertThat(records).allSatisfy(r -> assertThat(new String(r.key(), StandardCharsets.US_ASCII)).isEqualTo(vin));
        // engine hours come from the telemetry before the service, as the service book stored them
        assertThat(records.stream().map(r -> Topics.SERVICE_RECORDS.valueFormat().decode(r.value())))
                .containsExactly(
                        new RecordedService(vin, new ServiceRecord(ServiceItem.OIL_SERVICE, performedAt, 48_190.0,
                                1_531.4)),
                        new RecordedService(vin, new ServiceRecord(ServiceItem.CABIN_FILTER, performedAt, 48_190.0,
                                1_531.4)));
    }

    @Test
    void aConsentChangeIsPublishedOnMarketingConsents() {
        String vin = "WVWZZZCDZLW300002";
        String token = token(Role.OPERATOR);

        client.put().uri("/api/v1/vehicles/{vin}/marketing-consent", vin).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"subscriberId\": \"sub-4711\", \"granted\": true, \"changedAt\": \"2026-01-30T15:45:00Z\"}")
                .exchange()
                .expectStatus().isCreated();
        client.put().uri("/api/v1/vehicles/{vin}/marketing-consent", vin).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"subscriberId\": \"sub-4711\", \"granted\": true}")
                .exchange()
                .expectStatus().isOk();
        awaitNothingPending();

        assertThat(rows(Topics.MARKETING_CONSENTS.name(), vin)).isEqualTo(1);
        assertThat(TopicContents.read(kafka.bootstrapServers(), Topics.MARKETING_CONSENTS.name(),
                r -> vin.equals(new String(r.key(), StandardCharsets.US_ASCII))))
                .singleElement()
                .satisfies(r -> assertThat(Topics.MARKETING_CONSENTS.valueFormat().decode(r.value())).isEqualTo(
                        new MarketingConsent(vin, "sub-4711", true, Instant.parse("2026-01-30T15:45:00Z"))));
        client.get().uri("/api/v1/vehicles/{vin}/marketing-consent", vin)
                .header(HttpHeaders.AUTHORIZATION, token(Role.SERVICE_ADVISOR)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.granted").isEqualTo(true);
    }

    @Test
    void theWriterRefusesToQueueOutsideATransaction() {
        MarketingConsent consent = new MarketingConsent("WVWZZZCDZLW300003", "sub-1", true, Instant.now());

        assertThatThrownBy(() -> writer.append(Topics.MARKETING_CONSENTS, consent.vin(), consent))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rows(Topics.MARKETING_CONSENTS.name(), consent.vin())).isZero();
    }

    @Test
    void exposesTheOutboxMetricsAndDescribesTheConsentEndpoints() {
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("pitwall_outbox_pending ")
                        .contains("pitwall_outbox_oldest_pending_age_seconds "));
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/marketing-consent'].get.responses['404']").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/marketing-consent'].put.responses['201']").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/marketing-consent'].put.responses['409']").exists()
                .jsonPath("$.components.schemas.MarketingConsentRequest.example.subscriberId").isEqualTo("sub-4711")
                .jsonPath("$.components.schemas.VehicleMarketingConsent.example.granted").isEqualTo(true);
    }

    private void reported(String vin) {
        jdbc.sql("INSERT INTO vehicle_state (vin, last_seq, last_event_time, odometer_km, engine_hours, health_score, "
                        + "health_band) VALUES (:vin, 2, :t, 48211.4, 1532.2, 100, 'GOOD')")
                .param("vin", vin).param("t", Instant.parse("2026-01-31T08:00:00Z").atOffset(ZoneOffset.UTC))
                .update();
        jdbc.sql("INSERT INTO telemetry (vin, seq, event_time, engine_hours) VALUES (:vin, 1, :t, 1531.4)")
                .param("vin", vin).param("t", Instant.parse("2026-01-30T15:40:00Z").atOffset(ZoneOffset.UTC))
                .update();
    }

    private String token(Role role) {
        return "Bearer " + tokens.issue("tester", Duration.ofMinutes(5), role);
    }

    private void awaitNothingPending() {
        await().atMost(WAIT).until(() -> pending() == 0);
    }

    private long pending() {
        return jdbc.sql("SELECT count(*) FROM event_outbox WHERE published_at IS NULL").query(Long.class).single();
    }

    private long rows(String topic, String vin) {
        return jdbc.sql("SELECT count(*) FROM event_outbox WHERE topic = :topic AND record_key = :vin")
                .param("topic", topic).param("vin", vin).query(Long.class).single();
    }
}
