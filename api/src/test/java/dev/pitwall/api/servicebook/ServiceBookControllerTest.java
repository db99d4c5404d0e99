package dev.pitwall.api.servicebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import com.jayway.jsonpath.JsonPath;
import dev.pitwall.api.security.JwtRoles;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SecurityConfiguration;
import dev.pitwall.api.security.TokenVerificationConfiguration;
import dev.pitwall.core.servicebook.VehicleReading;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The endpoints over the real service and core rules, with storage in memory (a fake, so that POST then GET shows
 * what the service book does with a record) and a fixed clock.
 */
@WebMvcTest(controllers = ServiceBookController.class,
        properties = "pitwall.security.dev-token.secret=" + ServiceBookControllerTest.SECRET)
@Import({SecurityConfiguration.class, TokenVerificationConfiguration.class, ServiceBookConfiguration.class,
        ServiceBookService.class, ServiceBookControllerTest.Fakes.class})
class ServiceBookControllerTest {

    static final String SECRET = "service-book-test-secret-of-at-least-32-bytes";
    static final String VIN = "WVWZZZCDZLW123456"; // Volkswagen, model year 2020: the Golf 8 schedule
    static final String UNKNOWN_VIN = "WVWZZZCDZLW999999";
    static final String BOOK = "/api/v1/vehicles/{vin}/service-book";
    static final String RECORDS = "/api/v1/vehicles/{vin}/service-records";
    static final Instant NOW = Instant.parse("2026-01-31T08:00:00Z");
    static final VehicleReading FIRST = new VehicleReading(Instant.parse("2025-03-01T09:00:00Z"), 12_400.0, 310.5);
    static final VehicleReading NEWEST = new VehicleReading(NOW.minus(Duration.ofHours(1)), 48_211.4, 1_532.2);
    static final String OIL_AND_TIRES = """
            {"items": ["OIL_SERVICE", "TIRE_ROTATION"], "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 48190.0,
             "engineHours": 1531.6, "workshop": "Autohaus Nord", "notes": "5W-30"}""";

    @TestConfiguration
    static class Fakes {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        InMemoryServiceBookRepository serviceBookRepository(Clock clock) {
            return new InMemoryServiceBookRepository(clock);
        }

        @Bean
        TransactionOperations transactions() {
            return TransactionOperations.withoutTransaction();
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    InMemoryServiceBookRepository repository;

    @BeforeEach
    void oneVehicleHasReported() {
        repository.clear();
        repository.vehicle(VIN, FIRST, NEWEST);
    }

    static JwtRequestPostProcessor token(Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        return jwt().jwt(j -> j.subject("tester").claim(JwtRoles.CLAIM, names))
                .authorities(JwtRoles.authoritiesConverter());
    }

    MvcTestResult get(String query) {
        return mvc.get().uri(BOOK + query, VIN).with(token(Role.SERVICE_ADVISOR)).exchange();
    }

    MvcTestResult post(String vin, String body) {
        return mvc.post().uri(RECORDS, vin).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(token(Role.SERVICE_ADVISOR)).exchange();
    }

    @Test
    void countsEveryItemFromTheFirstReportWhenNothingIsRecorded() {
        MvcTestResult result = get("");

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.vin").isEqualTo(VIN);
        assertThat(result).bodyJson().extractingPath("$.schedule.id").isEqualTo("vw-golf-8-1.5-tsi");
        assertThat(result).bodyJson().extractingPath("$.asOf").isEqualTo("2026-01-31T08:00:00Z");
        assertThat(result).bodyJson().extractingPath("$.odometerKm").isEqualTo(48211.4);
        assertThat(result).bodyJson().extractingPath("$.items.length()").isEqualTo(10);
        // 35,811.4 km since the first report: the tyres' 10,000 km are the furthest behind, then the 30,000 km items
        assertThat(result).bodyJson().extractingPath("$.items[0].item").isEqualTo("TIRE_ROTATION");
        assertThat(item(result, "OIL_SERVICE", "state")).containsExactly("OVERDUE");
        assertThat(item(result, "OIL_SERVICE", "decidingLimit")).containsExactly("DISTANCE");
        assertThat(item(result, "OIL_SERVICE", "dueAt.odometerKm")).containsExactly(42400.0);
        assertThat(item(result, "OIL_SERVICE", "remaining.km")).containsExactly(-5811.4);
        assertThat(item(result, "OIL_SERVICE", "dueAt.time")).containsExactly("2027-03-01T09:00:00Z");
        assertThat(item(result, "OIL_SERVICE", "basis.kind")).containsExactly("FIRST_REPORT");
        assertThat(item(result, "OIL_SERVICE", "basis.odometerKm")).containsExactly(12400.0);
        assertThat(item(result, "OIL_SERVICE", "interval.km")).containsExactly(30000.0);
        assertThat(item(result, "OIL_SERVICE", "lastService")).containsExactly((Object) null);
        // a year after the first report, 29 days from now: within the 30 days of the inspection
        assertThat(item(result, "ANNUAL_INSPECTION", "state")).containsExactly("DUE_SOON");
        assertThat(item(result, "ANNUAL_INSPECTION", "remaining.days")).containsExactly(29.0);
        assertThat(item(result, "ANNUAL_INSPECTION", "remaining.km")).containsExactly((Object) null);
        assertThat(item(result, "COOLANT_SERVICE", "state")).containsExactly("OK");
        assertThat(result).bodyJson().extractingPath("$.history").asArray().isEmpty();
        assertThat(result).bodyJson().extractingPath("$.historyLimit").isEqualTo(50);
        assertThat(result).bodyJson().extractingPath("$.historyTruncated").isEqualTo(false);
    }

    @Test
    void recordingAServiceResetsItsItemsAndOnlyThose() {
        MvcTestResult posted = post(VIN, OIL_AND_TIRES);

        assertThat(posted).hasStatus(HttpStatus.CREATED);
        assertThat(posted.getResponse().getHeader(HttpHeaders.LOCATION))
                .isEqualTo("/api/v1/vehicles/" + VIN + "/service-book");
        assertThat(posted).bodyJson().extractingPath("$.records[0].item").isEqualTo("OIL_SERVICE");
        assertThat(posted).bodyJson().extractingPath("$.records[1].item").isEqualTo("TIRE_ROTATION");
        assertThat(posted).bodyJson().extractingPath("$.records[1].workshop").isEqualTo("Autohaus Nord");
        assertThat(posted).bodyJson().extractingPath("$.records[1].source").isEqualTo("api");

        MvcTestResult book = get("");

        assertThat(item(book, "OIL_SERVICE", "state")).containsExactly("OK");
        assertThat(item(book, "OIL_SERVICE", "basis.kind")).containsExactly("LAST_SERVICE");
        assertThat(item(book, "OIL_SERVICE", "basis.time")).containsExactly("2026-01-30T15:45:00Z");
        assertThat(item(book, "OIL_SERVICE", "dueAt.odometerKm")).containsExactly(78190.0);
        assertThat(item(book, "OIL_SERVICE", "remaining.km")).containsExactly(29978.6);
        assertThat(item(book, "OIL_SERVICE", "lastService.notes")).containsExactly("5W-30");
        assertThat(item(book, "TIRE_ROTATION", "state")).containsExactly("OK");
        assertThat(item(book, "TIRE_ROTATION", "dueAt.odometerKm")).containsExactly(58190.0);
        // not part of the service: still counted from the first report, still overdue
        assertThat(item(book, "BRAKE_INSPECTION", "state")).containsExactly("OVERDUE");
        assertThat(item(book, "BRAKE_INSPECTION", "basis.kind")).containsExactly("FIRST_REPORT");
        assertThat(item(book, "CABIN_FILTER", "state")).containsExactly("OVERDUE");
        assertThat(book).bodyJson().extractingPath("$.history.length()").isEqualTo(2);
        assertThat(book).bodyJson().extractingPath("$.history[0].performedAt").isEqualTo("2026-01-30T15:45:00Z");
    }

    @Test
    void aRepeatedRequestStoresNothingAndAnswersTheSameRecords() throws Exception {
        MvcTestResult first = post(VIN, OIL_AND_TIRES);
        MvcTestResult again = post(VIN, OIL_AND_TIRES);

        assertThat(first).hasStatus(HttpStatus.CREATED);
        assertThat(again).hasStatus(HttpStatus.OK);
        assertThat(again.getResponse().getHeader(HttpHeaders.LOCATION)).isNull();
        assertThat(again).bodyJson().isStrictlyEqualTo(first.getResponse().getContentAsString());
        assertThat(repository.all(VIN)).hasSize(2);
        assertThat(get("")).bodyJson().extractingPath("$.history.length()").isEqualTo(2);
    }

    @Test
    void aRequestThatOnlyAddsItemsToARecordedServiceCreatesThose() {
        post(VIN, OIL_AND_TIRES.replace("\"TIRE_ROTATION\"", "\"CABIN_FILTER\""));

        MvcTestResult more = post(VIN, OIL_AND_TIRES);

        assertThat(more).hasStatus(HttpStatus.CREATED);
        assertThat(repository.all(VIN)).extracting(e -> e.item().name()).containsExactlyInAnyOrder("OIL_SERVICE", "CABIN_FILTER", "TIRE_ROTATION");
    }

    @Test
    void refusesTheKeyOfARecordedServiceWithOtherValues() {
        String oil = """
                {"items": ["OIL_SERVICE"], "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 48190.0}""";
        post(VIN, oil);

        MvcTestResult changed = post(VIN, oil.replace("48190.0", "48109.0"));

        assertThat(changed).hasStatus(HttpStatus.CONFLICT).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(changed).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/conflict");
        assertThat(changed).bodyJson().extractingPath("$.parameter").isEqualTo("odometerKm");
        assertThat(changed).bodyJson().extractingPath("$.detail").asString()
                .contains("OIL_SERVICE", "2026-01-30T15:45:00Z", "48190.0", "48109.0");
        assertThat(repository.all(VIN)).singleElement().extracting(ServiceHistoryEntry::odometerKm).isEqualTo(48190.0);
    }

    @Test
    void takesEngineHoursFromTheVehiclesReportsWhenTheWorkshopGivesNone() {
        repository.engineHours(VIN, Instant.parse("2026-01-30T15:40:00Z"), 1_531.4);
        repository.engineHours(VIN, Instant.parse("2026-01-30T16:10:00Z"), 1_531.9); // after the service

        MvcTestResult posted = post(VIN, """
                {"items": ["OIL_SERVICE"], "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 48190.0}""");

        assertThat(posted).hasStatus(HttpStatus.CREATED);
        assertThat(posted).bodyJson().extractingPath("$.records[0].engineHours").isEqualTo(1531.4);
        // the same request again is a repeat, though it still gives no engine hours
        assertThat(post(VIN, """
                {"items": ["OIL_SERVICE"], "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 48190.0}"""))
                .hasStatus(HttpStatus.OK);
    }

    @Test
    void namesEveryInvalidFieldOfTheBody() {
        MvcTestResult result = post(VIN, """
                {"items": ["OIL_CHANGE", "SPARK_PLUGS", "OIL_SERVICE", "OIL_SERVICE"],
                 "performedAt": "2026-02-01T08:00:00Z", "odometerKm": 481900.0, "engineHours": -1,
                 "workshop": "  "}""");

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/invalid-parameter");
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("items[0]");
        assertThat(result).bodyJson().extractingPath("$.errors[*].parameter").asArray()
                .containsExactly("items[0]", "items[3]", "performedAt", "odometerKm", "engineHours");
        assertThat(result).bodyJson().extractingPath("$.errors[0].actual").isEqualTo("OIL_CHANGE");
        assertThat(result).bodyJson().extractingPath("$.errors[3].expected").asString()
                .contains("at most 48711.4 km", "newest reported 48211.4 km");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .contains("'items[0]'", "'performedAt'", "no later than 2026-01-31T08:05:00Z", "'odometerKm'");
        assertThat(repository.all(VIN)).isEmpty();
    }

    @Test
    void rejectsAnItemTheVehiclesScheduleDoesNotHave() {
        MvcTestResult unknown = post("WBA8E9G51GNU12345", """
                {"items": ["SPARK_PLUGS"], "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 1000}""");
        repository.vehicle("WBA8E9G51GNU12345", FIRST, NEWEST); // a BMW 320d: a diesel, no spark plugs
        MvcTestResult diesel = post("WBA8E9G51GNU12345", """
                {"items": ["SPARK_PLUGS"], "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 1000}""");

        assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(diesel).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(diesel).bodyJson().extractingPath("$.parameter").isEqualTo("items[0]");
        assertThat(diesel).bodyJson().extractingPath("$.expected").asString().contains("schedule 'bmw-320d'");
    }

    @Test
    void requiresItemsPerformedAtAndOdometer() {
        MvcTestResult empty = post(VIN, "{\"items\": []}");

        assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(empty).bodyJson().extractingPath("$.errors[*].parameter").asArray()
                .containsExactly("items", "performedAt", "odometerKm");
    }

    @Test
    void namesTheFieldJsonCouldNotRead() {
        MvcTestResult badInstant = post(VIN, """
                {"items": ["OIL_SERVICE"], "performedAt": "yesterday", "odometerKm": 48190.0}""");
        MvcTestResult badNumber = post(VIN, """
                {"items": ["OIL_SERVICE"], "performedAt": "2026-01-30T15:45:00Z", "odometerKm": {"km": 1}}""");
        MvcTestResult notAnArray = post(VIN, """
                {"items": {"first": "OIL_SERVICE"}, "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 1}""");
        MvcTestResult notJson = post(VIN, "oil change, please");
        MvcTestResult noBody = post(VIN, "");

        assertBadField(badInstant, "performedAt");
        assertThat(badInstant).bodyJson().extractingPath("$.detail").asString().contains("ISO-8601", "yesterday");
        assertBadField(badNumber, "odometerKm");
        assertBadField(notAnArray, "items");
        assertBadField(notJson, "body");
        assertBadField(noBody, "body");
        assertThat(repository.all(VIN)).isEmpty();
    }

    @Test
    void answersUnknownVehicleWith404Problem() {
        MvcTestResult book = mvc.get().uri(BOOK, UNKNOWN_VIN).with(token(Role.OPERATOR)).exchange();
        MvcTestResult record = post(UNKNOWN_VIN, OIL_AND_TIRES);

        for (MvcTestResult result : List.of(book, record)) {
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("vin");
            assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(UNKNOWN_VIN);
        }
    }

    @Test
    void rejectsMalformedVinAndLimit() {
        assertBadField(mvc.get().uri(BOOK, "WVWZZZCDZLW12345O").with(token(Role.OPERATOR)).exchange(), "vin");
        assertBadField(post("ABC", OIL_AND_TIRES), "vin");
        assertBadField(get("?limit=0"), "limit");
        assertBadField(get("?limit=501"), "limit");
        assertThat(get("?limit=500")).hasStatusOk();
    }

    @Test
    void cutsTheHistoryAtTheLimitAndSaysSo() {
        post(VIN, OIL_AND_TIRES);

        MvcTestResult result = get("?limit=1");

        assertThat(result).bodyJson().extractingPath("$.history.length()").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.historyLimit").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.historyTruncated").isEqualTo(true);
    }

    @Test
    void forbidsMarketersTheBookAndSubscribersTheRecording() {
        MvcTestResult book = mvc.get().uri(BOOK, VIN).with(token(Role.MARKETER)).exchange();
        MvcTestResult record = mvc.post().uri(RECORDS, VIN).contentType(MediaType.APPLICATION_JSON)
                .content(OIL_AND_TIRES).with(token(Role.SUBSCRIBER)).exchange();

        for (MvcTestResult result : List.of(book, record)) {
            assertThat(result).hasStatus(HttpStatus.FORBIDDEN)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.detail").asString()
                    .contains("OPERATOR", "SERVICE_ADVISOR");
        }
        assertThat(repository.all(VIN)).isEmpty();
    }

    @Test
    void answersMissingTokenWith401Problem() {
        MvcTestResult book = mvc.get().uri(BOOK, VIN).exchange();
        MvcTestResult record = mvc.post().uri(RECORDS, VIN).contentType(MediaType.APPLICATION_JSON)
                .content(OIL_AND_TIRES).exchange();

        for (MvcTestResult result : List.of(book, record)) {
            assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(repository.all(VIN)).isEmpty();
    }

    @Test
    void letsAnOperatorRecordToo() {
        assertThat(mvc.post().uri(RECORDS, VIN).contentType(MediaType.APPLICATION_JSON).content(OIL_AND_TIRES)
                .with(token(Role.OPERATOR))).hasStatus(HttpStatus.CREATED);
    }

    /** The values at {@code field} of the item called {@code item} (a JSONPath filter answers a list). */
    private static List<Object> item(MvcTestResult result, String item, String field) {
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.items[?(@.item == '" + item + "')]." + field);
    }

    private static void assertBadField(MvcTestResult result, String field) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type")
                .isEqualTo("https://pitwall.dev/problems/invalid-parameter");
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo(field);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'" + field + "'");
    }
}
