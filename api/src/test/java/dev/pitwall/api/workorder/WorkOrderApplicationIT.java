package dev.pitwall.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import dev.pitwall.api.booking.BookingHttp;
import dev.pitwall.api.booking.BookingTestApplication;
import dev.pitwall.api.booking.SentVisitMessages;
import dev.pitwall.api.booking.Subscribers;
import dev.pitwall.api.booking.Subscribers.Subscriber;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * Work orders end to end: the whole application on a random port over PostgreSQL, the booking ITs' test workshops
 * and fixed clock (2026-03-04 10:00 UTC). Each test books visits of its own, on days of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(BookingTestApplication.FixedClock.class)
class WorkOrderApplicationIT {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    static final String QUOTE = """
            {"currency": "EUR", "note": "Front pads at 3 mm", "lines": [
              {"description": "Oil and filter change", "serviceType": "OIL_SERVICE", "labour": 89.50, "parts": 45,
               "mandatory": true},
              {"description": "Front brake pads", "partNumber": "1K0698151", "labour": 120, "parts": 85.90,
               "mandatory": false}]}""";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        BookingTestApplication.register(registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevelopmentTokens tokens;

    @LocalServerPort
    int port;

    BookingHttp http;
    Subscribers subscribers;
    String advisor;
    String operator;

    @BeforeEach
    void setUp() {
        http = new BookingHttp(port, tokens);
        subscribers = new Subscribers(jdbc);
        advisor = http.token("advisor-1", Role.SERVICE_ADVISOR);
        operator = http.token("ops-1", Role.OPERATOR);
        assertThat(http.put("/api/v1/workshops/ws-main/capacity", operator, "{\"bays\": 3, \"courtesyCars\": 0}")
                .statusCode()).isEqualTo(200);
    }

    /** A subscriber whose vehicle has reported, with a booking of an oil service at {@code startsAt}. */
    record Visit(Subscriber subscriber, String token, String path) {
    }

    Visit book(String startsAt) {
        Subscriber subscriber = subscribers.subscribe();
        jdbc.sql("INSERT INTO vehicle_state (vin, last_seq, last_event_time, odometer_km, engine_hours, health_score, "
                        + "health_band) VALUES (:vin, 1, :t, 48211.4, 1532.2, 90, 'GOOD')")
                .param("vin", subscriber.vin())
                .param("t", BookingTestApplication.NOW.minusSeconds(3600).atOffset(ZoneOffset.UTC)).update();
        String token = http.token(subscriber.subject(), Role.SUBSCRIBER);
        HttpResponse<String> booked = http.book(token, BookingHttp.booking(subscriber.vin(), "ws-main",
                "OIL_SERVICE", startsAt, null));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);
        return new Visit(subscriber, token, "/api/v1/bookings/" + read(booked, "$.bookingId"));
    }

    /** Checks the vehicle in, inspects it and sends {@link #QUOTE}. */
    Visit awaitingApproval(String startsAt) {
        Visit visit = book(startsAt);
        assertStatus(http.post(visit.path() + "/check-in", advisor, null), 200, "CHECKED_IN");
        assertStatus(http.post(visit.path() + "/start-inspection", advisor, null), 200, "INSPECTING");
        assertStatus(http.post(visit.path() + "/quote", advisor, QUOTE), 200, "AWAITING_APPROVAL");
        return visit;
    }

    @Test
    void walksAVisitFromCheckInToSurveyAndRecordsTheServiceInTheServiceBook() {
        Visit visit = book("2026-03-16T07:00:00Z");
        String path = visit.path();
        assertStatus(http.post(path + "/check-in", advisor, null), 200, "CHECKED_IN");
        assertStatus(http.post(path + "/start-inspection", advisor, null), 200, "INSPECTING");
        HttpResponse<String> checked = http.put(path + "/checklist/brakes", advisor,
                "{\"result\": \"ADVISORY\", \"note\": \"Front pads at 3 mm\"}");
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        assertThat(read(checked, "$.item").toString()).isEqualTo("BRAKES");

        HttpResponse<String> quoted = http.post(path + "/quote", advisor, QUOTE);
        assertStatus(quoted, 200, "AWAITING_APPROVAL");
        assertThat(read(quoted, "$.quotes[0].quoteVersion").toString()).isEqualTo("1");
        assertThat(read(quoted, "$.quotes[0].totals.total").toString()).isEqualTo("340.4");
        assertThat(read(quoted, "$.quotes[0].totals.mandatory").toString()).isEqualTo("134.5");
        assertConflict(http.post(path + "/start-work", advisor, null), "AWAITING_APPROVAL");

        String approval = "{\"quoteVersion\": 1, \"approvedOptionalLines\": [2]}";
        Subscriber other = subscribers.subscribe();
        HttpResponse<String> othersApproval = http.post(path + "/quote/approve",
                http.token(other.subject(), Role.SUBSCRIBER), approval);
        assertThat(othersApproval.statusCode()).isEqualTo(404);
        assertThat(read(othersApproval, "$.detail").toString()).isEqualTo("No booking with bookingId '"
                + path.substring(path.lastIndexOf('/') + 1) + "' is known.");
        assertThat(http.post(path + "/quote/approve", http.token("marketer-1", Role.MARKETER), approval)
                .statusCode()).isEqualTo(403);
        assertThat(http.post(path + "/quote/approve", advisor, approval).statusCode()).isEqualTo(403);

        HttpResponse<String> approved = http.post(path + "/quote/approve", visit.token(), approval);
        assertStatus(approved, 200, "IN_PROGRESS");
        assertThat(read(approved, "$.quotes[0].status").toString()).isEqualTo("APPROVED");
        assertThat(read(approved, "$.quotes[0].approvedTotal").toString()).isEqualTo("340.4");
        assertThat(JsonPath.<List<Boolean>>read(approved.body(), "$.quotes[0].lines[*].approved"))
                .containsExactly(true, true);

        assertStatus(http.post(path + "/ready", advisor, null), 200, "READY");
        String book = http.get("/api/v1/vehicles/" + visit.subscriber().vin() + "/service-book", visit.token()).body();
        assertThat(JsonPath.<List<String>>read(book, "$.history[?(@.item == 'OIL_SERVICE')].source"))
                .containsExactly("booking");
        assertThat(JsonPath.<List<String>>read(book, "$.items[?(@.item == 'OIL_SERVICE')].state"))
                .containsExactly("OK");
        assertThat(JsonPath.<List<String>>read(book, "$.items[?(@.item == 'OIL_SERVICE')].lastService.performedAt"))
                .containsExactly(BookingTestApplication.NOW.toString());
        assertThat(jdbc.sql("SELECT count(*) FROM event_outbox WHERE topic = 'service-records.v1' "
                        + "AND record_key = :vin").param("vin", visit.subscriber().vin()).query(Long.class).single())
                .isEqualTo(1);

        HttpResponse<String> early = http.post(path + "/survey", visit.token(), "{\"rating\": 5}");
        assertConflict(early, "READY");
        assertStatus(http.post(path + "/collect", advisor, null), 200, "COLLECTED");
        HttpResponse<String> survey = http.post(path + "/survey", visit.token(),
                "{\"rating\": 5, \"recommend\": 9, \"comment\": \"Quick\"}");
        assertThat(survey.statusCode()).as(survey.body()).isEqualTo(201);
        assertThat(read(survey, "$.rating").toString()).isEqualTo("5");
        HttpResponse<String> again = http.post(path + "/survey", visit.token(), "{\"rating\": 1}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(read(again, "$.title").toString()).isEqualTo("Survey already answered");

        HttpResponse<String> order = http.get(path + "/work-order", visit.token());
        assertThat(read(order, "$.survey.rating").toString()).isEqualTo("5");
        assertThat(JsonPath.<List<String>>read(order.body(), "$.history[*].action")).containsExactly("CHECK_IN",
                "START_INSPECTION", "SEND_QUOTE", "APPROVE_QUOTE", "MARK_READY", "COLLECT");
        assertThat(JsonPath.<List<String>>read(order.body(), "$.history[*].actor")).containsExactly("advisor-1",
                "advisor-1", "advisor-1", visit.subscriber().subject(), "advisor-1", "advisor-1");
        assertThat(JsonPath.<List<Object>>read(order.body(), "$.availableActions")).isEmpty();
        assertConflict(http.post(path + "/check-in", advisor, null), "COLLECTED");
        // the subscriber heard of each step they wait for: booked, the quote, ready, the survey
        String bookingId = path.substring(path.lastIndexOf('/') + 1);
        SentVisitMessages sent = new SentVisitMessages(jdbc);
        assertThat(sent.templates(bookingId, "IN_APP")).containsExactly("visit-booked", "visit-quote", "visit-ready",
                "visit-collected");
        assertThat(sent.of(bookingId, "EMAIL")).extracting(SentVisitMessages.Message::template)
                .containsExactly("visit-booked", "visit-quote", "visit-ready", "visit-collected");
        assertThat(sent.of(bookingId, "EMAIL").get(1).body())
                .contains("134.50 EUR for what has to be done", "205.90 EUR of optional work", "No work starts");
        assertThat(http.get("/actuator/prometheus", null).body())
                .contains("pitwall_work_orders_actions_total{action=\"approve_quote\"}",
                        "pitwall_work_orders_surveys_total{rating=\"5\"}");
    }

    @Test
    void aDeclinedQuoteGoesBackToTheWorkshopWhichRevisesItOrReturnsTheVehicleWithoutWork() {
        Visit visit = awaitingApproval("2026-03-17T07:00:00Z");
        String path = visit.path();

        HttpResponse<String> declined = http.post(path + "/quote/decline", visit.token(),
                "{\"quoteVersion\": 1, \"comment\": \"Too expensive\"}");
        assertStatus(declined, 200, "INSPECTING");
        assertThat(read(declined, "$.quotes[0].status").toString()).isEqualTo("DECLINED");
        assertThat(read(declined, "$.quotes[0].decisionComment").toString()).isEqualTo("Too expensive");
        assertConflict(http.post(path + "/start-work", advisor, null), "INSPECTING");

        assertStatus(http.post(path + "/quote", advisor, QUOTE), 200, "AWAITING_APPROVAL");
        HttpResponse<String> revised = http.post(path + "/quote", advisor, QUOTE);
        assertThat(JsonPath.<List<String>>read(revised.body(), "$.quotes[*].status"))
                .containsExactly("PENDING", "SUPERSEDED", "DECLINED");
        HttpResponse<String> stale = http.post(path + "/quote/approve", operator, "{\"quoteVersion\": 2}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(read(stale, "$.currentQuoteVersion").toString()).isEqualTo("3");
        HttpResponse<String> notOptional = http.post(path + "/quote/approve", operator,
                "{\"quoteVersion\": 3, \"approvedOptionalLines\": [1]}");
        assertThat(notOptional.statusCode()).isEqualTo(400);
        assertThat(read(notOptional, "$.parameter").toString()).isEqualTo("approvedOptionalLines[0]");

        // an operator declines on the subscriber's behalf; the workshop hands the vehicle back unserviced
        assertStatus(http.post(path + "/quote/decline", operator, "{\"quoteVersion\": 3}"), 200, "INSPECTING");
        HttpResponse<String> returned = http.post(path + "/ready", advisor, null);
        assertStatus(returned, 200, "READY");
        assertThat(read(returned, "$.history[7].detail").toString()).isEqualTo("returned without work after a declined quote");
        assertThat(jdbc.sql("SELECT count(*) FROM service_record WHERE vin = :vin")
                .param("vin", visit.subscriber().vin()).query(Long.class).single()).isZero();
        assertStatus(http.post(path + "/collect", advisor, null), 200, "COLLECTED");
    }

    @Test
    void storesChecklistPhotosWithinTheirLimitsAndServesThemToTheOwnerOnly() {
        Visit visit = book("2026-03-18T07:00:00Z");
        String path = visit.path();
        assertStatus(http.post(path + "/check-in", advisor, null), 200, "CHECKED_IN");
        HttpResponse<String> tooEarly = upload(path + "/checklist/BRAKES/photos", PNG, "brakes.png", "image/png");
        assertConflict(tooEarly, "CHECKED_IN");
        assertStatus(http.post(path + "/start-inspection", advisor, null), 200, "INSPECTING");
        HttpResponse<String> noEntry = upload(path + "/checklist/BRAKES/photos", PNG, "brakes.png", "image/png");
        assertThat(noEntry.statusCode()).isEqualTo(404);
        assertThat(read(noEntry, "$.parameter").toString()).isEqualTo("item");
        assertThat(http.put(path + "/checklist/BRAKES", advisor, "{\"result\": \"OK\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> stored = upload(path + "/checklist/BRAKES/photos", PNG, "brakes.png", "image/png");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(read(stored, "$.contentType").toString()).isEqualTo("image/png");
        String href = read(stored, "$.href");
        assertThat(stored.headers().firstValue("Location")).contains(href);

        HttpResponse<byte[]> bytes = getBytes(href, visit.token());
        assertThat(bytes.statusCode()).isEqualTo(200);
        assertThat(bytes.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(bytes.body()).isEqualTo(PNG);
        String other = http.token(subscribers.subscribe().subject(), Role.SUBSCRIBER);
        assertThat(getBytes(href, other).statusCode()).isEqualTo(404);
        assertThat(getBytes(href, advisor).statusCode()).isEqualTo(200);

        HttpResponse<String> text = upload(path + "/checklist/BRAKES/photos",
                "just some text, not a photo".getBytes(StandardCharsets.UTF_8), "brakes.jpg", "image/jpeg");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(read(text, "$.parameter").toString()).isEqualTo("file");
        assertThat(read(text, "$.type").toString()).isEqualTo("https://pitwall.dev/problems/unsupported-photo-type");

        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, large, 0, PNG.length);
        HttpResponse<String> tooLarge = upload(path + "/checklist/BRAKES/photos", large, "large.png", "image/png");
        assertThat(tooLarge.statusCode()).as(tooLarge.body()).isEqualTo(413);
        assertThat(read(tooLarge, "$.parameter").toString()).isEqualTo("file");
        assertThat(read(tooLarge, "$.expected").toString()).contains("at most 5242880 bytes");

        HttpResponse<String> order = http.get(path + "/work-order", visit.token());
        assertThat(JsonPath.<List<String>>read(order.body(), "$.checklist[0].photos[*].href")).containsExactly(href);
    }

    @Test
    void ofAnApprovalAndADeclineSentTogetherExactlyOneApplies() throws Exception {
        List<Visit> visits = List.of(awaitingApproval("2026-03-19T07:00:00Z"),
                awaitingApproval("2026-03-19T07:00:00Z"), awaitingApproval("2026-03-19T07:00:00Z"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (Visit visit : visits) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
                for (String decision : List.of("approve", "decline")) {
                    answers.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return http.post(visit.path() + "/quote/" + decision, visit.token(), "{\"quoteVersion\": 1}");
                    }, pool));
                }
                HttpResponse<String> approve = answers.get(0).get();
                HttpResponse<String> decline = answers.get(1).get();
                assertThat(List.of(approve.statusCode(), decline.statusCode())).as(approve.body() + decline.body())
                        .containsExactlyInAnyOrder(200, 409);
                boolean approved = approve.statusCode() == 200;
                HttpResponse<String> order = http.get(visit.path() + "/work-order", visit.token());
                assertThat(read(order, "$.status").toString()).isEqualTo(approved ? "IN_PROGRESS" : "INSPECTING");
                assertThat(read(order, "$.quotes[0].status").toString()).isEqualTo(approved ? "APPROVED" : "DECLINED");
                assertThat(JsonPath.<List<String>>read(order.body(), "$.history[*].action"))
                        .containsOnlyOnce(approved ? "APPROVE_QUOTE" : "DECLINE_QUOTE")
                        .doesNotContain(approved ? "DECLINE_QUOTE" : "APPROVE_QUOTE");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesIllegalStepsNamingTheCurrentStateAndCallersWithoutTheRole() {
        Visit visit = book("2026-03-20T07:00:00Z");
        String path = visit.path();
        HttpResponse<String> collect = assertConflict(http.post(path + "/collect", advisor, null), "BOOKED");
        assertThat(read(collect, "$.detail").toString()).contains("the vehicle must be READY");
        assertThat(http.post(path + "/check-in", visit.token(), null).statusCode()).isEqualTo(403);
        assertThat(http.get(path + "/work-order", http.token("marketer-1", Role.MARKETER)).statusCode())
                .isEqualTo(403);
        String other = http.token(subscribers.subscribe().subject(), Role.SUBSCRIBER);
        assertThat(http.get(path + "/work-order", other).statusCode()).isEqualTo(404);
        HttpResponse<String> mine = http.get(path + "/work-order", visit.token());
        assertThat(JsonPath.<List<String>>read(mine.body(), "$.availableActions")).containsExactly("CANCEL");

        assertStatus(http.post(path + "/check-in", advisor, null), 200, "CHECKED_IN");
        assertThat(http.post(path + "/cancel", visit.token(), null).statusCode()).isEqualTo(409);
        assertConflict(http.post(path + "/quote", advisor, QUOTE), "CHECKED_IN");
        assertStatus(http.post(path + "/start-inspection", advisor, null), 200, "INSPECTING");
        HttpResponse<String> badQuote = http.post(path + "/quote", advisor,
                "{\"currency\": \"EURO\", \"lines\": [{\"description\": \"x\", \"labour\": -5, \"parts\": 0}]}");
        assertThat(badQuote.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<List<String>>read(badQuote.body(), "$.errors[*].parameter"))
                .containsExactly("currency", "lines[0].labour", "lines[0].mandatory");
        HttpResponse<String> badItem = http.put(path + "/checklist/ENGINE", advisor, "{\"result\": \"OK\"}");
        assertThat(read(badItem, "$.parameter").toString()).isEqualTo("item");

        // nothing needs approval: the workshop starts the booked work directly
        assertStatus(http.post(path + "/start-work", advisor, null), 200, "IN_PROGRESS");
        assertConflict(http.post(path + "/quote/approve", visit.token(), "{\"quoteVersion\": 1}"), "IN_PROGRESS");
        assertStatus(http.post(path + "/ready", advisor, "{\"odometerKm\": 48300.5, \"notes\": \"5W-30\"}"), 200,
                "READY");
        assertThat(jdbc.sql("SELECT odometer_km FROM service_record WHERE vin = :vin AND source = 'booking'")
                .param("vin", visit.subscriber().vin()).query(Double.class).single()).isEqualTo(48300.5);

        String docs = http.get("/v3/api-docs", null).body();
        for (String route : List.of("work-order'].get", "check-in'].post", "start-inspection'].post",
                "quote'].post", "quote/approve'].post", "quote/decline'].post", "start-work'].post", "ready'].post",
                "collect'].post", "survey'].post", "checklist/{item}'].put", "checklist/{item}/photos'].post",
                "photos/{photoId}'].get")) {
            assertThat(JsonPath.<Object>read(docs, "$.paths['/api/v1/bookings/{bookingId}/" + route + ".summary"))
                    .as(route).isNotNull();
        }
        assertThat(JsonPath.<Object>read(docs, "$.components.schemas.QuoteRequest.example")).isNotNull();
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(HttpResponse<String> response, String path) {
        try {
            return JsonPath.read(response.body(), path);
        } catch (PathNotFoundException e) {
            throw new AssertionError("no " + path + " in the " + response.statusCode() + " answer to "
                    + response.request().uri() + ": " + response.body(), e);
        }
    }

    static void assertStatus(HttpResponse<String> response, int code, String status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(code);
        assertThat(read(response, "$.status").toString()).isEqualTo(status);
    }

    static HttpResponse<String> assertConflict(HttpResponse<String> response, String currentStatus) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(409);
        assertThat(read(response, "$.currentStatus").toString()).isEqualTo(currentStatus);
        return response;
    }

    HttpResponse<String> upload(String path, byte[] content, String fileName, String contentType) {
        String boundary = "pitwall-boundary-7d9e2c1a";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + advisor)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
