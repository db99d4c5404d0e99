package dev.pitwall.api.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.SettableClock;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.infra.TestDatabases;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * From an open lead to a booking on real components: the whole application over PostgreSQL, GreenMail as the SMTP
 * server, the lead written as the stream writes it. A prompt e-mail with the deep link arrives, the subscriber opens
 * the pre-filled booking and books with an idempotency key sent twice, and the funnel counts every step.
 */
@Import(SettableClock.Config.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pitwall.prompts.enabled=false", "pitwall.campaigns.enabled=false",
            "pitwall.renewals.enabled=false"})
@AutoConfigureRestTestClient
class PromptApplicationIT {

    static final String SECRET = "service-prompts-end-to-end-secret-of-32-bytes";
    static final ZoneId MUNICH = ZoneId.of("Europe/Berlin");
    /**
     * Tomorrow, so that the application's clock is ahead of the database's: the notification dispatcher compares
     * the rows' real creation times with it.
     */
    static final LocalDate DAY = LocalDate.now(MUNICH).plusDays(1);
    static final Instant MORNING = at(DAY, 9, 0);
    static final AtomicInteger VEHICLES = new AtomicInteger();

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
        registry.add("pitwall.notifications.public-base-url", () -> "http://pitwall.test");
        registry.add("pitwall.notifications.unsubscribe.secret", () -> "unsubscribe-links-secret-of-at-least-32-bytes");
        registry.add("pitwall.notifications.poll-interval", () -> "50ms");
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(hour, minute), MUNICH).toInstant();
    }

    @Autowired
    RestTestClient client;

    @Autowired
    SettableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevelopmentTokens tokens;

    @Autowired
    PromptRunner prompts;

    @Test
    void anOpenLeadBecomesAPromptEmailAPreFilledBookingAndAFunnel() throws Exception {
        clock.set(MORNING);
        String alice = subscriber("alice");
        String vin = vehicleOf(alice);
        UUID lead = lead(vin, "HIGH");

        PromptRunner.Round round = prompts.runOnce();
        prompts.runOnce(); // a second round, or a second instance, prompts nobody twice

        assertThat(round.prompted()).isGreaterThanOrEqualTo(1);
        String deepLink = "https://portal.pitwall.dev/bookings/new?lead=" + lead + "&vin=" + vin
                + "&service=OIL_SERVICE&workshop=ws-001";
        MimeMessage email = await().atMost(Duration.ofSeconds(60)).until(() -> emailTo(alice + "@example.com"),
                m -> m != null);
        assertThat(email.getSubject()).isEqualTo("oil and filter change due for your vehicle " + vin);
        assertThat(GreenMailUtil.getBody(email).replace("=\r\n", "").replace("=3D", "=")).contains(deepLink);
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE cause_kind = 'LEAD' AND cause_id = :lead")
                .param("lead", lead.toString()).query(Long.class).single()).isEqualTo(2); // e-mail and in-app
        assertThat(leadStatus(lead)).isEqualTo("CONTACTED");
        String inbox = get("/api/v1/me/inbox", alice, Role.SUBSCRIBER).getResponseBody();
        assertThat(JsonPath.<List<String>>read(inbox, "$.items[*].deepLink")).contains(deepLink);

        String draft = get("/api/v1/leads/" + lead + "/booking-draft", alice, Role.SUBSCRIBER).getResponseBody();
        assertThat(JsonPath.<List<String>>read(draft, "$.serviceTypes")).containsExactly("OIL_SERVICE");
        assertThat(JsonPath.<String>read(draft, "$.workshops[0].poiId")).isEqualTo("ws-001");
        assertThat(get("/api/v1/leads/" + lead + "/booking-draft", subscriber("mallory"), Role.SUBSCRIBER)
                .getStatus().value()).isEqualTo(404);

        String slots = get("/api/v1/workshops/ws-001/slots?service=OIL_SERVICE", alice, Role.SUBSCRIBER)
                .getResponseBody();
        String startsAt = JsonPath.read(slots, "$.slots[0].startsAt");
        String body = """
                {"vin": "%s", "workshopId": "ws-001", "serviceTypes": ["OIL_SERVICE"], "startsAt": "%s",
                 "leadId": "%s"}""".formatted(vin, startsAt, lead);
        EntityExchangeResult<String> first = book(alice, "prompt-" + lead, body);
        EntityExchangeResult<String> again = book(alice, "prompt-" + lead, body);

        assertThat(first.getStatus().value()).isEqualTo(201);
        assertThat(again.getStatus().value()).isEqualTo(201);
        assertThat(again.getResponseBody()).isEqualTo(first.getResponseBody());
        assertThat(jdbc.sql("SELECT count(*) FROM booking WHERE lead_id = :lead").param("lead", lead)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(leadStatus(lead)).isEqualTo("BOOKED");

        String funnel = get("/api/v1/prompts/funnel?from=" + MORNING.minus(Duration.ofDays(1)) + "&to="
                + MORNING.plus(Duration.ofDays(1)), "maria", Role.MARKETER).getResponseBody();
        long prompted = jdbc.sql("SELECT count(*) FROM service_prompt WHERE status = 'PROMPTED'")
                .query(Long.class).single();
        assertThat(JsonPath.<Integer>read(funnel, "$.prompted")).isEqualTo((int) prompted);
        assertThat(JsonPath.<Integer>read(funnel, "$.opened")).isGreaterThanOrEqualTo(1);
        assertThat(JsonPath.<Integer>read(funnel, "$.booked")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(funnel, "$.completed")).isZero();
    }

    @Test
    void aNightlyLeadWaitsForTheMorningUnlessItIsUrgent() {
        clock.set(at(DAY, 22, 30));
        UUID routine = lead(vehicleOf(subscriber("night-owl")), "MEDIUM");
        UUID urgent = lead(vehicleOf(subscriber("early-bird")), "URGENT");

        prompts.runOnce();

        assertThat(promptStatus(routine)).isEqualTo("PLANNED");
        assertThat(jdbc.sql("SELECT due_at FROM service_prompt WHERE lead_id = :lead").param("lead", routine)
                .query(java.sql.Timestamp.class).single().toInstant())
                .isEqualTo(at(DAY.plusDays(1), 8, 0));
        assertThat(promptStatus(urgent)).isEqualTo("PROMPTED");

        clock.set(at(DAY.plusDays(1), 8, 0));
        prompts.runOnce();
        assertThat(promptStatus(routine)).isEqualTo("PROMPTED");
    }

    @Test
    void aLeadClosedBeforeItsPromptIsDueIsNotPrompted() {
        clock.set(at(DAY, 23, 0));
        UUID lead = lead(vehicleOf(subscriber("closer")), "LOW");
        prompts.runOnce();
        jdbc.sql("UPDATE service_lead SET status = 'CLOSED', closed_at = now(), close_reason = 'RESOLVED'"
                + " WHERE lead_id = :lead").param("lead", lead).update();

        clock.set(at(DAY.plusDays(1), 10, 0));
        prompts.runOnce();

        assertThat(promptStatus(lead)).isEqualTo("SKIPPED");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE cause_id = :lead").param("lead", lead.toString())
                .query(Long.class).single()).isZero();
    }

    private String subscriber(String name) {
        String id = name + "-" + VEHICLES.incrementAndGet();
        jdbc.sql("INSERT INTO subscriber (subscriber_id, display_name, email) VALUES (:id, :name, :email)")
                .param("id", id).param("name", name).param("email", id + "@example.com").update();
        return id;
    }

    private String vehicleOf(String subscriber) {
        String vin = String.format(Locale.ROOT, "WVWZZZCDZNW7%05d", VEHICLES.incrementAndGet());
        jdbc.sql("""
                        INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status)
                        VALUES (:id, :subscriber, :vin, 'comfort-24', DATE '2025-01-01', CURRENT_DATE + 400, 'ACTIVE')""")
                .param("id", UUID.randomUUID()).param("subscriber", subscriber).param("vin", vin).update();
        return vin;
    }

    private UUID lead(String vin, String priority) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO service_lead (lead_id, vin, reason, subject, priority, status, suggested_service,
                            evidence, workshops, opened_at, updated_at)
                        VALUES (:id, :vin, 'SERVICE_DUE', 'OIL_SERVICE', :priority, 'OPEN', 'OIL_SERVICE',
                            'oil service due at 30,000 km, now 29,650 km',
                            '[{"poiId": "ws-001", "name": "Meisterwerk Kfz Schwabing", "brand": "Meisterwerk",
                               "distanceKm": 1.8}]', now(), now())""")
                .param("id", id).param("vin", vin).param("priority", priority).update();
        return id;
    }

    private String leadStatus(UUID lead) {
        return jdbc.sql("SELECT status FROM service_lead WHERE lead_id = :lead").param("lead", lead)
                .query(String.class).single();
    }

    private String promptStatus(UUID lead) {
        return jdbc.sql("SELECT status FROM service_prompt WHERE lead_id = :lead").param("lead", lead)
                .query(String.class).single();
    }

    private EntityExchangeResult<String> get(String path, String subject, Role role) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, bearer(subject, role)).exchange()
                .returnResult(String.class);
    }

    private EntityExchangeResult<String> book(String subscriber, String key, String body) {
        return client.post().uri("/api/v1/bookings").header(HttpHeaders.AUTHORIZATION, bearer(subscriber,
                        Role.SUBSCRIBER)).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .body(body).exchange().returnResult(String.class);
    }

    private static MimeMessage emailTo(String address) throws Exception {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(to -> ((InternetAddress) to).getAddress().equals(address))) {
                return message;
            }
        }
        return null;
    }

    private String bearer(String subject, Role role) {
        return "Bearer " + tokens.issue(subject, Duration.ofMinutes(10), role);
    }
}
