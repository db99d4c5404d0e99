package dev.pitwall.api.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.booking.Subscribers.Subscriber;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The acceptance test, "200 concurrent booking requests for 20 slots: exactly 20 bookings, no slot
 * double-booked", and the Idempotency-Key under concurrency: the whole application on a random port over
 * PostgreSQL, requests released together from a thread pool.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BookingTestApplication.FixedClock.class)
class BookingConcurrencyIT {

    /** ws-race is open on Mondays 08:00-18:00 Berlin time: 20 brake inspections of 30 minutes. */
    static final String RACE_MONDAY = "2026-03-09";
    static final int SLOTS = 20;
    static final int SUBSCRIBERS = 10;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        BookingTestApplication.register(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    DevelopmentTokens tokens;

    @LocalServerPort
    int port;

    BookingHttp http;
    Subscribers subscribers;
    final ExecutorService racers = Executors.newFixedThreadPool(SLOTS * SUBSCRIBERS);

    @BeforeEach
    void setUp() {
        http = new BookingHttp(port, tokens);
        subscribers = new Subscribers(jdbc);
    }

    @AfterEach
    void stopRacers() {
        racers.shutdownNow();
    }

    @Test
    void twoHundredConcurrentRequestsForTwentySlotsBookExactlyTwentyAndNoSlotTwice() throws Exception {
        String operator = http.token("ops", Role.OPERATOR);
        assertThat(http.put("/api/v1/workshops/ws-race/capacity", operator, "{\"bays\": 1, \"courtesyCars\": 0}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> offered = http.get("/api/v1/workshops/ws-race/slots?service=BRAKE_INSPECTION&from="
                + RACE_MONDAY + "&days=1", operator);
        List<String> starts = JsonPath.read(offered.body(), "$.slots[*].startsAt");
        assertThat(starts).as(offered.body()).hasSize(SLOTS).doesNotHaveDuplicates();

        // every subscriber asks for every slot, each request with a key of its own: 10 contenders per slot
        List<Supplier<HttpResponse<String>>> requests = new ArrayList<>();
        for (int s = 0; s < SUBSCRIBERS; s++) {
            Subscriber subscriber = subscribers.subscribe();
            String token = http.token(subscriber.subject(), Role.SUBSCRIBER);
            for (String start : starts) {
                String body = BookingHttp.booking(subscriber.vin(), "ws-race", "BRAKE_INSPECTION", start, null);
                requests.add(() -> http.book(token, body));
            }
        }
        List<HttpResponse<String>> responses = ConcurrentRequests.releaseTogether(requests, racers);

        Map<Integer, Long> byStatus = responses.stream()
                .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
        assertThat(byStatus).as(byStatus.toString()).containsOnlyKeys(201, 409)
                .containsEntry(201, (long) SLOTS).containsEntry(409, (long) (SLOTS * SUBSCRIBERS - SLOTS));
        assertThat(responses.stream().filter(r -> r.statusCode() == 409)
                .map(r -> JsonPath.<String>read(r.body(), "$.title"))).containsOnly("Slot taken");
        List<String> booked = responses.stream().filter(r -> r.statusCode() == 201)
                .map(r -> JsonPath.<String>read(r.body(), "$.startsAt")).sorted().toList();
        assertThat(booked).containsExactlyElementsOf(starts.stream().sorted().toList());

        assertThat(jdbc.sql("SELECT count(*) FROM booking WHERE workshop_id = 'ws-race' AND status <> 'CANCELLED'")
                .query(Long.class).single()).isEqualTo(SLOTS);
        assertThat(jdbc.sql("""
                SELECT count(*) FROM booking a JOIN booking b
                  ON a.workshop_id = b.workshop_id AND a.booking_id < b.booking_id
                 AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)
                WHERE a.workshop_id = 'ws-race' AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'""")
                .query(Long.class).single()).as("overlapping pairs").isZero();
        // only the successful requests keep their key; the 180 refused ones may be retried with theirs
        assertThat(jdbc.sql("SELECT count(*) FROM idempotent_request").query(Long.class).single())
                .isEqualTo(SLOTS);
        assertThat(JsonPath.<List<?>>read(http.get("/api/v1/workshops/ws-race/slots?service=BRAKE_INSPECTION&from="
                + RACE_MONDAY + "&days=1", operator).body(), "$.slots")).isEmpty();
    }

    /**
     * The same key and body twice at once: the first request takes the key and then waits for the workshop's
     * courtesy-car lock, which the test holds; the second waits for the first's key. Once both wait, the test lets
     * go: one booking, and the second answer is the first one's, byte for byte.
     */
    @Test
    void theSameKeySentTwiceConcurrentlyBooksOnceAndAnswersBothIdentically() throws Exception {
        String operator = http.token("ops", Role.OPERATOR);
        http.put("/api/v1/workshops/ws-main/capacity", operator, "{\"bays\": 3, \"courtesyCars\": 1}");
        Subscriber subscriber = subscribers.subscribe();
        String token = http.token(subscriber.subject(), Role.SUBSCRIBER);
        String key = UUID.randomUUID().toString();
        String body = BookingHttp.booking(subscriber.vin(), "ws-main", "OIL_SERVICE", "2026-03-10T08:00:00Z",
                "\"courtesyCar\": true");
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();

        try (Connection lock = dataSource.getConnection(); Statement s = lock.createStatement()) {
            s.execute("SELECT pg_advisory_lock(hashtextextended('booking.courtesy-cars/ws-main', 0))");
            for (int i = 0; i < 2; i++) {
                answers.add(CompletableFuture.supplyAsync(() -> http.book(token, key, body), racers));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> sessionsWaitingForLocks() == 2);
            s.execute("SELECT pg_advisory_unlock(hashtextextended('booking.courtesy-cars/ws-main', 0))");
        }

        HttpResponse<String> one = answers.get(0).get();
        HttpResponse<String> two = answers.get(1).get();
        assertThat(one.statusCode()).as(one.body()).isEqualTo(201);
        assertThat(two.statusCode()).isEqualTo(201);
        assertThat(two.body()).isEqualTo(one.body());
        assertThat(two.headers().firstValue("Location")).isEqualTo(one.headers().firstValue("Location")).isPresent();
        assertThat(List.of(one, two)).filteredOn(r -> r.headers().firstValue("Idempotent-Replayed").isPresent())
                .hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM booking WHERE vin = :vin").param("vin", subscriber.vin())
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * A bay taken between reading the calendar and writing the booking: the test holds an uncommitted booking of
     * bay 1, which the request cannot see but its insert waits for; once the test commits, the insert fails with
     * the exclusion constraint's 23P01 and the request takes bay 2 instead.
     */
    @Test
    void aBayTakenWhileBookingIsAnsweredWithTheNextFreeBay() throws Exception {
        String operator = http.token("ops", Role.OPERATOR);
        http.put("/api/v1/workshops/ws-race/capacity", operator, "{\"bays\": 2, \"courtesyCars\": 0}");
        Subscriber subscriber = subscribers.subscribe();
        String token = http.token(subscriber.subject(), Role.SUBSCRIBER);
        String start = "2026-03-16T07:00:00Z";
        CompletableFuture<HttpResponse<String>> answer;

        try (Connection walkIn = dataSource.getConnection(); Statement s = walkIn.createStatement()) {
            walkIn.setAutoCommit(false);
            s.execute("INSERT INTO booking (booking_id, subscriber_id, vin, workshop_id, bay, service_types, "
                    + "starts_at, ends_at, status, created_by) VALUES (gen_random_uuid(), 'walk-in', "
                    + "'WVWZZZCDZLW999999', 'ws-race', 1, '{BRAKE_INSPECTION}', '" + start + "', "
                    + "timestamptz '" + start + "' + interval '30 minutes', 'BOOKED', 'workshop')");
            String body = BookingHttp.booking(subscriber.vin(), "ws-race", "BRAKE_INSPECTION", start, null);
            answer = CompletableFuture.supplyAsync(() -> http.book(token, body), racers);
            await().atMost(Duration.ofSeconds(30)).until(() -> sessionsWaitingForLocks() == 1);
            walkIn.commit();
        }

        HttpResponse<String> response = answer.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(JsonPath.<Integer>read(response.body(), "$.bay")).isEqualTo(2);
        Subscriber other = subscribers.subscribe();
        HttpResponse<String> late = http.book(http.token(other.subject(), Role.SUBSCRIBER),
                BookingHttp.booking(other.vin(), "ws-race", "BRAKE_INSPECTION", start, null));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(JsonPath.<String>read(late.body(), "$.title")).isEqualTo("Slot taken");
    }

    /** Sessions of this database waiting for a lock (a row's key or an advisory lock); tests run one at a time. */
    private int sessionsWaitingForLocks() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock'").query(Integer.class).single();
    }
}
