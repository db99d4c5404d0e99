package dev.pitwall.api.notification;

import static dev.pitwall.api.notification.NotificationFixtures.campaign;
import static dev.pitwall.api.notification.NotificationFixtures.serviceDue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.CauseKind;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import dev.pitwall.infra.TestDatabases;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * E-mail, inbox, preferences, unsubscribe and tracing end to end: the whole application on a random port, a
 * PostgreSQL migrated by Flyway, and GreenMail as the SMTP server on a free port. Messages are enqueued through
 * {@link Notifications} as a lead prompt or a campaign will.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class NotificationApplicationIT {

    static final String SECRET = "notifications-end-to-end-secret-of-32-bytes";
    /** What unsubscribe links start with; the test swaps it for the random port. */
    static final String PUBLIC_BASE_URL = "http://pitwall.test";
    static final Duration PATIENCE = Duration.ofSeconds(60);
    static final Pattern UNSUBSCRIBE_LINK =
            Pattern.compile("http://pitwall\\.test/api/v1/unsubscribe\\?token=[A-Za-z0-9_.-]+");

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabases.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("pitwall.security.dev-token.secret", () -> SECRET);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("pitwall.notifications.public-base-url", () -> PUBLIC_BASE_URL);
        registry.add("pitwall.notifications.unsubscribe.secret", () -> "unsubscribe-links-secret-of-at-least-32-bytes");
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

    @LocalServerPort
    int port;

    NotificationFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new NotificationFixtures(jdbc, transactions, notifications);
    }

    String bearer(String subject, Role role) {
        return "Bearer " + tokens.issue(subject, Duration.ofMinutes(5), role);
    }

    @Test
    void mailsACampaignThatOneClickUnsubscribesWhileServiceMessagesStillGo() throws Exception {
        String anna = fixtures.subscriber("anna");
        client.put().uri("/api/v1/me/notification-preferences").header(HttpHeaders.AUTHORIZATION,
                        bearer(anna, Role.SUBSCRIBER))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"preferences\": [{\"channel\": \"EMAIL\", \"purpose\": \"MARKETING\", \"optedIn\": true}]}")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.preferences[?(@.channel == 'EMAIL' && @.purpose == 'MARKETING')].allowed")
                .isEqualTo(List.of(true));
        Cause winter = Cause.campaign("winter-" + UUID.randomUUID(), "B");

        UUID first = fixtures.enqueue(campaign(anna, winter, Channel.EMAIL)).get(0).notificationId();

        MimeMessage mail = awaitMail(anna, first);
        assertThat(mail.getSubject()).isEqualTo("Winter tyres, fitted at your workshop");
        String body = (String) mail.getContent();
        // a marketing message links to its tracked link, which counts the click and leads to the offer
        assertThat(body).contains("Hello Anna,", PUBLIC_BASE_URL + "/api/v1/links/" + first)
                .doesNotContain("https://app.pitwall.dev/offers/");
        client.get().uri("/api/v1/links/{id}", first).exchange().expectStatus().isFound()
                .expectHeader().location("https://app.pitwall.dev/offers/" + winter.id());
        assertThat(mail.getHeader(EmailChannel.CAUSE_HEADER, null)).isEqualTo(winter.reference() + "; variant=B");
        assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        String listUnsubscribe = mail.getHeader("List-Unsubscribe", null);
        Matcher link = UNSUBSCRIBE_LINK.matcher(listUnsubscribe);
        assertThat(link.find()).as(listUnsubscribe).isTrue();
        assertThat(listUnsubscribe).isEqualTo("<" + link.group() + ">");
        assertThat(body).contains(link.group());
        await().atMost(PATIENCE).until(() -> fixtures.status(first) == DeliveryStatus.SENT);

        // a person follows the link: the page asks first (mail scanners follow links too), the button POSTs
        String unsubscribe = link.group().replace(PUBLIC_BASE_URL, "");
        client.get().uri(unsubscribe).header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> assertThat(page)
                        .contains("Unsubscribe from offers by e-mail?", "<form method=\"post\""));
        client.post().uri(unsubscribe).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("List-Unsubscribe=One-Click").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.channel").isEqualTo("EMAIL")
                .jsonPath("$.purpose").isEqualTo("MARKETING")
                .jsonPath("$.receiving").isEqualTo(false);

        EnqueuedNotification next = fixtures.enqueue(campaign(anna, Cause.campaign("spring-" + UUID.randomUUID(),
                null), Channel.EMAIL)).get(0);
        Cause lead = Cause.of(CauseKind.LEAD, UUID.randomUUID().toString());
        UUID service = fixtures.enqueue(serviceDue(anna, lead, Channel.EMAIL)).get(0).notificationId();

        assertThat(next.status()).isEqualTo(DeliveryStatus.SUPPRESSED);
        assertThat(fixtures.row(next.notificationId()).suppressionReason()).isEqualTo("UNSUBSCRIBED");
        MimeMessage serviceMail = awaitMail(anna, service);
        assertThat(serviceMail.getHeader(EmailChannel.CAUSE_HEADER, null)).isEqualTo(lead.reference());
        assertThat((String) serviceMail.getContent())
                .contains("https://app.pitwall.dev/bookings/new?lead=" + lead.id());
        assertThat(mailsTo(anna)).hasSize(2);
        client.get().uri("/api/v1/me/notification-preferences")
                .header(HttpHeaders.AUTHORIZATION, bearer(anna, Role.SUBSCRIBER)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.preferences[?(@.channel == 'EMAIL' && @.purpose == 'MARKETING')].source")
                .isEqualTo(List.of("UNSUBSCRIBE_LINK"))
                .jsonPath("$.preferences[?(@.channel == 'EMAIL' && @.purpose == 'SERVICE')].allowed")
                .isEqualTo(List.of(true));
    }

    @Test
    void suppressesAWaitingMessageWhoseConsentWasWithdrawnBeforeItWentOut() {
        String ben = fixtures.subscriber("ben");
        Cause cause = Cause.campaign("late-" + UUID.randomUUID(), null);

        UUID id = transactions.execute(status -> {
            jdbc.sql("INSERT INTO notification_preference (subscriber_id, channel, purpose, opted_in, source)"
                    + " VALUES (:id, 'EMAIL', 'MARKETING', true, 'PREFERENCES')").param("id", ben).update();
            UUID enqueued = notifications.enqueue(campaign(ben, cause, Channel.EMAIL)).get(0).notificationId();
            // withdrawn in the same transaction: the message is PENDING, but must not go out
            jdbc.sql("UPDATE notification_preference SET opted_in = false WHERE subscriber_id = :id")
                    .param("id", ben).update();
            return enqueued;
        });

        await().atMost(PATIENCE).until(() -> fixtures.status(id) == DeliveryStatus.SUPPRESSED);
        assertThat(fixtures.row(id).suppressionReason()).isEqualTo("UNSUBSCRIBED");
        assertThat(mailsTo(ben)).isEmpty();
    }

    @Test
    void suppressesMarketingWithoutConsentOnEveryChannelButDeliversServiceToTheInbox() {
        String cleo = fixtures.subscriber("cleo");

        List<EnqueuedNotification> offer = fixtures.enqueue(campaign(cleo, Cause.of(CauseKind.OFFER,
                "offer-" + UUID.randomUUID()), Channel.EMAIL, Channel.IN_APP, Channel.WEBHOOK));
        List<EnqueuedNotification> renewal = fixtures.enqueue(serviceDue(cleo, Cause.of(CauseKind.RENEWAL,
                "renewal-" + UUID.randomUUID()), Channel.IN_APP));

        assertThat(offer).extracting(EnqueuedNotification::channel)
                .containsExactly(Channel.EMAIL, Channel.IN_APP, Channel.WEBHOOK);
        assertThat(offer).allSatisfy(n -> {
            assertThat(n.status()).isEqualTo(DeliveryStatus.SUPPRESSED);
            assertThat(n.suppressionReason()).hasToString("NO_CONSENT");
        });
        assertThat(renewal).singleElement().satisfies(n -> assertThat(n.status()).isEqualTo(DeliveryStatus.SENT));
        client.get().uri("/api/v1/me/inbox").header(HttpHeaders.AUTHORIZATION, bearer(cleo, Role.SUBSCRIBER))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(1)
                .jsonPath("$.items[0].messageId").isEqualTo(renewal.get(0).notificationId().toString())
                .jsonPath("$.items[0].purpose").isEqualTo("SERVICE");
    }

    @Test
    void sendsACauseOnceHoweverOftenItIsEnqueued() {
        String dora = fixtures.subscriber("dora");
        Cause lead = Cause.of(CauseKind.LEAD, UUID.randomUUID().toString());

        List<EnqueuedNotification> first = fixtures.enqueue(serviceDue(dora, lead, Channel.EMAIL, Channel.IN_APP));
        List<EnqueuedNotification> replay = fixtures.enqueue(serviceDue(dora, lead, Channel.EMAIL, Channel.IN_APP));

        assertThat(first).noneMatch(EnqueuedNotification::duplicate);
        assertThat(replay).allMatch(EnqueuedNotification::duplicate);
        assertThat(replay).extracting(EnqueuedNotification::notificationId)
                .containsExactlyElementsOf(first.stream().map(EnqueuedNotification::notificationId).toList());
        assertThat(fixtures.count(lead)).isEqualTo(2);
        UUID email = first.get(0).notificationId();
        await().atMost(PATIENCE).until(() -> fixtures.status(email) == DeliveryStatus.SENT);
        assertThat(mailsTo(dora)).hasSize(1);
        client.get().uri("/api/v1/notifications?cause={cause}", lead.reference())
                .header(HttpHeaders.AUTHORIZATION, bearer("advisor-1", Role.SERVICE_ADVISOR)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.items[*].cause.kind").isEqualTo(List.of("LEAD", "LEAD"))
                .jsonPath("$.items[*].cause.id").isEqualTo(List.of(lead.id(), lead.id()))
                .jsonPath("$.items[?(@.channel == 'EMAIL')].status").isEqualTo(List.of("SENT"))
                .jsonPath("$.items[?(@.channel == 'EMAIL')].attempts").isEqualTo(List.of(1));
    }

    /**
     * Two replays of one cause at once: the second insert waits on the dedup index for the first transaction, which
     * the test holds open until the second is seen waiting, and then finds the first message.
     */
    @Test
    void storesOneMessageWhenTheSameCauseIsReplayedConcurrently() throws Exception {
        String ivy = fixtures.subscriber("ivy");
        Cause lead = Cause.of(CauseKind.LEAD, UUID.randomUUID().toString());
        CountDownLatch firstStored = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            Future<List<EnqueuedNotification>> first = racers.submit(() -> transactions.execute(status -> {
                List<EnqueuedNotification> stored = notifications.enqueue(serviceDue(ivy, lead, Channel.IN_APP));
                firstStored.countDown();
                awaitLatch(release);
                return stored;
            }));
            assertThat(firstStored.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
            Future<List<EnqueuedNotification>> second = racers.submit(
                    () -> fixtures.enqueue(serviceDue(ivy, lead, Channel.IN_APP)));
            await().atMost(PATIENCE).until(() -> jdbc.sql("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock'
                      AND query LIKE 'INSERT INTO notification (%'""").query(Long.class).single() == 1);
            release.countDown();

            EnqueuedNotification stored = first.get().get(0);
            EnqueuedNotification replayed = second.get().get(0);
            assertThat(stored.duplicate()).isFalse();
            assertThat(replayed.duplicate()).isTrue();
            assertThat(replayed.notificationId()).isEqualTo(stored.notificationId());
            assertThat(fixtures.count(lead)).isEqualTo(1);
        } finally {
            release.countDown();
            racers.shutdownNow();
        }
    }

    @Test
    void pagesTheInboxNewestFirstAndMarksOnlyOwnMessagesRead() {
        String emil = fixtures.subscriber("emil");
        String fay = fixtures.subscriber("fay");
        List<UUID> ids = Arrays.asList(new UUID[3]);
        for (int i = 0; i < 3; i++) {
            ids.set(i, fixtures.enqueue(serviceDue(emil, Cause.of(CauseKind.BOOKING, "booking-" + UUID.randomUUID()),
                    Channel.IN_APP)).get(0).notificationId());
        }
        String token = bearer(emil, Role.SUBSCRIBER);

        client.get().uri("/api/v1/me/inbox?size=2").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalItems").isEqualTo(3)
                .jsonPath("$.totalPages").isEqualTo(2)
                .jsonPath("$.items[*].messageId").isEqualTo(List.of(ids.get(2).toString(), ids.get(1).toString()))
                .jsonPath("$.items[0].subject").isEqualTo("Oil service due for your Golf")
                .jsonPath("$.items[0].readAt").doesNotExist();
        client.get().uri("/api/v1/me/inbox?page=1&size=2").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[*].messageId").isEqualTo(List.of(ids.get(0).toString()));

        String read = client.post().uri("/api/v1/me/inbox/{id}/read", ids.get(0))
                .header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String readAt = JsonPath.read(read, "$.readAt");
        assertThat(readAt).isNotNull();
        client.post().uri("/api/v1/me/inbox/{id}/read", ids.get(0)).header(HttpHeaders.AUTHORIZATION, token)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.readAt").isEqualTo(readAt);

        String other = bearer(fay, Role.SUBSCRIBER);
        client.post().uri("/api/v1/me/inbox/{id}/read", ids.get(1)).header(HttpHeaders.AUTHORIZATION, other)
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.parameter").isEqualTo("messageId");
        client.get().uri("/api/v1/me/inbox").header(HttpHeaders.AUTHORIZATION, other).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.totalItems").isEqualTo(0);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE notification_id = :id AND read_at IS NULL")
                .param("id", ids.get(1)).query(Long.class).single()).isEqualTo(1);
        client.post().uri("/api/v1/me/inbox/not-a-uuid/read").header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("messageId");
    }

    @Test
    void refusesForgedUnsubscribeTokensAndBadPreferences() {
        String gil = fixtures.subscriber("gil");

        client.post().uri("/api/v1/unsubscribe?token={token}", "MXwxfEVNQUlMfE1BUktFVElOR3xzdWI.c2lnbmF0dXJl")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.parameter").isEqualTo("token")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("signature does not match"));
        client.put().uri("/api/v1/me/notification-preferences")
                .header(HttpHeaders.AUTHORIZATION, bearer(gil, Role.SUBSCRIBER))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"preferences\": [{\"channel\": \"EMAIL\", \"purpose\": \"MARKETING\"},"
                        + " {\"channel\": \"SMS\", \"purpose\": \"SERVICE\", \"optedIn\": true}]}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("preferences[1].channel");
        client.put().uri("/api/v1/me/notification-preferences")
                .header(HttpHeaders.AUTHORIZATION, bearer(gil, Role.SUBSCRIBER))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"preferences\": [{\"channel\": \"EMAIL\", \"purpose\": \"MARKETING\"}]}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("preferences[0].optedIn");
        assertThat(jdbc.sql("SELECT count(*) FROM notification_preference_history WHERE subscriber_id = :id")
                .param("id", gil).query(Long.class).single()).isZero();
    }

    @Test
    void keepsEachRouteToItsRoles() {
        String subscriber = bearer(fixtures.subscriber("hal"), Role.SUBSCRIBER);
        String marketer = bearer("marketer-1", Role.MARKETER);

        client.get().uri("/api/v1/me/inbox").header(HttpHeaders.AUTHORIZATION, marketer).exchange()
                .expectStatus().isForbidden();
        client.get().uri("/api/v1/me/notification-preferences").header(HttpHeaders.AUTHORIZATION, marketer)
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/notifications").header(HttpHeaders.AUTHORIZATION, subscriber).exchange()
                .expectStatus().isForbidden();
        client.get().uri("/api/v1/notifications?cause=winter-tyres").header(HttpHeaders.AUTHORIZATION, marketer)
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("cause");
        client.get().uri("/api/v1/me/inbox").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/v1/unsubscribe").exchange().expectStatus().isBadRequest();
    }

    @Test
    void describesTheOperationsInOpenApi() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/me/inbox'].get.summary").exists()
                .jsonPath("$.paths['/api/v1/me/inbox/{messageId}/read'].post.responses['404']").exists()
                .jsonPath("$.paths['/api/v1/me/notification-preferences'].put.responses['400']").exists()
                .jsonPath("$.paths['/api/v1/unsubscribe'].post.security").isEmpty()
                .jsonPath("$.paths['/api/v1/webhooks'].post.responses['201']").exists()
                .jsonPath("$.paths['/api/v1/webhooks/{webhookId}'].delete.responses['404']").exists()
                .jsonPath("$.paths['/api/v1/notifications'].get.parameters[?(@.name == 'cause')]").exists()
                .jsonPath("$.components.schemas.NotificationRecord.example.cause.kind").isEqualTo("CAMPAIGN")
                .jsonPath("$.components.schemas.WebhookEndpoint.example.events[0]").isEqualTo("LEAD");
    }

    MimeMessage awaitMail(String subscriberId, UUID notificationId) {
        return await().atMost(PATIENCE).until(() -> mailsTo(subscriberId).stream()
                .filter(m -> notificationId.toString().equals(header(m, EmailChannel.NOTIFICATION_HEADER)))
                .findFirst().orElse(null), Objects::nonNull);
    }

    static List<MimeMessage> mailsTo(String subscriberId) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> header(m, "To") != null && header(m, "To").contains(subscriberId + "@example.com"))
                .toList();
    }

    static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the first transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
