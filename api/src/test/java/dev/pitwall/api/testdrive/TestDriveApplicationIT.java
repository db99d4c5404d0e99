package dev.pitwall.api.testdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.SettableClock;
import dev.pitwall.api.booking.BookingHttp;
import dev.pitwall.api.booking.ConcurrentRequests;
import dev.pitwall.api.booking.Subscribers;
import dev.pitwall.api.booking.Subscribers.Subscriber;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.infra.TestDatabases;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Test drives at dealers on real components: the whole application on a random port over PostgreSQL, the invented
 * dealers of {@code testdrive/test-dealers.json} around a vehicle parked in Munich, the built-in sample model catalog
 * (vw-cityline-e is a Volkswagen, bmw-tourer-e a BMW), GreenMail as the SMTP server, and the API's clock set by each
 * test (tokens keep the real one).
 */
@Import(SettableClock.Config.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TestDriveApplicationIT {

    static final String SECRET = "test-drive-end-to-end-secret-of-32-bytes";
    /** A Wednesday, 11:00 in Munich: the first start is 13:00 (lead time 2h), after vw-near has closed. */
    static final Instant WEDNESDAY = Instant.parse("2026-03-04T10:00:00Z");
    /** Thursday 09:00 in Munich: vw-near's first slot. */
    static final String THURSDAY_NINE = "2026-03-05T08:00:00Z";
    static final String VOLKSWAGEN = "vw-cityline-e";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabases.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("pitwall.security.dev-token.secret", () -> SECRET);
        registry.add("pitwall.pois.file", TestDriveApplicationIT::dealersFile);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("pitwall.notifications.public-base-url", () -> "http://pitwall.test");
        registry.add("pitwall.notifications.unsubscribe.secret", () -> "unsubscribe-links-secret-of-at-least-32-bytes");
        registry.add("pitwall.notifications.poll-interval", () -> "50ms");
    }

    private static String dealersFile() {
        try {
            return Path.of(TestDriveApplicationIT.class.getResource("/testdrive/test-dealers.json").toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired
    SettableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevelopmentTokens tokens;

    @LocalServerPort
    int port;

    BookingHttp http;
    Subscribers subscribers;
    final ExecutorService racers = Executors.newFixedThreadPool(10);

    @BeforeEach
    void setUp() {
        clock.set(WEDNESDAY);
        http = new BookingHttp(port, tokens);
        subscribers = new Subscribers(jdbc);
        // every test books on its own model, so that the demo cars of one never hold another's slots
        jdbc.sql("UPDATE test_drive SET status = 'CANCELLED' WHERE status = 'BOOKED'").update();
    }

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    @Test
    void searchesTheNearestDealersOfTheModelsBrandWithinReach() {
        Subscriber alice = parkedInMunich();
        String token = http.token(alice.subject(), Role.SUBSCRIBER);

        HttpResponse<String> found = http.get(slots(alice, VOLKSWAGEN, ""), token);

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(found.body(), "$.brand")).isEqualTo("Volkswagen");
        assertThat(JsonPath.<Integer>read(found.body(), "$.durationMinutes")).isEqualTo(60);
        List<String> dealers = JsonPath.read(found.body(), "$.slots[*].dealerId");
        // Wednesday to Tuesday: vw-near on Thu, Fri, Mon, Tue, 5 one-hour starts each in 09:00-12:00; vw-far on
        // Saturday, 7 in 10:00-14:00. Not the BMW dealer, not the one 300 km away, not the workshop.
        assertThat(dealers.stream().collect(Collectors.groupingBy(d -> d, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("vw-near", 20L, "vw-far", 7L));
        assertThat(dealers.subList(0, 20)).containsOnly("vw-near"); // nearest first
        assertThat(JsonPath.<String>read(found.body(), "$.slots[0].startsAt")).isEqualTo(THURSDAY_NINE);
        assertThat(JsonPath.<String>read(found.body(), "$.slots[0].endsAt")).isEqualTo("2026-03-05T09:00:00Z");
        assertThat(JsonPath.<Double>read(found.body(), "$.slots[0].distanceKm")).isEqualTo(1.11);

        HttpResponse<String> earliest = http.get(slots(alice, VOLKSWAGEN, "&sort=earliest&limit=3"), token);
        assertThat(JsonPath.<List<String>>read(earliest.body(), "$.slots[*].startsAt")).containsExactly(
                THURSDAY_NINE, "2026-03-05T08:30:00Z", "2026-03-05T09:00:00Z");
        HttpResponse<String> bmw = http.get(slots(alice, "bmw-tourer-e", "&days=2"), token);
        assertThat(JsonPath.<List<String>>read(bmw.body(), "$.slots[*].dealerId")).isNotEmpty()
                .containsOnly("bmw-near");
    }

    @Test
    void booksOncePerKeyAndConfirmsByEmailAndInApp() throws Exception {
        Subscriber bob = parkedInMunich();
        String token = http.token(bob.subject(), Role.SUBSCRIBER);
        String key = UUID.randomUUID().toString();
        String body = request(bob, "vw-kombi-tdi", "vw-near", THURSDAY_NINE);

        HttpResponse<String> first = http.send("POST", "/api/v1/test-drives", token, key, body);
        HttpResponse<String> again = http.send("POST", "/api/v1/test-drives", token, key, body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        String id = JsonPath.read(first.body(), "$.testDriveId");
        assertThat(first.headers().firstValue("Location")).contains("/api/v1/test-drives/" + id);
        assertThat(JsonPath.<String>read(first.body(), "$.status")).isEqualTo("BOOKED");
        assertThat(JsonPath.<String>read(first.body(), "$.modelName")).isEqualTo("Volkswagen Kombi TDI");
        assertThat(JsonPath.<String>read(first.body(), "$.dealerName")).isEqualTo("Autohaus Test Mitte");
        assertThat(JsonPath.<String>read(first.body(), "$.subscriberId")).isEqualTo(bob.subject());
        assertThat(jdbc.sql("SELECT count(*) FROM test_drive WHERE vin = :vin").param("vin", bob.vin())
                .query(Long.class).single()).isEqualTo(1);
        // the same key with another body is refused
        HttpResponse<String> other = http.send("POST", "/api/v1/test-drives", token, key,
                request(bob, "vw-kombi-tdi", "vw-near", "2026-03-05T10:00:00Z"));
        assertThat(other.statusCode()).isEqualTo(422);

        // the 09:00-10:00 drive holds the only demo car from 08:30 to 10:30 starts (they overlap it)
        List<String> starts = JsonPath.read(http.get(slots(bob, "vw-kombi-tdi", "&days=2"), token).body(),
                "$.slots[?(@.dealerId == 'vw-near')].startsAt");
        assertThat(starts).containsExactly("2026-03-05T09:00:00Z", "2026-03-05T09:30:00Z", "2026-03-05T10:00:00Z");

        MimeMessage email = await().atMost(Duration.ofSeconds(60)).until(() -> emailTo(bob), m -> m != null);
        assertThat(email.getSubject()).isEqualTo(
                "Your test drive of the Volkswagen Kombi TDI on Thursday 5 March 2026 at 09:00");
        assertThat(GreenMailUtil.getBody(email).replace("=\r\n", ""))
                .contains("Autohaus Test Mitte").contains("https://portal.pitwall.dev/test-drives/" + id);
        String inbox = http.get("/api/v1/me/inbox", token).body();
        assertThat(JsonPath.<List<String>>read(inbox, "$.items[*].subject"))
                .contains("Your test drive of the Volkswagen Kombi TDI on Thursday 5 March 2026 at 09:00");
        assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE cause_kind = 'BOOKING' AND cause_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void tenSubscribersRacingForTheLastDemoCarBookItOnce() throws Exception {
        List<HttpResponse<String>> answers = race(10, "vw-cityline-hybrid", "2026-03-06T08:00:00Z");

        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).as(byStatus.toString()).containsExactlyInAnyOrderEntriesOf(Map.of(201, 1L, 409, 9L));
        assertThat(answers.stream().filter(r -> r.statusCode() == 409)
                .map(r -> JsonPath.<String>read(r.body(), "$.title"))).containsOnly("Slot taken");
        assertThat(jdbc.sql("SELECT count(*) FROM test_drive WHERE model_id = 'vw-cityline-hybrid' "
                + "AND status = 'BOOKED'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDriverIsNeverOnTwoTestDrivesAtOnce() {
        Subscriber carol = parkedInMunich();
        String token = http.token(carol.subject(), Role.SUBSCRIBER);
        assertThat(book(token, request(carol, VOLKSWAGEN, "vw-near", "2026-03-09T08:00:00Z")))
                .satisfies(r -> assertThat(r.statusCode()).as(r.body()).isEqualTo(201));

        HttpResponse<String> overlapping = http.send("POST", "/api/v1/test-drives", token,
                UUID.randomUUID().toString(), request(carol, "bmw-tourer-e", "bmw-near", "2026-03-09T08:30:00Z"));

        assertThat(overlapping.statusCode()).as(overlapping.body()).isEqualTo(409);
        assertThat(JsonPath.<String>read(overlapping.body(), "$.title")).isEqualTo("Already on a test drive");
        assertThat(http.send("POST", "/api/v1/test-drives", token, UUID.randomUUID().toString(),
                request(carol, "bmw-tourer-e", "bmw-near", "2026-03-09T09:00:00Z")).statusCode()).isEqualTo(201);
    }

    @Test
    void namesEveryBadFieldAndWhatItExpects() {
        Subscriber dave = parkedInMunich();
        String token = http.token(dave.subject(), Role.SUBSCRIBER);

        HttpResponse<String> empty = http.send("POST", "/api/v1/test-drives", token, UUID.randomUUID().toString(),
                "{\"vin\": \"nope\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(empty.body(), "$.errors[*].parameter"))
                .containsExactly("vin", "modelId", "dealerId", "startsAt");

        HttpResponse<String> otherBrand = book(token, request(dave, VOLKSWAGEN, "bmw-near", THURSDAY_NINE));
        assertThat(otherBrand.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(otherBrand.body(), "$.parameter")).isEqualTo("dealerId");
        assertThat(JsonPath.<String>read(otherBrand.body(), "$.expected")).contains("Volkswagen");

        HttpResponse<String> workshop = book(token, request(dave, VOLKSWAGEN, "ws-plain", THURSDAY_NINE));
        assertThat(JsonPath.<String>read(workshop.body(), "$.parameter")).isEqualTo("dealerId");

        HttpResponse<String> offGrid = book(token, request(dave, VOLKSWAGEN, "vw-near", "2026-03-05T08:10:00Z"));
        assertThat(offGrid.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(offGrid.body(), "$.parameter")).isEqualTo("startsAt");

        HttpResponse<String> tooSoon = book(token, request(dave, VOLKSWAGEN, "vw-far", "2026-03-04T11:00:00Z"));
        assertThat(JsonPath.<String>read(tooSoon.body(), "$.parameter")).isEqualTo("startsAt");

        HttpResponse<String> unknownModel = http.get(slots(dave, "golf", ""), token);
        assertThat(unknownModel.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(unknownModel.body(), "$.parameter")).isEqualTo("model");
        assertThat(JsonPath.<String>read(unknownModel.body(), "$.expected")).contains(VOLKSWAGEN);

        HttpResponse<String> badOutcome = http.post("/api/v1/test-drives/" + UUID.randomUUID() + "/outcome",
                http.token("advisor", Role.SERVICE_ADVISOR), "{\"outcome\": \"BOOKED\"}");
        assertThat(badOutcome.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(badOutcome.body(), "$.expected")).isEqualTo("COMPLETED or NO_SHOW");
    }

    @Test
    void anotherSubscriberSeesNothingOfItAndAVehicleWithoutPositionHasNoDealers() {
        Subscriber erin = parkedInMunich();
        Subscriber frank = parkedInMunich();
        String erinsToken = http.token(erin.subject(), Role.SUBSCRIBER);
        String franksToken = http.token(frank.subject(), Role.SUBSCRIBER);
        String id = JsonPath.read(book(erinsToken, request(erin, "vw-cityline-e", "vw-near",
                "2026-03-10T08:00:00Z")).body(), "$.testDriveId");

        assertThat(http.get("/api/v1/test-drives/" + id, franksToken).statusCode()).isEqualTo(404);
        assertThat(http.post("/api/v1/test-drives/" + id + "/cancel", franksToken, null).statusCode())
                .isEqualTo(404);
        assertThat(JsonPath.<List<String>>read(http.get("/api/v1/test-drives", franksToken).body(),
                "$.items[*].testDriveId")).doesNotContain(id);
        assertThat(http.get(slots(erin, VOLKSWAGEN, ""), franksToken).statusCode()).isEqualTo(404);
        assertThat(book(franksToken, request(erin, VOLKSWAGEN, "vw-near", THURSDAY_NINE)).statusCode())
                .isEqualTo(404);
        assertThat(JsonPath.<List<String>>read(http.get("/api/v1/test-drives?status=booked", erinsToken).body(),
                "$.items[*].testDriveId")).containsExactly(id);
        assertThat(JsonPath.<List<String>>read(http.get("/api/v1/test-drives?dealerId=vw-near",
                http.token("advisor", Role.SERVICE_ADVISOR)).body(), "$.items[*].testDriveId")).contains(id);

        Subscriber nowhere = subscribers.subscribe();
        HttpResponse<String> unknown = http.get(slots(nowhere, VOLKSWAGEN, ""),
                http.token(nowhere.subject(), Role.SUBSCRIBER));
        assertThat(unknown.statusCode()).isEqualTo(409);
        assertThat(JsonPath.<String>read(unknown.body(), "$.title")).isEqualTo("Vehicle position unknown");
    }

    @Test
    void cancellingFreesTheCarAndTheDealerRecordsTheOutcomeOnceItStarted() {
        Subscriber gina = parkedInMunich();
        String token = http.token(gina.subject(), Role.SUBSCRIBER);
        String advisor = http.token("advisor", Role.SERVICE_ADVISOR);
        String start = "2026-03-05T10:00:00Z";
        String id = JsonPath.read(book(token, request(gina, "vw-cityline-e", "vw-near", start)).body(),
                "$.testDriveId");

        HttpResponse<String> cancel = http.post("/api/v1/test-drives/" + id + "/cancel", token, null);
        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(cancel.body(), "$.status")).isEqualTo("CANCELLED");
        assertThat(JsonPath.<String>read(cancel.body(), "$.changedBy")).isEqualTo(gina.subject());
        assertThat(http.post("/api/v1/test-drives/" + id + "/cancel", token, null).body()).isEqualTo(cancel.body());
        assertThat(JsonPath.<List<String>>read(http.get(slots(gina, "vw-cityline-e", "&days=2"), token).body(),
                "$.slots[*].startsAt")).contains(start);

        String again = JsonPath.read(book(token, request(gina, "vw-cityline-e", "vw-near", start)).body(),
                "$.testDriveId");
        HttpResponse<String> early = http.post("/api/v1/test-drives/" + again + "/outcome", advisor,
                "{\"outcome\": \"COMPLETED\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(JsonPath.<String>read(early.body(), "$.title")).isEqualTo("Test drive not started");
        assertThat(http.post("/api/v1/test-drives/" + again + "/outcome", token, "{\"outcome\": \"COMPLETED\"}")
                .statusCode()).as("a subscriber records no outcome").isEqualTo(403);

        clock.set(Instant.parse(start).plus(Duration.ofMinutes(70)));
        assertThat(http.post("/api/v1/test-drives/" + again + "/cancel", token, null).statusCode())
                .as("too late to cancel").isEqualTo(409);
        HttpResponse<String> completed = http.post("/api/v1/test-drives/" + again + "/outcome", advisor,
                "{\"outcome\": \"completed\"}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(completed.body(), "$.status")).isEqualTo("COMPLETED");
        assertThat(JsonPath.<Integer>read(completed.body(), "$.version")).isEqualTo(1);
        assertThat(http.post("/api/v1/test-drives/" + again + "/outcome", advisor, "{\"outcome\": \"COMPLETED\"}")
                .body()).isEqualTo(completed.body());
        HttpResponse<String> changed = http.post("/api/v1/test-drives/" + again + "/outcome", advisor,
                "{\"outcome\": \"NO_SHOW\"}");
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(JsonPath.<String>read(changed.body(), "$.currentStatus")).isEqualTo("COMPLETED");
        assertThat(jdbc.sql("SELECT count(*) FROM service_record WHERE vin = :vin").param("vin", gina.vin())
                .query(Long.class).single()).as("a test drive is no service").isZero();
    }

    /** {@code racerCount} subscribers ask for the same slot at once, each with a key of their own. */
    private List<HttpResponse<String>> race(int racerCount, String model, String start) throws Exception {
        List<Supplier<HttpResponse<String>>> requests = new ArrayList<>();
        for (int i = 0; i < racerCount; i++) {
            Subscriber racer = parkedInMunich();
            String token = http.token(racer.subject(), Role.SUBSCRIBER);
            String body = request(racer, model, "vw-near", start);
            requests.add(() -> book(token, body));
        }
        return ConcurrentRequests.releaseTogether(requests, racers);
    }

    /** A subscriber whose vehicle last reported from central Munich, 1.1 km south of vw-near. */
    private Subscriber parkedInMunich() {
        Subscriber subscriber = subscribers.subscribe();
        jdbc.sql("""
                INSERT INTO vehicle_state (vin, last_seq, last_event_time, odometer_km, engine_hours, health_score,
                    health_band, latitude, longitude)
                VALUES (:vin, 1, :t, 52000.0, 1500.0, 80, 'GOOD', 48.137, 11.575)""")
                .param("vin", subscriber.vin()).param("t", WEDNESDAY.minusSeconds(600).atOffset(ZoneOffset.UTC))
                .update();
        return subscriber;
    }

    /** POST /api/v1/test-drives with a fresh key. */
    private HttpResponse<String> book(String token, String body) {
        return http.send("POST", "/api/v1/test-drives", token, UUID.randomUUID().toString(), body);
    }

    private static String slots(Subscriber subscriber, String model, String extra) {
        return "/api/v1/vehicles/" + subscriber.vin() + "/test-drive-slots?model=" + model + extra;
    }

    private static String request(Subscriber subscriber, String model, String dealer, String startsAt) {
        return "{\"vin\": \"" + subscriber.vin() + "\", \"modelId\": \"" + model + "\", \"dealerId\": \"" + dealer
                + "\", \"startsAt\": \"" + startsAt + "\"}";
    }

    private MimeMessage emailTo(Subscriber subscriber) throws Exception {
        String address = subscriber.subject().replace("sub-", "sub") + "@example.com";
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients()).anyMatch(r -> ((InternetAddress) r).getAddress().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst().orElse(null);
    }
}
