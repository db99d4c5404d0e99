package dev.pitwall.api.repurchase;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.infra.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Repurchase recommendations end to end: the whole application on a random port over a PostgreSQL that Spring Boot's
 * Flyway migrated, rows written as the stream job and the subscription records write them, development tokens as the
 * local stack issues them, and the API's clock fixed at {@link #NOW} so that ages and days left are exact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RepurchaseApplicationIT {

    static final String SECRET = "repurchase-end-to-end-secret-of-32-bytes-at-least";
    static final Instant NOW = Instant.parse("2026-11-02T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    /** Volkswagen of model year 2015 (F): old, worn, expensive to repair, subscription ending; alice's. */
    static final String OLD = "WVWZZZAUZFW000001";
    /** Volkswagen of model year 2026 (T), healthy; bob's. */
    static final String YOUNG = "WVWZZZAUZTW000002";
    /** BMW of model year 2020 (L), no driving profile and no position yet; carol's. */
    static final String MIDDLE = "WBAZZZAUZLW000003";
    /** Skoda without a subscription: fleet staff see it, the candidate list does not. */
    static final String UNSUBSCRIBED = "TMBZZZAUZKW000004";
    static final String UNKNOWN = "WVWZZZAUZFW999999";
    static final String RECOMMENDATION = "/api/v1/vehicles/{vin}/repurchase-recommendation";
    static final String CANDIDATES = "/api/v1/repurchase-candidates";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabases.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("pitwall.security.dev-token.secret", () -> SECRET);
    }

    @TestConfiguration
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    RestTestClient client;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevelopmentTokens tokens;

    @BeforeAll
    void writeTheFleet() {
        VehicleRows rows = new VehicleRows(jdbc);
        Instant oldLast = Instant.parse("2026-11-02T08:00:00Z");
        rows.state(OLD, 4, oldLast, 190_000.0, 48.1880, 11.5700, 55); // 400 m from the Volkswagen dealer dl-001
        rows.health(OLD, 1, Instant.parse("2026-09-20T08:00:00Z"), 82);
        rows.health(OLD, 2, Instant.parse("2026-10-01T08:00:00Z"), 80); // in force 30 days before the newest message
        rows.health(OLD, 3, Instant.parse("2026-10-20T08:00:00Z"), 66);
        rows.health(OLD, 4, oldLast, 55);
        rows.prediction(OLD, "COOLING", 1, Instant.parse("2026-10-01T08:00:00Z"), 0.3); // superseded
        rows.prediction(OLD, "COOLING", 4, oldLast, 0.7);
        rows.prediction(OLD, "IGNITION", 4, oldLast, 0.6);
        rows.prediction(OLD, "BATTERY", 3, Instant.parse("2026-10-20T08:00:00Z"), 0.8);
        rows.profile(OLD, oldLast, 35, 82, "{SHORT_TRIPS,COMMUTER}");
        rows.subscription("alice", OLD, "Comfort", TODAY.minusYears(3), TODAY.plusDays(20));

        Instant youngLast = Instant.parse("2026-11-02T07:00:00Z");
        rows.state(YOUNG, 2, youngLast, 12_000.0, 48.1400, 11.5600, 96);
        rows.health(YOUNG, 1, Instant.parse("2026-10-25T07:00:00Z"), 95);
        rows.health(YOUNG, 2, youngLast, 96);
        rows.profile(YOUNG, youngLast, 30, 88, "{SMOOTH_DRIVER}");
        rows.subscription("bob", YOUNG, "Basic", TODAY.minusMonths(2), TODAY.plusDays(400));

        rows.state(MIDDLE, 9, Instant.parse("2026-11-01T18:00:00Z"), 140_000.0, null, null, 72);
        rows.prediction(MIDDLE, "BRAKE_PADS", 9, Instant.parse("2026-11-01T18:00:00Z"), 0.5);
        rows.subscription("carol", MIDDLE, "Premium", TODAY.minusYears(1), TODAY.plusDays(60));

        rows.state(UNSUBSCRIBED, 1, Instant.parse("2026-11-02T09:00:00Z"), 80_000.0, 48.10, 11.53, 90);
    }

    String bearer(String subject, Role role) {
        return "Bearer " + tokens.issue(subject, Duration.ofMinutes(5), role);
    }

    DocumentContext getJson(String subject, Role role, String uri, Object... variables) {
        byte[] body = client.get().uri(uri, variables).header(HttpHeaders.AUTHORIZATION, bearer(subject, role))
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return JsonPath.parse(new String(body, StandardCharsets.UTF_8));
    }

    String notFoundBody(String subject, Role role, String vin) {
        byte[] body = client.get().uri(RECOMMENDATION, vin).header(HttpHeaders.AUTHORIZATION, bearer(subject, role))
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return new String(body, StandardCharsets.UTF_8);
    }

    static String reason(DocumentContext json, String factor) {
        List<String> reasons = json.read("$.timing.contributions[?(@.factor == '" + factor + "')].reason");
        assertThat(reasons).hasSize(1);
        return reasons.get(0);
    }

    @Test
    void offersAnOldWornCarsCommuterAnElectricCarNowAndTheNearestDealers() {
        DocumentContext json = getJson("alice", Role.SUBSCRIBER, RECOMMENDATION, OLD);

        assertThat(json.read("$.asOf", String.class)).isEqualTo("2026-11-02");
        assertThat(json.read("$.timing.band", String.class)).isEqualTo("READY");
        assertThat(json.read("$.timing.score", Integer.class)).isEqualTo(88);
        List<Integer> points = json.read("$.timing.contributions[*].points");
        assertThat(points.stream().mapToInt(Integer::intValue).sum()).isEqualTo(88);
        assertThat(reason(json, "VEHICLE_AGE")).contains("11 years old", "model year 2015");
        assertThat(reason(json, "MILEAGE")).startsWith("190,000 km on the odometer");
        assertThat(reason(json, "HEALTH_TREND")).contains("Health fell 25 points in 30 days (from 80 to 55)");
        assertThat(reason(json, "REPAIR_COST")).contains("1,047 EUR", "cooling system 595 EUR");
        assertThat(reason(json, "SUBSCRIPTION_END")).contains("Comfort subscription ends in 20 days (on 2026-11-22)");
        assertThat(json.read("$.signals.expectedRepairCost", Integer.class)).isEqualTo(1047);
        assertThat(json.read("$.signals.kmPerDay", Double.class)).isEqualTo(35.0);
        assertThat(json.read("$.signals.planMonthlyPrice", Integer.class)).isEqualTo(449);

        assertThat(json.read("$.models[0].id", String.class)).isEqualTo("vw-cityline-e");
        assertThat(json.read("$.models[0].powertrain", String.class)).isEqualTo("ELECTRIC");
        assertThat(json.read("$.models[0].rank", Integer.class)).isEqualTo(1);
        List<String> modelReasons = json.read("$.models[0].reasons[*].reason");
        assertThat(modelReasons).contains(
                "Short commuter trips of 35 km a day fit its 420 km range, charged at home or at work.",
                "479 EUR a month is within 10% of today's Comfort plan (449 EUR).");
        assertThat(modelReasons).anySatisfy(r -> assertThat(r).contains("no engine oil or ignition", "252 EUR"));
        List<Integer> scores = json.read("$.models[*].score");
        assertThat(scores).hasSize(3).isSortedAccordingTo((a, b) -> b - a);
        assertThat(json.read("$.models[0].nearestDealer.poiId", String.class)).isEqualTo("dl-001");

        List<String> dealers = json.read("$.dealers[*].poiId");
        List<Double> distances = json.read("$.dealers[*].distanceKm");
        assertThat(dealers).hasSize(3).first().isEqualTo("dl-001");
        assertThat(distances).isSorted();
        assertThat(distances.get(0)).isBetween(0.3, 0.5);
    }

    @Test
    void tellsAYoungHealthyCarsDriverNotYet() {
        DocumentContext json = getJson("bob", Role.SUBSCRIBER, RECOMMENDATION, YOUNG);

        assertThat(json.read("$.timing.band", String.class)).isEqualTo("NOT_YET");
        assertThat(json.read("$.timing.score", Integer.class)).isZero();
        assertThat(reason(json, "HEALTH_TREND")).isEqualTo("Health held steady or rose in 8 days (from 95 to 96).");
        assertThat(reason(json, "REPAIR_COST")).isEqualTo("No failure predictions yet, so no repair cost is expected.");
        assertThat(json.read("$.models.length()", Integer.class)).isEqualTo(3);
    }

    @Test
    void explainsWhatItDoesNotKnowForAVehicleWithoutProfilePositionOrSubscription() {
        DocumentContext middle = getJson("advisor", Role.SERVICE_ADVISOR, RECOMMENDATION, MIDDLE);
        DocumentContext unsubscribed = getJson("ops", Role.OPERATOR, RECOMMENDATION, UNSUBSCRIBED);

        assertThat(middle.read("$.timing.band", String.class)).isEqualTo("CONSIDER");
        assertThat(reason(middle, "USAGE")).isEqualTo("No driving profile yet, so usage adds nothing.");
        assertThat(reason(middle, "HEALTH_TREND")).contains("Too little health history");
        assertThat(middle.read("$.signals.kmPerDay", Double.class)).isNull();
        assertThat(middle.read("$.dealers.length()", Integer.class)).isZero();
        assertThat(middle.read("$.models[0].nearestDealer", Object.class)).isNull();
        assertThat(reason(unsubscribed, "SUBSCRIPTION_END")).startsWith("No active subscription");
        assertThat(unsubscribed.read("$.signals.plan", String.class)).isNull();
    }

    @Test
    void answersAnotherSubscribersVehicleExactlyAsAnUnknownOneButShowsMarketersEvery() {
        String foreign = notFoundBody("bob", Role.SUBSCRIBER, OLD);
        String unknown = notFoundBody("bob", Role.SUBSCRIBER, UNKNOWN);

        assertThat(foreign.replace(OLD, UNKNOWN)).isEqualTo(unknown);
        assertThat(JsonPath.parse(unknown).read("$.type", String.class))
                .isEqualTo("https://pitwall.dev/problems/not-found");
        notFoundBody("ops", Role.OPERATOR, UNKNOWN);
        assertThat(getJson("marketer", Role.MARKETER, RECOMMENDATION, OLD).read("$.timing.band", String.class))
                .isEqualTo("READY");
        client.get().uri(RECOMMENDATION, "WVW-123").header(HttpHeaders.AUTHORIZATION, bearer("ops", Role.OPERATOR))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("vin");
    }

    @Test
    void listsSubscribedVehiclesHighestScoreFirstWithinPageBounds() {
        DocumentContext all = getJson("marketer", Role.MARKETER, CANDIDATES);

        List<String> vins = all.read("$.items[*].vin");
        List<Integer> scores = all.read("$.items[*].score");
        assertThat(vins).containsExactly(OLD, MIDDLE, YOUNG);
        assertThat(scores).containsExactly(88, 41, 0);
        assertThat(all.read("$.totalItems", Integer.class)).isEqualTo(3);
        assertThat(all.read("$.items[0].band", String.class)).isEqualTo("READY");
        assertThat(all.read("$.items[0].topModel.id", String.class)).isEqualTo("vw-cityline-e");
        assertThat(all.read("$.items[0].drivers[0].factor", String.class)).isEqualTo("VEHICLE_AGE");
        assertThat(all.read("$.items[0].subscriptionEndsOn", String.class)).isEqualTo("2026-11-22");
        assertThat(all.read("$.items[2].drivers.length()", Integer.class)).isZero();

        DocumentContext second = getJson("advisor", Role.SERVICE_ADVISOR, CANDIDATES + "?page=1&size=1");
        assertThat(second.read("$.items[*].vin", List.class)).containsExactly(MIDDLE);
        assertThat(second.read("$.totalPages", Integer.class)).isEqualTo(3);
        DocumentContext beyond = getJson("ops", Role.OPERATOR, CANDIDATES + "?page=3&size=1");
        assertThat(beyond.read("$.items.length()", Integer.class)).isZero();
        assertThat(beyond.read("$.totalItems", Integer.class)).isEqualTo(3);

        assertThat(getJson("marketer", Role.MARKETER, CANDIDATES + "?band=READY").read("$.items[*].vin", List.class))
                .containsExactly(OLD);
        DocumentContext rest = getJson("marketer", Role.MARKETER, CANDIDATES + "?band=consider,NOT_YET");
        assertThat(rest.read("$.items[*].vin", List.class)).containsExactly(MIDDLE, YOUNG);
        assertThat(rest.read("$.totalItems", Integer.class)).isEqualTo(2);
    }

    @Test
    void rejectsBadCandidateQueriesAndCallersWithoutTheRoleOrAToken() {
        String marketer = bearer("marketer", Role.MARKETER);
        client.get().uri(CANDIDATES + "?size=201").header(HttpHeaders.AUTHORIZATION, marketer).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("size");
        client.get().uri(CANDIDATES + "?band=HOT").header(HttpHeaders.AUTHORIZATION, marketer).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("band")
                .jsonPath("$.expected").isEqualTo("one or more of NOT_YET, CONSIDER, READY, separated by commas");
        client.get().uri(CANDIDATES).header(HttpHeaders.AUTHORIZATION, bearer("alice", Role.SUBSCRIBER)).exchange()
                .expectStatus().isForbidden();
        client.get().uri(CANDIDATES).exchange()
                .expectStatus().isUnauthorized();
        client.get().uri(RECOMMENDATION, OLD).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void describesBothOperationsWithExamplesInOpenApi() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/repurchase-recommendation'].get.summary").exists()
                .jsonPath("$.paths['/api/v1/vehicles/{vin}/repurchase-recommendation'].get.responses['404']"
                        + ".content['application/problem+json'].example").exists()
                .jsonPath("$.paths['/api/v1/repurchase-candidates'].get.parameters[?(@.name == 'band')]").exists()
                .jsonPath("$.paths['/api/v1/repurchase-candidates'].get.responses['400']"
                        + ".content['application/problem+json'].examples.band").exists()
                .jsonPath("$.components.schemas.RepurchaseRecommendation.example.timing.band").isEqualTo("READY")
                .jsonPath("$.components.schemas.RepurchaseCandidate.example.topModel.id").isEqualTo("vw-cityline-e")
                .jsonPath("$.components.schemas.Dealer.example.poiId").isEqualTo("dl-001");
    }
}
