package dev.pitwall.api.poi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.security.JwtRoles;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SecurityConfiguration;
import dev.pitwall.api.security.TokenVerificationConfiguration;
import dev.pitwall.core.poi.GeoMath;
import dev.pitwall.core.poi.OpeningHours;
import dev.pitwall.core.poi.OpeningInterval;
import dev.pitwall.core.poi.PoiCatalog;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.poi.PointOfInterest;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The POI endpoints over a small hand-made catalog (the real {@link PoiService}, no mocks) and a fixed clock:
 * Monday 2 February 2026, 10:00 in Munich.
 */
@WebMvcTest(controllers = PoiController.class,
        properties = "pitwall.security.dev-token.secret=" + PoiControllerTest.SECRET)
@Import({PoiService.class, SecurityConfiguration.class, TokenVerificationConfiguration.class,
        PoiControllerTest.Fixture.class})
class PoiControllerTest {

    static final String SECRET = "poi-test-secret-of-at-least-32-bytes-long";
    static final String LIST = "/api/v1/pois";
    static final String ONE = "/api/v1/pois/{poiId}";
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-02-02T09:00:00Z"); // Monday 10:00 in Berlin
    static final double LAT = 48.137;
    static final double LON = 11.575;

    static final OpeningHours WEEKDAYS = hours(Map.of(DayOfWeek.MONDAY, List.of("07:30-18:00"),
            DayOfWeek.TUESDAY, List.of("07:30-18:00"), DayOfWeek.WEDNESDAY, List.of("07:30-18:00"),
            DayOfWeek.THURSDAY, List.of("07:30-18:00"), DayOfWeek.FRIDAY, List.of("07:30-16:00")));
    /** Monday morning and a Saturday night shift running into Sunday. */
    static final OpeningHours NIGHT_SHIFT = hours(Map.of(DayOfWeek.MONDAY, List.of("08:00-12:00", "13:00-17:00"),
            DayOfWeek.SATURDAY, List.of("22:00-06:00")));
    static final OpeningHours EARLY_ONLY = hours(Map.of(DayOfWeek.MONDAY, List.of("06:00-09:00")));

    // about 0 km, 1.5 km, 4.5 km, 30 km and 500 km from (LAT, LON)
    static final PointOfInterest WS_A = new PointOfInterest("ws-a", PoiKind.WORKSHOP, "Alpha Kfz", "Meisterwerk",
            LAT, LON, WEEKDAYS, Set.of("OIL_SERVICE", "BRAKE_INSPECTION"), true);
    static final PointOfInterest WS_B = new PointOfInterest("ws-b", PoiKind.WORKSHOP, "Beta Reifen", "independent",
            LAT + 0.0135, LON, NIGHT_SHIFT, Set.of("BRAKE_INSPECTION", "TIRE_ROTATION"), false);
    static final PointOfInterest DL_C = new PointOfInterest("dl-c", PoiKind.DEALER, "Autohaus Cäsar", "Volkswagen",
            LAT, LON + 0.06, WEEKDAYS, Set.of("OIL_SERVICE"), true);
    static final PointOfInterest CS_D = new PointOfInterest("cs-d", PoiKind.CHARGING_STATION, "Delta Laden",
            "Isarwatt", LAT - 0.27, LON, OpeningHours.alwaysOpen(BERLIN), Set.of("TYPE2", "CCS"), true);
    static final PointOfInterest FS_E = new PointOfInterest("fs-e", PoiKind.FUEL_STATION, "Echo Tank Berlin",
            "Nordstern", 52.52, 13.405, EARLY_ONLY, Set.of("DIESEL"), false);

    @Autowired
    MockMvcTester mvc;

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ApiProperties.class, PoiProperties.class})
    static class Fixture {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        PoiCatalog poiCatalog() {
            return PoiCatalog.of(List.of(WS_A, WS_B, DL_C, CS_D, FS_E));
        }
    }

    static OpeningHours hours(Map<DayOfWeek, List<String>> week) {
        Map<DayOfWeek, List<OpeningInterval>> parsed = new java.util.EnumMap<>(DayOfWeek.class);
        week.forEach((day, texts) -> parsed.put(day, texts.stream().map(OpeningInterval::parse).toList()));
        return new OpeningHours(BERLIN, parsed);
    }

    static JwtRequestPostProcessor token(Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        return jwt().jwt(j -> j.subject("tester").claim(JwtRoles.CLAIM, names))
                .authorities(JwtRoles.authoritiesConverter());
    }

    MvcTestResult get(String uri, Object... vars) {
        return mvc.get().uri(uri, vars).with(token(Role.SUBSCRIBER)).exchange();
    }

    static List<String> ids(MvcTestResult result) {
        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        return JsonPath.read(body(result), "$.items[*].id");
    }

    static String body(MvcTestResult result) {
        try {
            return result.getResponse().getContentAsString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    static double rounded(PointOfInterest poi) {
        return Math.round(GeoMath.distanceKm(LAT, LON, poi.latitude(), poi.longitude()) * 100) / 100.0;
    }

    @Test
    void listsTheWholeCatalogInIdOrderWithoutDistances() {
        MvcTestResult result = get(LIST);

        assertThat(ids(result)).containsExactly("cs-d", "dl-c", "fs-e", "ws-a", "ws-b");
        assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(5);
        assertThat(result).bodyJson().extractingPath("$.page").isEqualTo(0);
        assertThat(result).bodyJson().extractingPath("$.size").isEqualTo(20);
        assertThat(body(result)).doesNotContain("distanceKm");
    }

    @Test
    void showsEveryFieldOfAPoiWithItsOpeningHoursAsStored() {
        MvcTestResult result = get(ONE, "ws-b");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.id").isEqualTo("ws-b");
        assertThat(result).bodyJson().extractingPath("$.kind").isEqualTo("WORKSHOP");
        assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("Beta Reifen");
        assertThat(result).bodyJson().extractingPath("$.brand").isEqualTo("independent");
        assertThat(result).bodyJson().extractingPath("$.latitude").isEqualTo(LAT + 0.0135);
        assertThat(result).bodyJson().extractingPath("$.longitude").isEqualTo(LON);
        assertThat(result).bodyJson().extractingPath("$.partner").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.services").isEqualTo(List.of("BRAKE_INSPECTION", "TIRE_ROTATION"));
        assertThat(result).bodyJson().extractingPath("$.openingHours.timeZone").isEqualTo("Europe/Berlin");
        assertThat(result).bodyJson().extractingPath("$.openingHours.mon")
                .isEqualTo(List.of("08:00-12:00", "13:00-17:00"));
        assertThat(result).bodyJson().extractingPath("$.openingHours.sat").isEqualTo(List.of("22:00-06:00"));
        assertThat(result).bodyJson().extractingPath("$.openingHours.sun").isEqualTo(List.of());
        assertThat(result).bodyJson().extractingPath("$.openNow").isEqualTo(true);
        assertThat(body(result)).doesNotContain("distanceKm");
    }

    @Test
    void showsAlwaysOpenAsTheWholeDayEveryDay() {
        MvcTestResult result = get(ONE, "cs-d");

        assertThat(result).bodyJson().extractingPath("$.openingHours.mon").isEqualTo(List.of("00:00-24:00"));
        assertThat(result).bodyJson().extractingPath("$.openingHours.sun").isEqualTo(List.of("00:00-24:00"));
        assertThat(result).bodyJson().extractingPath("$.services").isEqualTo(List.of("CCS", "TYPE2"));
    }

    @Test
    void judgesOpenNowAtTheAppsClock() {
        assertThat(get(ONE, "ws-a")).bodyJson().extractingPath("$.openNow").isEqualTo(true);
        assertThat(get(ONE, "fs-e")).bodyJson().extractingPath("$.openNow").isEqualTo(false); // closed at 09:00
    }

    @Test
    void pagesThroughTheCatalog() {
        MvcTestResult result = get(LIST + "?page=1&size=2");

        assertThat(ids(result)).containsExactly("fs-e", "ws-a");
        assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(5);
        assertThat(result).bodyJson().extractingPath("$.totalPages").isEqualTo(3);
        assertThat(ids(get(LIST + "?page=3&size=2"))).isEmpty();
    }

    @Test
    void listsThePoisWithinTenKmOfNearNearestFirstWithTheirDistance() {
        MvcTestResult result = get(LIST + "?near=" + LAT + "," + LON);

        assertThat(ids(result)).containsExactly("ws-a", "ws-b", "dl-c");
        List<Number> distances = JsonPath.read(body(result), "$.items[*].distanceKm");
        assertThat(distances.stream().map(Number::doubleValue))
                .containsExactly(0.0, rounded(WS_B), rounded(DL_C));
        assertThat(rounded(WS_B)).isBetween(1.4, 1.6);
    }

    @Test
    void widensTheSearchToRadiusKm() {
        assertThat(ids(get(LIST + "?near=" + LAT + "," + LON + "&radiusKm=31")))
                .containsExactly("ws-a", "ws-b", "dl-c", "cs-d");
        // Berlin is about 504 km away: beyond the largest radius a caller may ask for
        assertThat(ids(get(LIST + "?near=" + LAT + "," + LON + "&radiusKm=500")))
                .containsExactly("ws-a", "ws-b", "dl-c", "cs-d");
        assertThat(ids(get(LIST + "?near=" + LAT + "," + LON + "&radiusKm=0.5"))).containsExactly("ws-a");
    }

    @Test
    void filtersByKindInAnyCaseAndServiceTheyMustOffer() {
        assertThat(ids(get(LIST + "?kind=workshop,DEALER&service=OIL_SERVICE"))).containsExactly("dl-c", "ws-a");
        assertThat(ids(get(LIST + "?kind=WORKSHOP&kind=CHARGING_STATION"))).containsExactly("cs-d", "ws-a", "ws-b");
        assertThat(ids(get(LIST + "?service=OIL_SERVICE,BRAKE_INSPECTION"))).containsExactly("ws-a");
        assertThat(ids(get(LIST + "?service=WINDSCREEN"))).isEmpty();
        assertThat(ids(get(LIST + "?near=" + LAT + "," + LON + "&kind=WORKSHOP,DEALER&service=OIL_SERVICE")))
                .containsExactly("ws-a", "dl-c");
    }

    @Test
    void filtersByBrandIgnoringCase() {
        assertThat(ids(get(LIST + "?brand=meisterwerk"))).containsExactly("ws-a");
        assertThat(ids(get(LIST + "?brand=ISARWATT,Nordstern"))).containsExactly("cs-d", "fs-e");
    }

    @Test
    void filtersPartnersOrTheOthers() {
        assertThat(ids(get(LIST + "?partner=true"))).containsExactly("cs-d", "dl-c", "ws-a");
        assertThat(ids(get(LIST + "?partner=FALSE"))).containsExactly("fs-e", "ws-b");
        assertThat(ids(get(LIST + "?near=" + LAT + "," + LON + "&partner=false"))).containsExactly("ws-b");
    }

    @Test
    void filtersThoseOpenAtAnInstantIncludingOvernightIntervals() {
        // Saturday 22:30 and Sunday 05:00 in Berlin: only the night shift and the charging station
        assertThat(ids(get(LIST + "?openAt=2026-01-31T21:30:00Z"))).containsExactly("cs-d", "ws-b");
        assertThat(ids(get(LIST + "?openAt=2026-02-01T04:00:00Z"))).containsExactly("cs-d", "ws-b");
        // Sunday 06:30 in Berlin, given with its offset: the night shift closed at 06:00
        assertThat(ids(get(LIST + "?openAt={t}", "2026-02-01T06:30:00+01:00"))).containsExactly("cs-d");
        // Monday 12:30 in Berlin: ws-b has its lunch break
        assertThat(ids(get(LIST + "?openAt=2026-02-02T11:30:00Z&kind=WORKSHOP"))).containsExactly("ws-a");
    }

    @Test
    void answersAnUnknownPoiWith404Problem() {
        MvcTestResult result = get(ONE, "ws-999");

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/not-found");
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("poiId");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("ws-999");
    }

    @Test
    void rejectsAMalformedOrOutOfRangeNear() {
        for (String near : List.of("48.137", "48.137,11.575,3", "north,11.575", "91,11.575", "48.137,181",
                "NaN,11.575", "11.575;48.137")) {
            MvcTestResult result = get(LIST + "?near={near}", near);
            assertBadParameter(result, "near");
            assertThat(result).bodyJson().extractingPath("$.expected").asString()
                    .contains("latitude,longitude", "-90 to 90", "-180 to 180");
        }
    }

    @Test
    void rejectsARadiusOutsideTheLimitsOrWithoutNear() {
        for (String radius : List.of("0", "-5", "501", "ten", "Infinity")) {
            MvcTestResult result = get(LIST + "?near=48.137,11.575&radiusKm={r}", radius);
            assertBadParameter(result, "radiusKm");
            assertThat(result).bodyJson().extractingPath("$.expected").asString().contains("at most 500");
        }
        MvcTestResult alone = get(LIST + "?radiusKm=5");
        assertBadParameter(alone, "radiusKm");
        assertThat(alone).bodyJson().extractingPath("$.expected").asString().contains("without near");
    }

    @Test
    void rejectsAnUnknownKindNamingTheKinds() {
        MvcTestResult result = get(LIST + "?kind=WORKSHOP,GARAGE");

        assertBadParameter(result, "kind");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .contains("WORKSHOP, DEALER, FUEL_STATION, CHARGING_STATION", "GARAGE");
    }

    @Test
    void rejectsAPartnerThatIsNeitherTrueNorFalse() {
        MvcTestResult result = get(LIST + "?partner=yes");

        assertBadParameter(result, "partner");
        assertThat(result).bodyJson().extractingPath("$.expected").asString().contains("true", "false");
    }

    @Test
    void rejectsAnOpenAtThatIsNoInstant() {
        for (String openAt : List.of("tomorrow", "2026-01-31", "2026-01-31T08:00:00")) {
            MvcTestResult result = get(LIST + "?openAt={t}", openAt);
            assertBadParameter(result, "openAt");
            assertThat(result).bodyJson().extractingPath("$.expected").asString().contains("ISO-8601 instant");
        }
    }

    @Test
    void rejectsPageAndSizeOutsideTheLimits() {
        assertBadParameter(get(LIST + "?size=201"), "size");
        assertBadParameter(get(LIST + "?size=0"), "size");
        assertBadParameter(get(LIST + "?page=-1"), "page");
        assertBadParameter(get(LIST + "?page=first"), "page");
    }

    @Test
    void letsEveryRoleRead() {
        for (Role role : Role.values()) {
            assertThat(mvc.get().uri(LIST).with(token(role))).hasStatusOk();
            assertThat(mvc.get().uri(ONE, "ws-a").with(token(role))).hasStatusOk();
        }
    }

    @Test
    void answersMissingTokenWith401Problem() {
        for (MvcTestResult result : List.of(mvc.get().uri(LIST).exchange(), mvc.get().uri(ONE, "ws-a").exchange())) {
            assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.type")
                    .isEqualTo("https://pitwall.dev/problems/unauthorized");
        }
    }

    @Test
    void allowsNoWritesOnPois() {
        assertThat(mvc.post().uri(LIST).with(token(Role.OPERATOR))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.delete().uri(ONE, "ws-a").with(token(Role.OPERATOR))).hasStatus(HttpStatus.FORBIDDEN);
    }

    private static void assertBadParameter(MvcTestResult result, String parameter) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type")
                .isEqualTo("https://pitwall.dev/problems/invalid-parameter");
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'" + parameter + "'");
    }
}
