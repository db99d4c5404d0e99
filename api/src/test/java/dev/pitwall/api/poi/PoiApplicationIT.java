package dev.pitwall.api.poi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.core.poi.GeoMath;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.infra.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The POI endpoints end to end: the whole application on a random port serving core's sample catalog (no
 * pitwall.pois.file), development tokens as the local stack issues them. {@code near} answers are checked against
 * a linear scan of {@code PoiCatalog.sample()} with core's haversine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class PoiApplicationIT {

    static final String SECRET = "points-of-interest-end-to-end-secret-32-bytes";
    static final PoiCatalog SAMPLE = PoiCatalog.sample();
    static final Comparator<PointOfInterest> BY_ID = Comparator.comparing(PointOfInterest::id);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        String url = TestDatabases.createDatabase();
        registry.add("spring.datasource.url", () -> url);
        registry.add("pitwall.security.dev-token.secret", () -> SECRET);
    }

    @Autowired
    RestTestClient client;

    @Autowired
    DevelopmentTokens tokens;

    String token(Role role) {
        return "Bearer " + tokens.issue(role.name().toLowerCase(), Duration.ofMinutes(5), role);
    }

    DocumentContext getJson(Role role, String uri) {
        byte[] body = client.get().uri(uri).header(HttpHeaders.AUTHORIZATION, token(role)).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseBody();
        assertThat(body).isNotNull();
        return JsonPath.parse(new String(body, StandardCharsets.UTF_8));
    }

    /** The expected answer to near=lat,lon&radiusKm=r: a linear scan, nearest first, ties by id. */
    static List<PointOfInterest> bruteForce(double lat, double lon, double radiusKm, Predicate<PointOfInterest> filter) {
        return SAMPLE.pois().stream()
                .filter(p -> GeoMath.distanceKm(lat, lon, p.latitude(), p.longitude()) <= radiusKm)
                .filter(filter)
                .sorted(Comparator.<PointOfInterest>comparingDouble(
                        p -> GeoMath.distanceKm(lat, lon, p.latitude(), p.longitude())).thenComparing(BY_ID))
                .toList();
    }

    /** Asks the API and compares with {@link #bruteForce}; returns how many POIs matched. */
    int assertNearMatchesBruteForce(double lat, double lon, Double radiusKm, String filters,
            Predicate<PointOfInterest> filter) {
        String uri = "/api/v1/pois?size=200&near=" + lat + "," + lon
                + (radiusKm == null ? "" : "&radiusKm=" + radiusKm) + filters;
        DocumentContext json = getJson(Role.SUBSCRIBER, uri);
        List<PointOfInterest> expected = bruteForce(lat, lon, radiusKm == null ? 10 : radiusKm, filter);

        List<String> ids = json.read("$.items[*].id");
        List<Number> distances = json.read("$.items[*].distanceKm");
        assertThat(ids).as(uri).containsExactlyElementsOf(expected.stream().map(PointOfInterest::id).toList());
        assertThat(json.read("$.totalItems", Integer.class)).as(uri).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            PointOfInterest poi = expected.get(i);
            assertThat(distances.get(i).doubleValue()).as(uri + " " + poi.id())
                    .isCloseTo(GeoMath.distanceKm(lat, lon, poi.latitude(), poi.longitude()), within(0.005));
        }
        return expected.size();
    }

    @Test
    void answersNearQueriesExactlyAsALinearScanOfTheSampleWould() {
        int tenKm = assertNearMatchesBruteForce(48.137, 11.575, null, "", p -> true); // default radius 10 km
        int threeKm = assertNearMatchesBruteForce(48.137, 11.575, 3.0, "", p -> true);
        int twentyFiveKm = assertNearMatchesBruteForce(48.137, 11.575, 25.0, "", p -> true);
        // the radius really cuts: the queries are neither empty nor the whole sample
        assertThat(threeKm).isPositive().isLessThan(tenKm);
        assertThat(tenKm).isLessThan(twentyFiveKm);
        assertNearMatchesBruteForce(48.05, 11.4, 15.0, "", p -> true);
        assertNearMatchesBruteForce(48.3, 11.8, 12.5, "", p -> true);
        assertThat(assertNearMatchesBruteForce(48.137, 11.575, 500.0, "", p -> true)).isEqualTo(SAMPLE.size());
        // Berlin: none of the Munich sample
        assertThat(assertNearMatchesBruteForce(52.52, 13.405, 50.0, "", p -> true)).isZero();
        PointOfInterest first = SAMPLE.pois().get(0);
        assertThat(assertNearMatchesBruteForce(first.latitude(), first.longitude(), 0.001, "", p -> true)).isOne();
    }

    @Test
    void answersFilteredNearQueriesExactlyAsALinearScanWould() {
        int oilService = assertNearMatchesBruteForce(48.137, 11.575, 20.0, "&kind=WORKSHOP,DEALER&service=OIL_SERVICE",
                p -> Set.of(PoiKind.WORKSHOP, PoiKind.DEALER).contains(p.kind()) && p.offers("OIL_SERVICE"));
        // the filters really cut: some but not all POIs within 20 km pass
        assertThat(oilService).isPositive().isLessThan(bruteForce(48.137, 11.575, 20, p -> true).size());
        assertNearMatchesBruteForce(48.137, 11.575, 30.0, "&kind=FUEL_STATION,CHARGING_STATION&partner=true",
                p -> (p.kind() == PoiKind.FUEL_STATION || p.kind() == PoiKind.CHARGING_STATION) && p.partner());
        assertNearMatchesBruteForce(48.1, 11.5, 40.0, "&partner=false", p -> !p.partner());
        assertNearMatchesBruteForce(48.1, 11.5, 40.0, "&brand=meisterwerk",
                p -> p.brand().equalsIgnoreCase("Meisterwerk"));
    }

    @Test
    void listsTheWholeSampleInIdOrderWithoutNear() {
        DocumentContext json = getJson(Role.OPERATOR, "/api/v1/pois?size=200");

        List<String> ids = json.read("$.items[*].id");
        assertThat(ids).containsExactlyElementsOf(SAMPLE.pois().stream().sorted(BY_ID).map(PointOfInterest::id)
                .toList());
        assertThat(json.read("$.totalItems", Integer.class)).isEqualTo(SAMPLE.size());
        assertThat(json.jsonString()).doesNotContain("distanceKm");
    }

    @Test
    void showsWhatALeadsOrOffersPoiIdRefersTo() {
        PointOfInterest poi = SAMPLE.byId("ws-001").orElseThrow();

        DocumentContext json = getJson(Role.SERVICE_ADVISOR, "/api/v1/pois/ws-001");

        assertThat(json.read("$.name", String.class)).isEqualTo(poi.name());
        assertThat(json.read("$.brand", String.class)).isEqualTo(poi.brand());
        assertThat(json.read("$.latitude", Double.class)).isEqualTo(poi.latitude());
        assertThat(json.read("$.longitude", Double.class)).isEqualTo(poi.longitude());
        assertThat(json.read("$.partner", Boolean.class)).isEqualTo(poi.partner());
        List<String> services = json.read("$.services");
        assertThat(services).containsExactlyElementsOf(poi.services().stream().sorted().toList());
        assertThat(json.read("$.openingHours.timeZone", String.class)).isEqualTo("Europe/Berlin");
        List<String> monday = json.read("$.openingHours.mon");
        assertThat(monday).containsExactly("07:30-18:00");
        // the app's clock decides openNow; a station open around the clock is open whenever the test runs
        assertThat(getJson(Role.SUBSCRIBER, "/api/v1/pois/cs-001").read("$.openNow", Boolean.class)).isTrue();
    }

    @Test
    void letsEveryRoleReadBothEndpoints() {
        for (Role role : Role.values()) {
            assertThat(getJson(role, "/api/v1/pois?kind=WORKSHOP").read("$.totalItems", Integer.class))
                    .as(role.name())
                    .isEqualTo((int) SAMPLE.pois().stream().filter(p -> p.kind() == PoiKind.WORKSHOP).count());
            assertThat(getJson(role, "/api/v1/pois/cs-001").read("$.id", String.class)).isEqualTo("cs-001");
        }
    }

    @Test
    void answersUnknownPoisAndBadParametersWithProblemsAndRefusesCallersWithoutToken() {
        client.get().uri("/api/v1/pois/ws-999").header(HttpHeaders.AUTHORIZATION, token(Role.SUBSCRIBER)).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.parameter").isEqualTo("poiId");
        client.get().uri("/api/v1/pois?near=48.1,11.5&radiusKm=501")
                .header(HttpHeaders.AUTHORIZATION, token(Role.SUBSCRIBER)).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.parameter").isEqualTo("radiusKm");
        client.get().uri("/api/v1/pois").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://pitwall.dev/problems/unauthorized");
    }

    @Test
    void describesBothOperationsInOpenApi() {
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/pois'].get.summary").exists()
                .jsonPath("$.paths['/api/v1/pois'].get.parameters[?(@.name == 'near')].example")
                .isEqualTo(List.of("48.137,11.575"))
                .jsonPath("$.paths['/api/v1/pois'].get.responses['400'].content['application/problem+json'].examples.near")
                .exists()
                .jsonPath("$.paths['/api/v1/pois/{poiId}'].get.responses['404']").exists()
                .jsonPath("$.paths['/api/v1/pois/{poiId}'].get.responses['401']").exists()
                .jsonPath("$.components.schemas.Poi.example.id").isEqualTo("ws-001")
                .jsonPath("$.components.schemas.PoiOpeningHours.example.sat[0]").isEqualTo("22:00-06:00");
    }
}
