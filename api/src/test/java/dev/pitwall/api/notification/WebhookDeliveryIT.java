package dev.pitwall.api.notification;

import static dev.pitwall.api.notification.NotificationFixtures.campaign;
import static dev.pitwall.api.notification.NotificationFixtures.serviceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.notification.WebhookReceiver.Received;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.CauseKind;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import dev.pitwall.engagement.delivery.WebhookSignature;
import dev.pitwall.engagement.delivery.WebhookSignatureVerifier;
import dev.pitwall.infra.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Webhooks end to end: endpoints registered over HTTP, messages enqueued through {@link Notifications}, and real
 * receivers on free loopback ports that check the signature as the documentation tells receivers to. Without
 * {@code spring.mail.host}, e-mail is off here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class WebhookDeliveryIT {

    static final String SECRET = "webhooks-end-to-end-secret-of-at-least-32-bytes";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabases.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("pitwall.security.dev-token.secret", () -> SECRET);
        registry.add("pitwall.notifications.poll-interval", () -> "50ms");
        registry.add("pitwall.notifications.initial-backoff", () -> "50ms");
        registry.add("pitwall.notifications.max-backoff", () -> "200ms");
        registry.add("pitwall.notifications.max-attempts", () -> "3");
    }

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionOperations transactions;

    @Autowired
    Notifications notifications;

    @Autowired
    DevelopmentTokens tokens;

    NotificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new NotificationFixtures(jdbc, transactions, notifications);
    }

    /** Every test registers its own endpoints; none may receive the next test's messages. */
    @AfterEach
    void removeEndpoints() {
        jdbc.sql("UPDATE webhook_endpoint SET active = false, deactivated_at = now() WHERE active").update();
    }

    String operator() {
        return "Bearer " + tokens.issue("ops-anna", Duration.ofMinutes(5), Role.OPERATOR);
    }

    /** Registers an endpoint over HTTP and answers the registration's JSON (with the secret). */
    String register(String url, CauseKind... events) {
        String eventList = String.join(",", Arrays.stream(events).map(e -> "\"" + e + "\"").toList());
        return client.post().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, operator())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"url\": \"" + url + "\", \"events\": [" + eventList + "], \"description\": \"test\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void retriesAnEndpointThatFailedFirstAndSignsEveryAttempt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(500, 200)) {
            String secret = JsonPath.read(register(receiver.url(), CauseKind.LEAD), "$.secret");
            String subscriber = fixtures.subscriber("ida");
            Cause lead = Cause.of(CauseKind.LEAD, UUID.randomUUID().toString());

            EnqueuedNotification message = fixtures.enqueue(serviceDue(subscriber, lead, Channel.WEBHOOK)).get(0);

            await().atMost(PATIENCE).until(() -> fixtures.status(message.notificationId()) == DeliveryStatus.SENT);
            assertThat(fixtures.row(message.notificationId()).attempts()).isEqualTo(2);
            List<Received> received = receiver.received();
            assertThat(received).hasSize(2);
            WebhookSignatureVerifier verifier = new WebhookSignatureVerifier(secret,
                    WebhookSignatureVerifier.DEFAULT_TOLERANCE, Clock.systemUTC());
            for (Received request : received) {
                assertThat(request.method()).isEqualTo("POST");
                assertThatCode(() -> verifier.verify(request.header(WebhookSignature.HEADER), request.body()))
                        .doesNotThrowAnyException();
                assertThat(request.header(WebhookChannel.DELIVERY_HEADER))
                        .isEqualTo(message.notificationId().toString());
                assertThat(request.header(WebhookChannel.EVENT_HEADER)).isEqualTo("LEAD");
                String json = new String(request.body(), StandardCharsets.UTF_8);
                assertThat(JsonPath.<String>read(json, "$.cause.id")).isEqualTo(lead.id());
                assertThat(JsonPath.<String>read(json, "$.subscriberId")).isEqualTo(subscriber);
                assertThat(JsonPath.<String>read(json, "$.deepLink")).endsWith("lead=" + lead.id());
            }
            byte[] tampered = "{\"id\":\"forged\"}".getBytes(StandardCharsets.UTF_8);
            assertThatCode(() -> verifier.verify(received.get(1).header(WebhookSignature.HEADER), tampered))
                    .isInstanceOf(WebhookSignatureVerifier.InvalidSignatureException.class);
        }
    }

    @Test
    void givesUpOnADeadEndpointAfterTheLastAttempt() throws Exception {
        register(WebhookReceiver.deadUrl(), CauseKind.RENEWAL);
        String subscriber = fixtures.subscriber("jan");

        EnqueuedNotification message = fixtures.enqueue(serviceDue(subscriber,
                Cause.of(CauseKind.RENEWAL, "renewal-" + UUID.randomUUID()), Channel.WEBHOOK)).get(0);

        await().atMost(PATIENCE).until(() -> fixtures.status(message.notificationId()) == DeliveryStatus.FAILED);
        NotificationFixtures.Row row = fixtures.row(message.notificationId());
        assertThat(row.attempts()).isEqualTo(3);
        assertThat(row.lastError()).contains("ConnectException").contains("attempt 3 of 3");
    }

    @Test
    void doesNotRetryAnEndpointThatRefusesTheRequest() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(410)) {
            register(receiver.url(), CauseKind.BOOKING);
            String subscriber = fixtures.subscriber("kim");

            EnqueuedNotification message = fixtures.enqueue(serviceDue(subscriber,
                    Cause.of(CauseKind.BOOKING, "booking-" + UUID.randomUUID()), Channel.WEBHOOK)).get(0);

            await().atMost(PATIENCE).until(() -> fixtures.status(message.notificationId()) == DeliveryStatus.FAILED);
            assertThat(fixtures.row(message.notificationId()).attempts()).isEqualTo(1);
            assertThat(fixtures.row(message.notificationId()).lastError()).isEqualTo("HTTP 410");
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void sendsToEveryEndpointOfTheCauseKindOnlyWithConsent() throws Exception {
        try (WebhookReceiver first = WebhookReceiver.answering(200);
                WebhookReceiver second = WebhookReceiver.answering(200)) {
            register(first.url(), CauseKind.CAMPAIGN, CauseKind.LEAD);
            register(second.url(), CauseKind.CAMPAIGN);
            String optedIn = fixtures.subscriber("lea");
            String silent = fixtures.subscriber("max");
            jdbc.sql("INSERT INTO notification_preference (subscriber_id, channel, purpose, opted_in, source)"
                    + " VALUES (:id, 'WEBHOOK', 'MARKETING', true, 'PREFERENCES')").param("id", optedIn).update();
            Cause campaign = Cause.campaign("winter-" + UUID.randomUUID(), "A");

            List<EnqueuedNotification> sent = fixtures.enqueue(campaign(optedIn, campaign, Channel.WEBHOOK));
            List<EnqueuedNotification> suppressed = fixtures.enqueue(campaign(silent, campaign, Channel.WEBHOOK));
            List<EnqueuedNotification> nowhere = fixtures.enqueue(serviceDue(silent,
                    Cause.of(CauseKind.OFFER, "offer-" + UUID.randomUUID()), Channel.WEBHOOK));

            assertThat(sent).hasSize(2).allSatisfy(n -> assertThat(n.webhookId()).isNotNull());
            assertThat(suppressed).hasSize(2)
                    .allSatisfy(n -> assertThat(n.suppressionReason()).hasToString("NO_CONSENT"));
            assertThat(nowhere).singleElement().satisfies(n -> {
                assertThat(n.status()).isEqualTo(DeliveryStatus.SUPPRESSED);
                assertThat(n.suppressionReason()).hasToString("NO_ADDRESS");
            });
            await().atMost(PATIENCE).until(() -> sent.stream()
                    .allMatch(n -> fixtures.status(n.notificationId()) == DeliveryStatus.SENT));
            assertThat(first.received()).hasSize(1);
            assertThat(second.received()).hasSize(1);
            assertThat(JsonPath.<String>read(new String(first.received().get(0).body(), StandardCharsets.UTF_8),
                    "$.cause.variant")).isEqualTo("A");
        }
    }

    @Test
    void letsOperatorsRegisterListAndRemoveEndpoints() {
        String created = register("https://push.example.com/pitwall", CauseKind.LEAD, CauseKind.LEAD);
        String id = JsonPath.read(created, "$.webhookId");
        assertThat(JsonPath.<String>read(created, "$.secret")).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(JsonPath.<List<String>>read(created, "$.events")).containsExactly("LEAD");

        client.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, operator()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[?(@.webhookId == '" + id + "')].url")
                .isEqualTo(List.of("https://push.example.com/pitwall"))
                .jsonPath("$.items[*].secret").isEmpty();
        client.delete().uri("/api/v1/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, operator()).exchange()
                .expectStatus().isNoContent();
        client.delete().uri("/api/v1/webhooks/{id}", id).header(HttpHeaders.AUTHORIZATION, operator()).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.parameter").isEqualTo("webhookId");
        client.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, operator()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.webhookId == '" + id + "')]").isEmpty();
    }

    @Test
    void refusesBadEndpointsAndOtherRoles() {
        long registered = jdbc.sql("SELECT count(*) FROM webhook_endpoint").query(Long.class).single();

        client.post().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, operator())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"url\": \"push.example.com\", \"events\": []}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.parameter").isEqualTo("url")
                .jsonPath("$.errors[1].parameter").isEqualTo("events");
        client.post().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, operator())
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"url\": \"https://push.example.com\", \"events\": [\"ALARM\"]}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("events[0]");
        for (Role role : List.of(Role.SUBSCRIBER, Role.SERVICE_ADVISOR, Role.MARKETER)) {
            String token = "Bearer " + tokens.issue("someone", Duration.ofMinutes(5), role);
            client.get().uri("/api/v1/webhooks").header(HttpHeaders.AUTHORIZATION, token).exchange()
                    .expectStatus().isForbidden();
            client.delete().uri("/api/v1/webhooks/{id}", UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, token)
                    .exchange().expectStatus().isForbidden();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_endpoint").query(Long.class).single()).isEqualTo(registered);
    }
}
