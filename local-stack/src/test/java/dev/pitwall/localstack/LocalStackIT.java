package dev.pitwall.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.security.Role;
import dev.pitwall.infra.Ports;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's first command, minus the build: the whole platform in one process answers through its API. The
 * simulation starts at a fixed Monday 09:00 in Munich, so that the demo vehicle's fuel offer never falls in the
 * offers' quiet hours (21:00-08:00), whenever the test runs; the prompts' quiet hours, which follow the API's wall
 * clock, are switched off.
 */
class LocalStackIT {

    private static final int VEHICLES = 20;
    private static final Instant SIMULATION_START = Instant.parse("2026-03-02T08:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    private static LocalStack stack;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        stack = LocalStack.start(new LocalStackConfig(dataDir, Ports.free(), Ports.free(), Ports.free(), Ports.free(),
                Ports.free(), Ports.free(), Ports.free(), VEHICLES, LocalStackConfig.DEFAULT_TIME_SCALE, 7, true, null,
                List.of(), LocalStackConfig.DEFAULT_SAMPLE_INTERVAL, SIMULATION_START)
                // prompts wait out quiet hours on the API's wall clock: none (equal bounds), whenever the test runs
                .withApiProperties(Map.of("pitwall.prompts.quiet-from", "00:00",
                        "pitwall.prompts.quiet-until", "00:00")));
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void listsEverySimulatedVehicleWithAHealthScore() throws Exception {
        String token = stack.token(Role.OPERATOR, Duration.ofMinutes(10));
        awaitTrue(Duration.ofMinutes(3), () -> totalVehicles(token) == VEHICLES);

        JsonNode page = get("/api/v1/vehicles?size=" + VEHICLES, token);
        assertThat(page.get("items")).hasSize(VEHICLES);
        for (JsonNode vehicle : page.get("items")) {
            assertThat(vehicle.get("healthScore").asInt()).isBetween(0, 100);
            assertThat(vehicle.get("healthBand").asString()).isIn("GOOD", "FAIR", "POOR", "CRITICAL");
        }
        String vin = page.get("items").get(0).get("vin").asString();
        JsonNode detail = get("/api/v1/vehicles/" + vin, token);
        assertThat(detail.get("health").get("reasons").isArray()).isTrue();
        assertThat(detail.get("odometerKm").asDouble()).isPositive();
    }

    /**
     * Issue 4's local-stack acceptance: the demo data (DemoData) goes in through the API, through the outbox to
     * Kafka and the stream job, and its leads and offers come back out through the API within minutes.
     */
    @Test
    void leadsAndOffersAppearThroughTheApiWithinMinutes() throws Exception {
        String advisor = stack.token(Role.SERVICE_ADVISOR, Duration.ofMinutes(10));
        String marketer = stack.token(Role.MARKETER, Duration.ofMinutes(10));
        awaitTrue(Duration.ofMinutes(4), () -> count("/api/v1/leads?reason=SERVICE_DUE", advisor) > 0);
        awaitTrue(Duration.ofMinutes(4), () -> count("/api/v1/offers?vin=" + DemoData.DEMO_VIN, marketer) > 0);

        JsonNode lead = get("/api/v1/leads?reason=SERVICE_DUE", advisor).get("items").get(0);
        assertThat(lead.get("subject").asString()).as("the seeded annual inspections").isEqualTo("ANNUAL_INSPECTION");
        assertThat(lead.get("status").asString()).as("open, or prompted already").isIn("OPEN", "CONTACTED");
        assertThat(lead.get("workshops").isArray()).isTrue();

        // the first vehicle's subscriber hears in the app of its lead (a link to a pre-filled booking) and of the
        // renewal offer for a subscription that ends within days (a link to the offer)
        String subscriber = stack.token(Role.SUBSCRIBER, Duration.ofMinutes(10));
        awaitTrue(Duration.ofMinutes(3), () -> inboxLinks(subscriber).stream()
                .anyMatch(link -> link.contains("/bookings/new?lead=")));
        awaitTrue(Duration.ofMinutes(2), () -> inboxLinks(subscriber).stream()
                .anyMatch(link -> link.contains("/renewals/")));
        assertThat(count("/api/v1/leads?status=CONTACTED", advisor)).isPositive();

        JsonNode offer = get("/api/v1/offers?vin=" + DemoData.DEMO_VIN, marketer).get("items").get(0);
        assertThat(offer.get("kind").asString()).isEqualTo("FUEL");
        assertThat(offer.get("poiId").asString()).isEqualTo("fs-008");
        assertThat(get("/api/v1/offers?vin=" + DemoData.DEMO_VIN, marketer).get("totalItems").asLong())
                .as("one low-fuel episode, one offer").isEqualTo(1);
    }

    @Test
    void refusesCallersWithoutAToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/api/v1/vehicles"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void flinkWebUiServesTheRunningJob() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.flinkUiUrl() + "/jobs/overview"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("pitwall-telemetry-pipeline").contains("RUNNING");
    }

    private long totalVehicles(String token) {
        try {
            return get("/api/v1/vehicles?size=1", token).get("totalItems").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    private List<String> inboxLinks(String token) {
        try {
            List<String> links = new ArrayList<>();
            get("/api/v1/me/inbox?size=50", token).get("items")
                    .forEach(item -> links.add(item.path("deepLink").asString()));
            return links;
        } catch (Exception e) {
            return List.of();
        }
    }

    private long count(String path, String token) {
        try {
            return get(path, token).get("totalItems").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    private JsonNode get(String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(stack.apiUrl() + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** Polls a condition until it holds or the deadline passes; the deadline only bounds a hung run. */
    private static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within " + timeout).isLessThan(deadline);
            Thread.onSpinWait();
            Thread.sleep(200); // polling interval between checks, not a synchronisation point
        }
    }
}
