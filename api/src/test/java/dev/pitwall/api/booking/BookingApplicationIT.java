package dev.pitwall.api.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import dev.pitwall.api.booking.Subscribers.Subscriber;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Maintenance booking end to end: the whole application on a random port over PostgreSQL, the test workshops
 * (ws-main: Mon-Fri 08:00-12:00 and 13:00-17:00 Berlin time, UTC+1 in March) and a clock fixed on Wednesday
 * 2026-03-04 11:00 local. Each test books on days of its own, so that they do not see each other's bookings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BookingTestApplication.FixedClock.class)
class BookingApplicationIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        BookingTestApplication.register(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevelopmentTokens tokens;

    @Autowired
    VisitReminders reminders;

    @LocalServerPort
    int port;

    BookingHttp http;
    Subscribers subscribers;
    String operator;
    String advisor;

    @BeforeEach
    void setUp() {
        http = new BookingHttp(port, tokens);
        subscribers = new Subscribers(jdbc);
        operator = http.token("ops-1", Role.OPERATOR);
        advisor = http.token("advisor-1", Role.SERVICE_ADVISOR);
        assertThat(http.put("/api/v1/workshops/ws-main/capacity", operator, "{\"bays\": 3, \"courtesyCars\": 1}")
                .statusCode()).isEqualTo(200);
    }

    static <T> T read(HttpResponse<String> response, String path) {
        try {
            return JsonPath.read(response.body(), path);
        } catch (PathNotFoundException e) {
            throw new AssertionError("no " + path + " in the " + response.statusCode() + " answer to "
                    + response.request().method() + " " + response.request().uri() + ": " + response.body(), e);
        }
    }

    static String oil(String vin, String startsAt) {
        return BookingHttp.booking(vin, "ws-main", "OIL_SERVICE", startsAt, null);
    }

    @Test
    void booksASlotAndAnswersARepeatOfTheKeyWithTheFirstResponse() {
        Subscriber subscriber = subscribers.subscribe();
        String token = http.token(subscriber.subject(), Role.SUBSCRIBER);
        String key = UUID.randomUUID().toString();
        String body = BookingHttp.booking(subscriber.vin(), "ws-main", "OIL_SERVICE", "2026-03-05T07:00:00Z",
                "\"pickupAndDelivery\": true, \"pickupAddress\": \"Leopoldstr. 12, 80802 München\"");

        HttpResponse<String> first = http.book(token, key, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String bookingId = read(first, "$.bookingId");
        assertThat(first.headers().firstValue("Location")).contains("/api/v1/bookings/" + bookingId);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(read(first, "$").toString()).contains("subscriberId=" + subscriber.subject(), "bay=1",
                "status=BOOKED", "endsAt=2026-03-05T08:00:00Z", "pickupAndDelivery=true", "courtesyCar=false",
                "createdBy=" + subscriber.subject(), "version=0");

        // the same request with other spacing and field order is the same request
        String reordered = "{ \"startsAt\": \"2026-03-05T07:00:00Z\", \"serviceTypes\": [\"OIL_SERVICE\"],"
                + " \"workshopId\": \"ws-main\", \"vin\": \"" + subscriber.vin() + "\", \"pickupAndDelivery\": true,"
                + " \"pickupAddress\": \"Leopoldstr. 12, 80802 München\" }";
        HttpResponse<String> repeat = http.book(token, key, reordered);
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(repeat.headers().firstValue("Idempotent-Replayed")).contains("true");
        // the subscriber is told once, by e-mail and in the app, in the workshop's local time, with a link to it
        SentVisitMessages sent = new SentVisitMessages(jdbc);
        assertThat(sent.templates(bookingId, "IN_APP")).containsExactly("visit-booked");
        assertThat(sent.of(bookingId, "EMAIL")).singleElement().satisfies(email -> {
            assertThat(email.causeId()).isEqualTo(bookingId + "/booked");
            assertThat(email.subject())
                    .isEqualTo("Your visit to Testwerk Mitte on Thursday 5 March 2026 at 08:00 is booked");
            assertThat(email.body()).contains("for: oil service", "(Europe/Berlin)", "/bookings/" + bookingId);
        });

        HttpResponse<String> otherBody = http.book(token, key, oil(subscriber.vin(), "2026-03-05T08:00:00Z"));
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(read(otherBody, "$.type").toString())
                .isEqualTo("https://pitwall.dev/problems/idempotency-key-reused");
        assertThat(read(otherBody, "$.parameter").toString()).isEqualTo("Idempotency-Key");

        HttpResponse<String> noKey = http.book(token, null, body);
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(read(noKey, "$.parameter").toString()).isEqualTo("Idempotency-Key");

        assertThat(http.get("/api/v1/bookings/" + bookingId, token).body()).isEqualTo(first.body());
        HttpResponse<String> mine = http.get("/api/v1/bookings?vin=" + subscriber.vin(), token);
        assertThat(read(mine, "$.totalItems").toString()).isEqualTo("1");
        HttpResponse<String> slots = http.get("/api/v1/workshops/ws-main/slots?service=OIL_SERVICE&from=2026-03-05"
                + "&days=1&limit=1", token);
        assertThat(read(slots, "$.slots[0].startsAt").toString()).isEqualTo("2026-03-05T07:00:00Z");
        assertThat(read(slots, "$.slots[0].freeBays").toString()).isEqualTo("2");
        assertThat(read(slots, "$.durationMinutes").toString()).isEqualTo("60");
    }

    @Test
    void aRefusedRequestStoresNothingSoItsKeyMayBeRetried() {
        Subscriber subscriber = subscribers.subscribe();
        String token = http.token(subscriber.subject(), Role.SUBSCRIBER);
        HttpResponse<String> atMain = http.book(token, oil(subscriber.vin(), "2026-03-13T07:00:00Z"));
        String key = UUID.randomUUID().toString();
        String atFar = BookingHttp.booking(subscriber.vin(), "ws-far", "OIL_SERVICE", "2026-03-13T07:30:00Z", null);

        HttpResponse<String> busy = http.book(token, key, atFar);
        assertThat(busy.statusCode()).as(busy.body()).isEqualTo(409);
        assertThat(read(busy, "$.title").toString()).isEqualTo("Vehicle already booked");

        HttpResponse<String> cancelled = http.post("/api/v1/bookings/" + read(atMain, "$.bookingId") + "/cancel",
                token, null);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        HttpResponse<String> retried = http.book(token, key, atFar);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(read(retried, "$.workshopId").toString()).isEqualTo("ws-far");
    }

    @Test
    void reschedulesAndCancelsKeepingTheBookingId() {
        Subscriber subscriber = subscribers.subscribe();
        String token = http.token(subscriber.subject(), Role.SUBSCRIBER);
        HttpResponse<String> booked = http.book(token, oil(subscriber.vin(), "2026-03-06T07:00:00Z"));
        String id = read(booked, "$.bookingId");
        String path = "/api/v1/bookings/" + id;

        HttpResponse<String> moved = http.post(path + "/reschedule", token,
                "{\"startsAt\": \"2026-03-09T12:00:00Z\", \"version\": 0}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(read(moved, "$.bookingId").toString()).isEqualTo(id);
        assertThat(read(moved, "$.startsAt").toString()).isEqualTo("2026-03-09T12:00:00Z");
        assertThat(read(moved, "$.endsAt").toString()).isEqualTo("2026-03-09T13:00:00Z");
        assertThat(read(moved, "$.version").toString()).isEqualTo("1");
        assertThat(jdbc.sql("SELECT count(*) FROM booking WHERE vin = :vin AND status <> 'CANCELLED'")
                .param("vin", subscriber.vin()).query(Long.class).single()).isEqualTo(1);
        assertThat(read(http.get("/api/v1/workshops/ws-main/slots?service=OIL_SERVICE&from=2026-03-06&days=1"
                + "&limit=1", token), "$.slots[0].freeBays").toString()).isEqualTo("3");

        HttpResponse<String> repeated = http.post(path + "/reschedule", token,
                "{\"startsAt\": \"2026-03-09T12:00:00Z\", \"version\": 0}");
        assertThat(repeated.statusCode()).isEqualTo(200);
        assertThat(repeated.body()).isEqualTo(moved.body());
        HttpResponse<String> stale = http.post(path + "/reschedule", token,
                "{\"startsAt\": \"2026-03-09T13:00:00Z\", \"version\": 0}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(read(stale, "$.currentVersion").toString()).isEqualTo("1");
        HttpResponse<String> offGrid = http.post(path + "/reschedule", token,
                "{\"startsAt\": \"2026-03-09T12:10:00Z\"}");
        assertThat(offGrid.statusCode()).isEqualTo(400);
        assertThat(read(offGrid, "$.parameter").toString()).isEqualTo("startsAt");

        HttpResponse<String> cancelled = http.post(path + "/cancel", token, null);
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(read(cancelled, "$.status").toString()).isEqualTo("CANCELLED");
        assertThat(read(cancelled, "$.version").toString()).isEqualTo("2");
        HttpResponse<String> again = http.post(path + "/cancel", token, null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(cancelled.body());
        HttpResponse<String> tooLate = http.post(path + "/reschedule", token,
                "{\"startsAt\": \"2026-03-09T13:00:00Z\"}");
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(read(tooLate, "$.currentStatus").toString()).isEqualTo("CANCELLED");
        // each change told once: the repeated reschedule and cancel changed nothing and said nothing
        assertThat(new SentVisitMessages(jdbc).of(id, "EMAIL")).extracting(SentVisitMessages.Message::causeId)
                .containsExactly(id + "/booked", id + "/rescheduled/1", id + "/cancelled");

        assertThat(http.get("/actuator/prometheus", null).body())
                .contains("pitwall_bookings_booked_total", "pitwall_bookings_rescheduled_total",
                        "pitwall_bookings_cancelled_total", "pitwall_bookings_conflicts_total{reason=\"version\"}");
    }

    @Test
    void remindsABookedVisitOnceADayAheadAndAgainWhenItMoves() {
        // the clock stands at 2026-03-04T10:00Z: the reminder lead of 24 h reaches to 2026-03-05T10:00Z
        Subscriber soon = subscribers.subscribe();
        String soonToken = http.token(soon.subject(), Role.SUBSCRIBER);
        String soonId = read(http.book(soonToken, oil(soon.vin(), "2026-03-05T09:00:00Z")), "$.bookingId");
        Subscriber later = subscribers.subscribe();
        String laterId = read(http.book(http.token(later.subject(), Role.SUBSCRIBER),
                oil(later.vin(), "2026-03-06T09:00:00Z")), "$.bookingId");

        reminders.remindDue();
        reminders.remindDue(); // a second round, or a second API instance, finds the reminder already there
        SentVisitMessages sent = new SentVisitMessages(jdbc);
        assertThat(sent.of(soonId, "EMAIL")).extracting(SentVisitMessages.Message::causeId)
                .containsExactly(soonId + "/booked", soonId + "/reminder/0");
        assertThat(sent.of(soonId, "EMAIL").get(1).subject())
                .isEqualTo("Reminder: your visit to Testwerk Mitte on Thursday 5 March 2026 at 10:00");
        assertThat(sent.templates(soonId, "IN_APP")).containsExactly("visit-booked", "visit-reminder");
        assertThat(sent.templates(laterId, "EMAIL")).as("starts beyond the lead").containsExactly("visit-booked");

        HttpResponse<String> moved = http.post("/api/v1/bookings/" + soonId + "/reschedule", soonToken,
                "{\"startsAt\": \"2026-03-05T08:00:00Z\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        reminders.remindDue();
        assertThat(sent.of(soonId, "EMAIL")).extracting(SentVisitMessages.Message::causeId)
                .containsExactly(soonId + "/booked", soonId + "/reminder/0", soonId + "/rescheduled/1",
                        soonId + "/reminder/1");
        assertThat(http.get("/actuator/prometheus", null).body()).contains("pitwall_bookings_reminders_total");
    }

    @Test
    void anotherSubscribersBookingIsAnsweredAsIfItDidNotExist() {
        Subscriber owner = subscribers.subscribe();
        Subscriber other = subscribers.subscribe();
        String ownerToken = http.token(owner.subject(), Role.SUBSCRIBER);
        String otherToken = http.token(other.subject(), Role.SUBSCRIBER);
        String id = read(http.book(ownerToken, oil(owner.vin(), "2026-03-10T07:00:00Z")), "$.bookingId");

        for (HttpResponse<String> response : List.of(
                http.get("/api/v1/bookings/" + id, otherToken),
                http.post("/api/v1/bookings/" + id + "/reschedule", otherToken,
                        "{\"startsAt\": \"2026-03-10T08:00:00Z\"}"),
                http.post("/api/v1/bookings/" + id + "/cancel", otherToken, null))) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
            assertThat(read(response, "$.parameter").toString()).isEqualTo("bookingId");
        }
        assertThat(read(http.get("/api/v1/bookings?vin=" + owner.vin(), otherToken), "$.totalItems").toString())
                .isEqualTo("0");
        HttpResponse<String> notTheirs = http.book(otherToken, oil(owner.vin(), "2026-03-10T08:00:00Z"));
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        assertThat(read(notTheirs, "$.parameter").toString()).isEqualTo("vin");

        assertThat(http.get("/api/v1/bookings/" + id, advisor).statusCode()).isEqualTo(200);
        assertThat(read(http.get("/api/v1/bookings/" + id, ownerToken), "$.status").toString()).isEqualTo("BOOKED");
    }

    @Test
    void anAdvisorBooksForTheVehiclesSubscriberButNotForAVehicleWithoutOne() {
        Subscriber subscriber = subscribers.subscribe();

        HttpResponse<String> onBehalf = http.book(advisor, oil(subscriber.vin(), "2026-03-11T07:00:00Z"));
        assertThat(onBehalf.statusCode()).as(onBehalf.body()).isEqualTo(201);
        assertThat(read(onBehalf, "$.subscriberId").toString()).isEqualTo(subscriber.subject());
        assertThat(read(onBehalf, "$.createdBy").toString()).isEqualTo("advisor-1");
        String mine = http.get("/api/v1/bookings?status=booked",
                http.token(subscriber.subject(), Role.SUBSCRIBER)).body();
        assertThat(JsonPath.<List<String>>read(mine, "$.items[*].bookingId"))
                .containsExactly(read(onBehalf, "$.bookingId").toString());

        String ownerless = Subscribers.unsubscribedVin();
        HttpResponse<String> refused = http.book(advisor, oil(ownerless, "2026-03-11T08:00:00Z"));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(read(refused, "$.title").toString()).isEqualTo("Vehicle has no active subscription");
        assertThat(read(refused, "$.parameter").toString()).isEqualTo("vin");
        assertThat(jdbc.sql("SELECT count(*) FROM booking WHERE vin = :vin").param("vin", ownerless)
                .query(Long.class).single()).isZero();
    }

    @Test
    void lendsNoMoreCourtesyCarsThanTheWorkshopHas() {
        Subscriber first = subscribers.subscribe();
        Subscriber second = subscribers.subscribe();
        Subscriber third = subscribers.subscribe();
        String withCar = "\"courtesyCar\": true";

        HttpResponse<String> lent = http.book(advisor, BookingHttp.booking(first.vin(), "ws-main", "OIL_SERVICE",
                "2026-03-12T07:00:00Z", withCar));
        assertThat(lent.statusCode()).as(lent.body()).isEqualTo(201);
        assertThat(read(lent, "$.courtesyCar").toString()).isEqualTo("true");
        HttpResponse<String> noneLeft = http.book(advisor, BookingHttp.booking(second.vin(), "ws-main",
                "OIL_SERVICE", "2026-03-12T07:30:00Z", withCar));
        assertThat(noneLeft.statusCode()).isEqualTo(409);
        assertThat(read(noneLeft, "$.parameter").toString()).isEqualTo("courtesyCar");
        assertThat(http.book(advisor, oil(second.vin(), "2026-03-12T07:30:00Z")).statusCode()).isEqualTo(201);
        // the car is back at 08:00, when the first visit ends
        assertThat(http.book(advisor, BookingHttp.booking(third.vin(), "ws-main", "OIL_SERVICE",
                "2026-03-12T08:00:00Z", withCar)).statusCode()).isEqualTo(201);

        List<String> withCars = JsonPath.read(http.get("/api/v1/workshops/ws-main/slots?service=OIL_SERVICE"
                + "&from=2026-03-12&days=1&courtesyCar=true&limit=2", advisor).body(), "$.slots[*].startsAt");
        assertThat(withCars).containsExactly("2026-03-12T09:00:00Z", "2026-03-12T09:30:00Z");
    }

    @Test
    void refusesWhatIsNotABookableSlotNamingTheField() {
        Subscriber subscriber = subscribers.subscribe();
        String token = http.token(subscriber.subject(), Role.SUBSCRIBER);
        String vin = subscriber.vin();

        HttpResponse<String> badBody = http.book(token, "{\"vin\": \"" + vin + "\", \"workshopId\": \"ws-main\", "
                + "\"serviceTypes\": [\"OIL_SERVICE\", \"OIL_CHANGE\"], \"startsAt\": \"2026-03-05T07:00:00Z\", "
                + "\"pickupAndDelivery\": true}");
        assertThat(badBody.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(badBody.body(), "$.errors[*].parameter"))
                .containsExactly("serviceTypes[1]", "pickupAddress");

        assertField(http.book(token, BookingHttp.booking(vin, "fs-001", "OIL_SERVICE", "2026-03-05T07:00:00Z", null)),
                "workshopId", "WORKSHOP or DEALER");
        assertField(http.book(token, BookingHttp.booking(vin, "ws-far", "BRAKE_INSPECTION", "2026-03-05T07:00:00Z",
                null)), "serviceTypes[0]", "OIL_SERVICE");
        assertField(http.book(token, oil(vin, "2026-03-04T11:30:00Z")), "startsAt", "at least 2 hours from now");
        assertField(http.book(token, oil(vin, "2026-03-05T07:10:00Z")), "startsAt", "the start of a slot");
        assertField(http.book(token, oil(vin, "2026-03-05T10:30:00Z")), "startsAt", "60-minute visit");
        assertField(http.book(token, oil(vin, "2026-06-01T07:00:00Z")), "startsAt", "at most 60 days ahead");
        assertField(http.book(token, oil(vin, "tomorrow")), "startsAt", "ISO-8601");
        assertField(http.book(token, BookingHttp.booking(vin, "ws-main", "OIL_SERVICE", "2026-03-05T07:00:00Z",
                "\"leadId\": \"" + UUID.randomUUID() + "\"")), "leadId", "a service lead of vehicle " + vin);
        assertField(http.get("/api/v1/bookings/booking-7", token), "bookingId", "a UUID");
        assertThat(jdbc.sql("SELECT count(*) FROM booking WHERE vin = :vin").param("vin", vin)
                .query(Long.class).single()).isZero();
    }

    void assertField(HttpResponse<String> response, String field, String expected) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(read(response, "$.parameter").toString()).isEqualTo(field);
        assertThat(read(response, "$.expected").toString()).contains(expected);
    }

    @Test
    void searchesSlotsAcrossWorkshopsEarliestOrNearest() {
        String token = http.token(subscribers.subscribe().subject(), Role.SUBSCRIBER);
        String search = "/api/v1/slots?service=OIL_SERVICE&near=48.137,11.575&radiusKm=50&days=1";

        HttpResponse<String> earliest = http.get(search + "&limit=4", token);
        assertThat(earliest.statusCode()).as(earliest.body()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(earliest.body(), "$.slots[*].workshopId"))
                .containsExactly("ws-main", "ws-far", "ws-main", "ws-far");
        assertThat(JsonPath.<List<String>>read(earliest.body(), "$.slots[*].startsAt")).containsExactly(
                "2026-03-04T12:00:00Z", "2026-03-04T12:00:00Z", "2026-03-04T12:30:00Z", "2026-03-04T12:30:00Z");
        assertThat(read(earliest, "$.slots[1].distanceKm").toString()).isEqualTo("20.02");

        HttpResponse<String> nearest = http.get(search + "&sort=nearest&limit=3", token);
        assertThat(JsonPath.<List<String>>read(nearest.body(), "$.slots[*].workshopId")).containsOnly("ws-main");
        assertThat(read(nearest, "$.sort").toString()).isEqualTo("NEAREST");

        assertThat(read(http.get("/api/v1/slots?service=OIL_SERVICE", token), "$.parameter").toString())
                .isEqualTo("near");
        assertThat(read(http.get(search + "&sort=fastest", token), "$.parameter").toString()).isEqualTo("sort");
        assertThat(read(http.get("/api/v1/slots?service=OIL_SERVICE&near=48.137,11.575&days=15", token),
                "$.parameter").toString()).isEqualTo("days");
        assertThat(read(http.get("/api/v1/workshops/ws-far/slots?service=BRAKE_INSPECTION", token), "$.parameter")
                .toString()).isEqualTo("service");
        assertThat(http.get("/api/v1/workshops/fs-001/slots?service=OIL_SERVICE", token).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theFleetReadsCapacityAndOnlyOperatorsSetIt() {
        HttpResponse<String> defaults = http.get("/api/v1/workshops/ws-far/capacity", advisor);
        assertThat(defaults.statusCode()).isEqualTo(200);
        assertThat(read(defaults, "$.source").toString()).isEqualTo("DEFAULT");
        assertThat(read(defaults, "$.bays").toString()).isEqualTo("2");
        assertThat(read(http.get("/api/v1/workshops/ws-main/capacity", advisor), "$.source").toString())
                .isEqualTo("CONFIGURED");

        assertThat(http.put("/api/v1/workshops/ws-far/capacity", advisor, "{\"bays\": 4, \"courtesyCars\": 1}")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> invalid = http.put("/api/v1/workshops/ws-far/capacity", operator,
                "{\"bays\": 0, \"courtesyCars\": -1}");
        assertThat(JsonPath.<List<String>>read(invalid.body(), "$.errors[*].parameter"))
                .containsExactly("bays", "courtesyCars");
        assertThat(http.put("/api/v1/workshops/fs-001/capacity", operator, "{\"bays\": 1, \"courtesyCars\": 0}")
                .statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/workshops/ws-far/capacity",
                http.token("sub-x", Role.SUBSCRIBER)).statusCode()).isEqualTo(403);
    }

    @Test
    void forbidsMarketersAndDescribesEveryEndpointWithExamples() {
        String marketer = http.token("marketer-1", Role.MARKETER);
        assertThat(http.get("/api/v1/bookings", marketer).statusCode()).isEqualTo(403);
        assertThat(http.get("/api/v1/slots?service=OIL_SERVICE&near=48.1,11.5", marketer).statusCode())
                .isEqualTo(403);
        assertThat(http.book(null, oil(Subscribers.unsubscribedVin(), "2026-03-05T07:00:00Z")).statusCode())
                .isEqualTo(401);

        String docs = http.get("/v3/api-docs", null).body();
        for (String operation : List.of("['/api/v1/bookings'].get", "['/api/v1/bookings'].post",
                "['/api/v1/bookings/{bookingId}'].get", "['/api/v1/bookings/{bookingId}/reschedule'].post",
                "['/api/v1/bookings/{bookingId}/cancel'].post", "['/api/v1/slots'].get",
                "['/api/v1/workshops/{workshopId}/slots'].get", "['/api/v1/workshops/{workshopId}/capacity'].get",
                "['/api/v1/workshops/{workshopId}/capacity'].put")) {
            assertThat(JsonPath.<Object>read(docs, "$.paths" + operation + ".summary")).as(operation).isNotNull();
        }
        assertThat(JsonPath.<Object>read(docs, "$.paths['/api/v1/bookings'].post.responses['201'].content"
                + "['application/json'].example")).isNotNull();
        assertThat(JsonPath.<List<String>>read(docs, "$.paths['/api/v1/bookings'].post.parameters[*].name"))
                .contains("Idempotency-Key");
        assertThat(JsonPath.<Map<String, Object>>read(docs, "$.paths['/api/v1/bookings'].post.responses").keySet())
                .containsExactlyInAnyOrder("201", "400", "401", "403", "404", "409", "422", "429");
        assertThat(JsonPath.<Object>read(docs, "$.components.schemas.BookingRequest.example")).isNotNull();
        assertThat(JsonPath.<Object>read(docs, "$.components.schemas.WorkshopSlots.example")).isNotNull();
        assertThat(JsonPath.<Object>read(docs, "$.components.schemas.RescheduleRequest.example")).isNotNull();
    }
}
