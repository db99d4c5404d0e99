package dev.pitwall.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.pitwall.api.security.Role;
import dev.pitwall.infra.Ports;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5's acceptance on the real platform, nothing mocked: simulator → MQTT → ingest → Kafka → Flink → PostgreSQL →
 * API, with GreenMail as the SMTP server. A simulated vehicle's oil service falls due, the stream job opens a lead, the
 * subscriber gets a prompt e-mail with a deep link, books the linked slot with an idempotency key (sent twice), the
 * workshop's quote is approved, the work order is completed, the service book is reset and the survey answered. And
 * the repurchase path: a recommended model test-driven at the nearest dealer of its brand.
 */
class EngagementEndToEndIT {

    private static final int VEHICLES = 5;
    /** Not every third vehicle: DemoData seeds no annual inspection for it, so its oil service is its only due item. */
    private static final int VEHICLE = 1;
    private static final String SUBSCRIBER = DemoData.subscriberOf(VEHICLE);
    private static final String EMAIL = SUBSCRIBER + "@example.com";
    /** As LocalStackIT: a fixed simulated start keeps the fleet's trips (and so the nearest workshops) repeatable. */
    private static final Instant SIMULATION_START = Instant.parse("2026-03-02T08:00:00Z");
    /** Longer ago than every schedule's longest oil interval (24 months): the oil service is overdue by time. */
    private static final Instant LAST_OIL_SERVICE = SIMULATION_START.atOffset(ZoneOffset.UTC).minusMonths(25)
            .toInstant();
    private static final Pattern DEEP_LINK = Pattern.compile(
            "https://portal\\.pitwall\\.dev/bookings/new\\?lead=([0-9a-f-]{36})&vin=(\\w{17})"
                    + "&service=OIL_SERVICE&workshop=([\\w-]+)");
    private static final String QUOTE = """
            {"currency": "EUR", "note": "Front pads at 4 mm: fine for now.",
             "lines": [
               {"description": "Oil and filter change", "serviceType": "OIL_SERVICE", "labour": 89.50, "parts": 45.00,
                "mandatory": true},
               {"description": "Wiper blades", "partNumber": "3397007555", "labour": 5.00, "parts": 29.90,
                "mandatory": false}]}""";
    /** Bounds a hung run only: the 2-core reference machine is slow while the whole platform runs on it. */
    private static final Duration FIRST_REPORT_WITHIN = Duration.ofMinutes(4);
    private static final Duration STREAM_WITHIN = Duration.ofMinutes(3);
    private static final Duration TOKEN_TTL = Duration.ofMinutes(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @TempDir
    static Path dataDir;

    private static LocalStack stack;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        LocalStackConfig config = new LocalStackConfig(dataDir, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), VEHICLES, LocalStackConfig.DEFAULT_TIME_SCALE, 7, true, null,
                List.of(), LocalStackConfig.DEFAULT_SAMPLE_INTERVAL, SIMULATION_START)
                .withSmtp(new LocalStackConfig.Smtp("127.0.0.1", SMTP.getSmtp().getPort()))
                // prompt rounds every 2 s instead of 30 s, and no quiet hours (equal bounds), whenever the test runs
                .withApiProperties(Map.of(
                        "pitwall.prompts.poll-interval", "2s",
                        "pitwall.prompts.quiet-from", "00:00",
                        "pitwall.prompts.quiet-until", "00:00"));
        stack = LocalStack.start(config);
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void anOilServiceFallingDueIsPromptedBookedOnceWorkedAndSurveyed() throws Exception {
        String operator = stack.token(Role.OPERATOR, TOKEN_TTL);
        String advisor = stack.token(Role.SERVICE_ADVISOR, TOKEN_TTL);
        String marketer = stack.token(Role.MARKETER, TOKEN_TTL);
        String subscriber = stack.token(Role.SUBSCRIBER, SUBSCRIBER, TOKEN_TTL);

        // the oil service falls due: a workshop records the vehicle's last oil change, 25 months before the simulation
        String vin = single(get("/api/v1/subscriptions?subscriberId=" + SUBSCRIBER + "&status=ACTIVE", operator))
                .get("vin").asString();
        double odometer = await("vehicle " + vin + " reports an odometer", FIRST_REPORT_WITHIN,
                () -> odometerOf(vin, operator));
        Response recorded = send("POST", "/api/v1/vehicles/" + vin + "/service-records", operator, String.format(
                Locale.ROOT, "{\"items\": [\"OIL_SERVICE\"], \"performedAt\": \"%s\", \"odometerKm\": %.1f, "
                        + "\"workshop\": \"EngagementEndToEndIT\"}", LAST_OIL_SERVICE, Math.max(0, odometer - 25_000)),
                null);
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);

        // the record goes through the API's outbox to the stream job, which opens a SERVICE_DUE lead
        JsonNode lead = await("a SERVICE_DUE lead for OIL_SERVICE of " + vin, STREAM_WITHIN, () -> oilLead(vin, advisor));
        String leadId = lead.get("leadId").asString();
        assertThat(lead.get("priority").asString()).as("overdue by time").isEqualTo("HIGH");
        assertThat(lead.get("suggestedService").asString()).isEqualTo("OIL_SERVICE");
        assertThat(lead.get("workshops").isEmpty()).as("workshops near the vehicle: " + lead).isFalse();

        // the prompt e-mail arrives with a deep link to a pre-filled booking
        String text = await("a prompt e-mail to " + EMAIL + " about lead " + leadId, STREAM_WITHIN,
                () -> promptEmailText(leadId));
        Matcher link = DEEP_LINK.matcher(text);
        assertThat(link.find()).as("a deep link in: " + text).isTrue();
        assertThat(link.group(1)).isEqualTo(leadId);
        assertThat(link.group(2)).isEqualTo(vin);
        String workshopId = link.group(3);
        assertThat(text).contains("http://localhost:" + stack.config().apiPort() + "/api/v1/unsubscribe?token=");
        assertThat(leadOf(leadId, advisor).get("status").asString()).as("prompted").isEqualTo("CONTACTED");

        // the subscriber follows it: the draft, the workshop's slots, and a booking sent twice with one key
        JsonNode draft = get("/api/v1/leads/" + leadId + "/booking-draft", subscriber);
        assertThat(draft.get("vin").asString()).isEqualTo(vin);
        assertThat(strings(draft.get("serviceTypes"))).containsExactly("OIL_SERVICE");
        JsonNode slots = get("/api/v1/workshops/" + workshopId + "/slots?service=OIL_SERVICE", subscriber)
                .get("slots");
        assertThat(slots.isEmpty()).as("free slots at " + workshopId).isFalse();
        String booking = String.format(Locale.ROOT, "{\"vin\": \"%s\", \"workshopId\": \"%s\", \"serviceTypes\": "
                + "[\"OIL_SERVICE\"], \"startsAt\": \"%s\", \"leadId\": \"%s\"}", vin, workshopId,
                slots.get(0).get("startsAt").asString(), leadId);
        String key = UUID.randomUUID().toString();
        Response first = send("POST", "/api/v1/bookings", subscriber, booking, key);
        Response again = send("POST", "/api/v1/bookings", subscriber, booking, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.response().headers().firstValue("Idempotent-Replayed")).hasValue("true");
        JsonNode mine = get("/api/v1/bookings", subscriber);
        assertThat(mine.get("totalItems").asLong()).as("one booking: " + mine).isEqualTo(1);
        JsonNode booked = mine.get("items").get(0);
        assertThat(booked.get("leadId").asString()).isEqualTo(leadId);
        assertThat(booked.get("bookingId").asString()).isEqualTo(JSON.readTree(first.body()).get("bookingId")
                .asString());
        assertThat(leadOf(leadId, advisor).get("status").asString()).isEqualTo("BOOKED");

        // the work order: check-in, inspection, quote approved by the subscriber, work done, vehicle collected
        String order = "/api/v1/bookings/" + booked.get("bookingId").asString();
        assertStep(send("POST", order + "/check-in", advisor, null, null), "CHECKED_IN");
        assertStep(send("POST", order + "/start-inspection", advisor, null, null), "INSPECTING");
        assertStep(send("POST", order + "/quote", advisor, QUOTE, null), "AWAITING_APPROVAL");
        JsonNode quote = get(order + "/work-order", subscriber).get("quotes").get(0);
        assertThat(quote.get("status").asString()).isEqualTo("PENDING");
        // an approved quote starts the work (IN_PROGRESS): start-work is only for visits without a quote
        assertStep(send("POST", order + "/quote/approve", subscriber,
                "{\"quoteVersion\": " + quote.get("quoteVersion").asInt() + ", \"approvedOptionalLines\": [2]}", null),
                "IN_PROGRESS");
        assertStep(send("POST", order + "/ready", advisor, null, null), "READY");
        assertStep(send("POST", order + "/collect", advisor, null, null), "COLLECTED");

        // completing it reset the oil service in the service book
        JsonNode book = get("/api/v1/vehicles/" + vin + "/service-book", subscriber);
        JsonNode oil = only(book.get("items"), "item", "OIL_SERVICE");
        assertThat(oil.get("state").asString()).as(oil.toString()).isEqualTo("OK");
        assertThat(oil.get("lastService").get("source").asString()).isEqualTo("booking");
        assertThat(oil.get("lastService").get("workshop").asString()).isEqualTo(workshopId);
        List<String> sources = new ArrayList<>();
        for (JsonNode entry : book.get("history")) {
            if ("OIL_SERVICE".equals(entry.get("item").asString())) {
                sources.add(entry.get("source").asString());
            }
        }
        assertThat(sources).as("newest first").containsExactly("booking", "api");

        // one survey per visit
        Response survey = send("POST", order + "/survey", subscriber,
                "{\"rating\": 5, \"recommend\": 9, \"comment\": \"Booked from the e-mail in two taps.\"}", null);
        assertThat(survey.status()).as(survey.body()).isIn(200, 201);
        Response second = send("POST", order + "/survey", subscriber, "{\"rating\": 1}", null);
        assertThat(second.status()).as(second.body()).isEqualTo(409);

        // the subscriber was told of every step they wait for, over SMTP, each e-mail linking to the visit
        String visitLink = "https://portal.pitwall.dev/bookings/" + booked.get("bookingId").asString();
        for (String step : List.of("is booked in at", "sent a quote", "ready for you at", "Answer the survey")) {
            String email = await("the e-mail about the visit that says '" + step + "'", STREAM_WITHIN,
                    () -> emailText(step));
            assertThat(email).contains(visitLink);
        }

        // the service record reaches the stream through the outbox, which resolves the lead
        JsonNode resolved = await("lead " + leadId + " resolved by the stream", STREAM_WITHIN, () -> {
            JsonNode l = leadOf(leadId, advisor);
            return "CLOSED".equals(l.get("status").asString()) ? l : null;
        });
        assertThat(resolved.get("closeReason").asString()).isEqualTo("RESOLVED");

        // and the marketers' funnel counted every step
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        JsonNode funnel = get("/api/v1/prompts/funnel?from=" + today.minusDays(1).atStartOfDay(ZoneOffset.UTC)
                .toInstant() + "&to=" + today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), marketer);
        assertThat(funnel.get("prompted").asLong()).as(funnel.toString()).isGreaterThanOrEqualTo(1);
        assertThat(funnel.get("opened").asLong()).as(funnel.toString()).isGreaterThanOrEqualTo(1);
        assertThat(funnel.get("booked").asLong()).as(funnel.toString()).isGreaterThanOrEqualTo(1);
        assertThat(funnel.get("completed").asLong()).as(funnel.toString()).isGreaterThanOrEqualTo(1);
    }

    /**
     * The repurchase path on the same platform: the recommendation names a model and the nearest dealer of its brand,
     * the subscriber books a test drive there with an idempotency key (sent twice: one test drive, identical answers)
     * and the confirmation e-mail arrives with a link to it.
     */
    @Test
    void aRecommendedModelIsTestDrivenAtTheNearestDealerOfItsBrand() throws Exception {
        String operator = stack.token(Role.OPERATOR, TOKEN_TTL);
        String subscriber = stack.token(Role.SUBSCRIBER, SUBSCRIBER, TOKEN_TTL);
        String vin = single(get("/api/v1/subscriptions?subscriberId=" + SUBSCRIBER + "&status=ACTIVE", operator))
                .get("vin").asString();

        // once the vehicle has reported a position, its recommendation names a dealer for a recommended model
        JsonNode model = await("a recommended model of " + vin + " with a dealer near it", FIRST_REPORT_WITHIN, () -> {
            Response answer = send("GET", "/api/v1/vehicles/" + vin + "/repurchase-recommendation", subscriber, null,
                    null);
            if (answer.status() != 200) {
                return null;
            }
            for (JsonNode m : JSON.readTree(answer.body()).get("models")) {
                if (m.hasNonNull("nearestDealer")) {
                    return m;
                }
            }
            return null;
        });
        String modelId = model.get("id").asString();
        String dealerId = model.get("nearestDealer").get("poiId").asString();
        JsonNode slots = get("/api/v1/vehicles/" + vin + "/test-drive-slots?model=" + modelId + "&days=14",
                subscriber);
        assertThat(slots.get("brand").asString()).isEqualTo(model.get("brand").asString());
        JsonNode slot = slots.get("slots").get(0);
        assertThat(slot).as("a free slot: " + slots).isNotNull();
        assertThat(slot.get("dealerId").asString()).as("nearest dealer first").isEqualTo(dealerId);

        String request = String.format(Locale.ROOT, "{\"vin\": \"%s\", \"modelId\": \"%s\", \"dealerId\": \"%s\", "
                + "\"startsAt\": \"%s\"}", vin, modelId, dealerId, slot.get("startsAt").asString());
        String key = UUID.randomUUID().toString();
        Response first = send("POST", "/api/v1/test-drives", subscriber, request, key);
        Response again = send("POST", "/api/v1/test-drives", subscriber, request, key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        String testDriveId = JSON.readTree(first.body()).get("testDriveId").asString();
        JsonNode mine = get("/api/v1/test-drives?vin=" + vin, subscriber);
        assertThat(mine.get("totalItems").asLong()).as(mine.toString()).isEqualTo(1);
        assertThat(mine.get("items").get(0).get("status").asString()).isEqualTo("BOOKED");

        String confirmation = await("a test-drive confirmation to " + EMAIL, STREAM_WITHIN,
                () -> emailText("/test-drives/" + testDriveId));
        assertThat(confirmation).startsWith("Your test drive of the " + model.get("name").asString())
                .contains(model.get("nearestDealer").get("name").asString())
                .contains("https://portal.pitwall.dev/test-drives/" + testDriveId);
    }

    /** The vehicle's newest odometer once it has reported one; null before. */
    private Double odometerOf(String vin, String token) throws Exception {
        Response response = send("GET", "/api/v1/vehicles/" + vin, token, null, null);
        if (response.status() != 200) {
            return null; // 404 until the stream job stored its first message
        }
        JsonNode odometer = JSON.readTree(response.body()).get("odometerKm");
        return odometer == null || odometer.isNull() ? null : odometer.asDouble();
    }

    /** The lead itself, without its history. */
    private JsonNode leadOf(String leadId, String token) throws Exception {
        return get("/api/v1/leads/" + leadId, token).get("lead");
    }

    private JsonNode oilLead(String vin, String token) throws Exception {
        for (JsonNode lead : get("/api/v1/leads?reason=SERVICE_DUE&vin=" + vin, token).get("items")) {
            if ("OIL_SERVICE".equals(lead.get("subject").asString())) {
                return lead;
            }
        }
        return null;
    }

    /** The text of the e-mail to the subscriber whose deep link names {@code leadId}; null until it arrived. */
    private static String promptEmailText(String leadId) throws MessagingException {
        return emailText("lead=" + leadId);
    }

    /** Subject and text of the e-mail to the subscriber that contains {@code fragment}; null until it arrived. */
    private static String emailText(String fragment) throws MessagingException {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (!addressedTo(message, EMAIL)) {
                continue;
            }
            // quoted-printable: undo soft line breaks and the escaped '='
            String text = GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
            if (text.contains(fragment)) {
                return message.getSubject() + "\n" + text;
            }
        }
        return null;
    }

    private static boolean addressedTo(MimeMessage message, String email) throws MessagingException {
        Address[] recipients = message.getAllRecipients();
        if (recipients == null) {
            return false;
        }
        for (Address address : recipients) {
            if (address instanceof InternetAddress internet && email.equalsIgnoreCase(internet.getAddress())) {
                return true;
            }
        }
        return false;
    }

    private void assertStep(Response response, String status) throws Exception {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo(status);
    }

    private JsonNode get(String path, String token) throws Exception {
        Response response = send("GET", path, token, null, null);
        assertThat(response.status()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private Response send(String method, String path, String token, String json, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.apiUrl() + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return new Response(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private record Response(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }
    }

    private static JsonNode single(JsonNode page) {
        assertThat(page.get("items")).as(page.toString()).hasSize(1);
        return page.get("items").get(0);
    }

    private static JsonNode only(JsonNode array, String field, String value) {
        List<JsonNode> found = new ArrayList<>();
        array.forEach(node -> {
            if (value.equals(node.get(field).asString())) {
                found.add(node);
            }
        });
        assertThat(found).as(field + " = " + value + " in " + array).hasSize(1);
        return found.get(0);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    /**
     * Polls {@code probe} until it answers something other than null, and returns that; the deadline only bounds a
     * hung run. A probe that throws counts as "not yet" (the last failure is reported at the deadline).
     */
    private static <T> T await(String what, Duration timeout, Callable<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Throwable lastFailure = null;
        while (true) {
            try {
                T value = probe.call();
                if (value != null) {
                    return value;
                }
            } catch (Exception | AssertionError e) {
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what, lastFailure);
            }
            Thread.sleep(500); // polling interval between checks, not a synchronisation point
        }
    }
}
