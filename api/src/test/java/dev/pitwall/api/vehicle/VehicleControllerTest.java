package dev.pitwall.api.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.pitwall.api.ApiConfiguration;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.JwtRoles;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SecurityConfiguration;
import dev.pitwall.api.security.TokenVerificationConfiguration;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.TimeRange;
import dev.pitwall.core.health.HealthBand;
import dev.pitwall.core.health.HealthContribution;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = VehicleController.class,
        properties = "pitwall.security.dev-token.secret=" + VehicleControllerTest.SECRET)
@Import({ApiConfiguration.class, SecurityConfiguration.class, TokenVerificationConfiguration.class})
class VehicleControllerTest {

    static final String SECRET = "controller-test-secret-of-at-least-32-bytes";
    static final String VIN = "1HGCM82633A004352";
    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    VehicleService service;

    static JwtRequestPostProcessor token(Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        return jwt().jwt(j -> j.subject("tester").claim(JwtRoles.CLAIM, names))
                .authorities(JwtRoles.authoritiesConverter());
    }

    @Test
    void answersMissingTokenWith401Problem() {
        MvcTestResult result = mvc.get().uri("/api/v1/vehicles").exchange();

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(PROBLEM);
        assertThat(result.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/unauthorized");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("Authorization: Bearer");
        verifyNoInteractions(service);
    }

    @Test
    void answersBadlySignedTokenWith401Problem() {
        String forged = new DevelopmentTokens("another-secret-that-is-32-bytes-long!!")
                .issue("mallory", Duration.ofMinutes(5), Role.OPERATOR);

        MvcTestResult result = mvc.get().uri("/api/v1/vehicles").header(HttpHeaders.AUTHORIZATION, "Bearer " + forged)
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(PROBLEM);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("rejected");
    }

    @Test
    void acceptsTokenIssuedByDevelopmentTokens() {
        given(service.list(any(), any())).willReturn(Page.of(List.of(), new PageQuery(0, 20), 0));
        String token = new DevelopmentTokens(SECRET).issue("alice", Duration.ofMinutes(5), Role.SERVICE_ADVISOR);

        assertThat(mvc.get().uri("/api/v1/vehicles").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .hasStatusOk();
    }

    @Test
    void forbidsMarketerWith403ProblemNamingTheNeededRoles() {
        MvcTestResult result = mvc.get().uri("/api/v1/vehicles").with(token(Role.MARKETER)).exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN).hasContentTypeCompatibleWith(PROBLEM);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/forbidden");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .contains("OPERATOR", "SERVICE_ADVISOR", "SUBSCRIBER", "[MARKETER]");
        verifyNoInteractions(service);
    }

    @Test
    void listsFleetForOperatorWithDefaultPaging() {
        VehicleSummary summary = new VehicleSummary(VIN, 62, HealthBand.FAIR, Instant.parse("2026-01-31T08:00:00Z"),
                48211.4, 37.5, 48.1374, 11.5755, List.of("P0301"));
        given(service.list(HealthBand.FAIR, new PageQuery(0, 20)))
                .willReturn(Page.of(List.of(summary), new PageQuery(0, 20), 1));

        MvcTestResult result = mvc.get().uri("/api/v1/vehicles?band=FAIR").with(token(Role.OPERATOR)).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.items[0].vin").isEqualTo(VIN);
        assertThat(result).bodyJson().extractingPath("$.items[0].healthBand").isEqualTo("FAIR");
        assertThat(result).bodyJson().extractingPath("$.items[0].lastEventTime").isEqualTo("2026-01-31T08:00:00Z");
        assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
        assertThat(result).bodyJson().extractingPath("$.totalPages").isEqualTo(1);
    }

    @Test
    void rejectsUnknownBandNamingTheParameterAndAllowedValues() {
        MvcTestResult result = mvc.get().uri("/api/v1/vehicles?band=SHINY").with(token(Role.OPERATOR)).exchange();

        assertBadParameter(result, "band");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .contains("SHINY", "GOOD, FAIR, POOR, CRITICAL");
    }

    @Test
    void rejectsOversizedPageNamingTheLimit() {
        MvcTestResult result = mvc.get().uri("/api/v1/vehicles?size=201").with(token(Role.OPERATOR)).exchange();

        assertBadParameter(result, "size");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("1 to 200", "201");
    }

    @Test
    void rejectsNegativePageAndNonNumericSize() {
        assertBadParameter(mvc.get().uri("/api/v1/vehicles?page=-1").with(token(Role.OPERATOR)).exchange(), "page");
        MvcTestResult result = mvc.get().uri("/api/v1/vehicles?size=ten").with(token(Role.OPERATOR)).exchange();
        assertBadParameter(result, "size");
        assertThat(result).bodyJson().extractingPath("$.expected").isEqualTo("an integer");
    }

    @Test
    void showsVehicleWithHealthReasons() {
        VehicleDetail detail = new VehicleDetail(VIN, 7, Instant.parse("2026-01-31T08:00:00Z"),
                Instant.parse("2026-01-31T08:00:01Z"), 100.0, 0.0, 48.1, 11.5, 40.0, 90.0, 11.8, false, 0.0, 12.5,
                new TirePressures(230.0, 231.0, 229.0, 228.0), new Battery(11.8, 9.62), 12.0,
                new BrakePads(81.0, null), List.of(),
                new VehicleHealth(80, HealthBand.GOOD, List.of(new HealthContribution("battery.flat", -20,
                        "12 V battery 11.80 V at rest, below 11.9 V: may not start"))));
        given(service.find(VIN)).willReturn(Optional.of(detail));

        MvcTestResult result = mvc.get().uri("/api/v1/vehicles/" + VIN).with(token(Role.SERVICE_ADVISOR)).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.health.score").isEqualTo(80);
        assertThat(result).bodyJson().extractingPath("$.health.reasons[0].rule").isEqualTo("battery.flat");
        assertThat(result).bodyJson().extractingPath("$.health.reasons[0].points").isEqualTo(-20);
        assertThat(result).bodyJson().extractingPath("$.tirePressuresKpa.frontLeft").isEqualTo(230.0);
        assertThat(result).bodyJson().extractingPath("$.batteryVoltage").isEqualTo(11.8);
        assertThat(result).bodyJson().extractingPath("$.battery.voltage").isEqualTo(11.8);
        assertThat(result).bodyJson().extractingPath("$.battery.crankingVoltage").isEqualTo(9.62);
        assertThat(result).bodyJson().extractingPath("$.oilLifePct").isEqualTo(12.0);
        assertThat(result).bodyJson().extractingPath("$.brakePads.frontWearPct").isEqualTo(81.0);
        assertThat(result).bodyJson().extractingPath("$.brakePads.rearWearPct").isNull();
    }

    @Test
    void showsWearSignalsOfEachTelemetryMessage() {
        TelemetryPoint reported = new TelemetryPoint(12, Instant.parse("2026-01-31T08:00:00Z"),
                Instant.parse("2026-01-31T08:00:00.4Z"), 48211.4, 0.0, null, null, null, null, null, null, false, null,
                12.4, null, new TirePressures(null, null, null, null), new Battery(12.4, 10.35), 64.0,
                new BrakePads(42.0, 27.0), List.of());
        TelemetryPoint silent = new TelemetryPoint(11, Instant.parse("2026-01-31T07:59:00Z"), null, 48211.4, null,
                null, null, null, null, null, null, null, null, null, null, new TirePressures(null, null, null, null),
                new Battery(null, null), null, new BrakePads(null, null), List.of());
        given(service.telemetry(eq(VIN), any(), any()))
                .willReturn(Optional.of(Page.of(List.of(reported, silent), new PageQuery(0, 20), 2)));

        MvcTestResult result = mvc.get().uri("/api/v1/vehicles/{vin}/telemetry", VIN).with(token(Role.OPERATOR))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.items[0].batteryVoltage").isEqualTo(12.4);
        assertThat(result).bodyJson().extractingPath("$.items[0].battery.voltage").isEqualTo(12.4);
        assertThat(result).bodyJson().extractingPath("$.items[0].battery.crankingVoltage").isEqualTo(10.35);
        assertThat(result).bodyJson().extractingPath("$.items[0].oilLifePct").isEqualTo(64.0);
        assertThat(result).bodyJson().extractingPath("$.items[0].brakePads.frontWearPct").isEqualTo(42.0);
        assertThat(result).bodyJson().extractingPath("$.items[0].brakePads.rearWearPct").isEqualTo(27.0);
        // a message without the signals keeps the groups, with nulls inside, like tirePressuresKpa
        assertThat(result).bodyJson().extractingPath("$.items[1].battery").isNotNull();
        assertThat(result).bodyJson().extractingPath("$.items[1].battery.crankingVoltage").isNull();
        assertThat(result).bodyJson().extractingPath("$.items[1].oilLifePct").isNull();
        assertThat(result).bodyJson().extractingPath("$.items[1].brakePads.frontWearPct").isNull();
    }

    @Test
    void rejectsMalformedVinSayingWhatAVinIs() {
        MvcTestResult result = mvc.get().uri("/api/v1/vehicles/1HGCM82633A00435O").with(token(Role.OPERATOR))
                .exchange();

        assertBadParameter(result, "vin");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .contains("17 characters", "except I, O and Q", "1HGCM82633A00435O");
        verifyNoInteractions(service);
    }

    @Test
    void answersUnknownVinWith404Problem() {
        given(service.find(VIN)).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri("/api/v1/vehicles/" + VIN).with(token(Role.OPERATOR)).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(PROBLEM);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/not-found");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(VIN);
    }

    @Test
    void answersTelemetryOfUnknownVinWith404Problem() {
        given(service.telemetry(eq(VIN), any(), any())).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/v1/vehicles/" + VIN + "/telemetry").with(token(Role.OPERATOR)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void defaultsTelemetryToTheLast24Hours() {
        given(service.telemetry(eq(VIN), any(), any()))
                .willReturn(Optional.of(Page.of(List.of(), new PageQuery(0, 20), 0)));

        assertThat(mvc.get().uri("/api/v1/vehicles/" + VIN + "/telemetry").with(token(Role.OPERATOR))).hasStatusOk();

        ArgumentCaptor<TimeRange> range = ArgumentCaptor.forClass(TimeRange.class);
        verify(service).telemetry(eq(VIN), range.capture(), eq(new PageQuery(0, 20)));
        assertThat(Duration.between(range.getValue().from(), range.getValue().to())).isEqualTo(Duration.ofHours(24));
        assertThat(range.getValue().to()).isCloseTo(Instant.now(Clock.system(ZoneOffset.UTC)),
                org.assertj.core.api.Assertions.within(Duration.ofMinutes(1)));
    }

    @Test
    void passesExplicitTelemetryRangeAndPage() {
        given(service.telemetry(eq(VIN), any(), any()))
                .willReturn(Optional.of(Page.of(List.of(), new PageQuery(2, 50), 0)));

        assertThat(mvc.get().uri("/api/v1/vehicles/{vin}/telemetry?from={from}&to={to}&page=2&size=50", VIN,
                "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z").with(token(Role.OPERATOR))).hasStatusOk();

        verify(service).telemetry(VIN, new TimeRange(Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-02T00:00:00Z")), new PageQuery(2, 50));
    }

    @Test
    void rejectsInvertedRangeNamingFrom() {
        MvcTestResult result = mvc.get().uri("/api/v1/vehicles/{vin}/telemetry?from={from}&to={to}", VIN,
                "2026-01-02T00:00:00Z", "2026-01-01T00:00:00Z").with(token(Role.OPERATOR)).exchange();

        assertBadParameter(result, "from");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'from' before 'to'");
    }

    @Test
    void rejectsRangeLongerThanTheMaximumNamingFrom() {
        MvcTestResult result = mvc.get().uri("/api/v1/vehicles/{vin}/telemetry?from={from}&to={to}", VIN,
                "2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z").with(token(Role.OPERATOR)).exchange();

        assertBadParameter(result, "from");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("at most 31 days");
    }

    @Test
    void rejectsUnparsableInstantNamingTheParameter() {
        MvcTestResult result = mvc.get().uri("/api/v1/vehicles/{vin}/telemetry?to=yesterday", VIN)
                .with(token(Role.OPERATOR)).exchange();

        assertBadParameter(result, "to");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("ISO-8601", "yesterday");
    }

    @Test
    void rejectsHealthHistoryLimitAboveMaximum() {
        MvcTestResult result = mvc.get().uri("/api/v1/vehicles/{vin}/health/history?limit=5001", VIN)
                .with(token(Role.OPERATOR)).exchange();

        assertBadParameter(result, "limit");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("1 to 5000");
    }

    @Test
    void returnsHealthHistoryWithDefaultLimit() {
        HealthHistory history = new HealthHistory(VIN, Instant.parse("2026-01-24T00:00:00Z"),
                Instant.parse("2026-01-31T00:00:00Z"), 500, false,
                List.of(new HealthPoint(3, Instant.parse("2026-01-30T00:00:00Z"), 100, HealthBand.GOOD, List.of())));
        given(service.healthHistory(eq(VIN), any(), anyInt())).willReturn(Optional.of(history));

        MvcTestResult result = mvc.get().uri("/api/v1/vehicles/{vin}/health/history", VIN)
                .with(token(Role.OPERATOR)).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.points[0].score").isEqualTo(100);
        ArgumentCaptor<TimeRange> range = ArgumentCaptor.forClass(TimeRange.class);
        verify(service).healthHistory(eq(VIN), range.capture(), eq(500));
        assertThat(Duration.between(range.getValue().from(), range.getValue().to())).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void hidesUnexpectedFailuresBehindA500Problem() throws Exception {
        given(service.find(VIN)).willThrow(new IllegalStateException("connection refused: db-7.internal:5432"));

        MvcTestResult result = mvc.get().uri("/api/v1/vehicles/" + VIN).with(token(Role.OPERATOR)).exchange();

        assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR).hasContentTypeCompatibleWith(PROBLEM);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/internal-error");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("db-7.internal");
    }

    private static void assertBadParameter(MvcTestResult result, String parameter) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(PROBLEM);
        assertThat(result).bodyJson().extractingPath("$.type")
                .isEqualTo("https://pitwall.dev/problems/invalid-parameter");
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("Invalid request parameter");
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(400);
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'" + parameter + "'");
    }
}
