package dev.pitwall.api.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.pitwall.api.ApiConfiguration;
import dev.pitwall.api.security.JwtRoles;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SecurityConfiguration;
import dev.pitwall.api.security.TokenVerificationConfiguration;
import dev.pitwall.api.web.TimeRange;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction.FeatureContribution;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = PredictionController.class,
        properties = "pitwall.security.dev-token.secret=" + PredictionControllerTest.SECRET)
@Import({ApiConfiguration.class, SecurityConfiguration.class, TokenVerificationConfiguration.class})
class PredictionControllerTest {

    static final String SECRET = "prediction-test-secret-of-at-least-32-bytes";
    static final String VIN = "1HGCM82633A004352";
    static final String PATH = "/api/v1/vehicles/{vin}/predictions";
    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2026-01-31T00:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    PredictionService service;

    static JwtRequestPostProcessor token(Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        return jwt().jwt(j -> j.subject("tester").claim(JwtRoles.CLAIM, names))
                .authorities(JwtRoles.authoritiesConverter());
    }

    @Test
    void returnsPredictionsWithExplanationAndTrend() {
        CurrentPrediction battery = new CurrentPrediction(1841, Instant.parse("2026-01-30T08:00:00Z"), 0.72, 14, 9.1,
                FailureRisk.LIKELY, "battery-gbm-2026.01",
                List.of(new FeatureContribution("battery.cranking_v.min_1d", 9.91, 1.7)),
                "72% chance of failure within 14 days, about 9 days left; strongest sign: battery.cranking_v.min_1d = 9.91");
        VehiclePredictions body = new VehiclePredictions(VIN, FROM, TO, 200, "battery-gbm-2026.01", List.of(
                new ComponentPrediction(Component.BATTERY, "12 V battery", battery, List.of(
                        new PredictionPoint(Instant.parse("2026-01-20T08:00:00Z"), 0.31, 21.5),
                        new PredictionPoint(Instant.parse("2026-01-30T08:00:00Z"), 0.72, 9.1)), false)));
        given(service.forVehicle(eq(VIN), any(), anyInt())).willReturn(Optional.of(body));

        MvcTestResult result = mvc.get().uri(PATH + "?from={from}&to={to}", VIN, FROM, TO)
                .with(token(Role.SERVICE_ADVISOR)).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.vin").isEqualTo(VIN);
        assertThat(result).bodyJson().extractingPath("$.from").isEqualTo("2026-01-01T00:00:00Z");
        assertThat(result).bodyJson().extractingPath("$.modelVersion").isEqualTo("battery-gbm-2026.01");
        assertThat(result).bodyJson().extractingPath("$.components[0].component").isEqualTo("BATTERY");
        assertThat(result).bodyJson().extractingPath("$.components[0].displayName").isEqualTo("12 V battery");
        assertThat(result).bodyJson().extractingPath("$.components[0].current.eventTime")
                .isEqualTo("2026-01-30T08:00:00Z");
        assertThat(result).bodyJson().extractingPath("$.components[0].current.probability").isEqualTo(0.72);
        assertThat(result).bodyJson().extractingPath("$.components[0].current.risk").isEqualTo("LIKELY");
        assertThat(result).bodyJson().extractingPath("$.components[0].current.explanation[0].feature")
                .isEqualTo("battery.cranking_v.min_1d");
        assertThat(result).bodyJson().extractingPath("$.components[0].current.explanation[0].contribution")
                .isEqualTo(1.7);
        assertThat(result).bodyJson().extractingPath("$.components[0].current.summary").asString()
                .startsWith("72% chance of failure within 14 days");
        assertThat(result).bodyJson().extractingPath("$.components[0].trend[0].probability").isEqualTo(0.31);
        assertThat(result).bodyJson().extractingPath("$.components[0].trend[1].expectedRulDays").isEqualTo(9.1);
        assertThat(result).bodyJson().extractingPath("$.components[0].trendTruncated").isEqualTo(false);
        verify(service).forVehicle(VIN, new TimeRange(FROM, TO), 200);
    }

    @Test
    void answersKnownVehicleWithoutPredictionsWithEmptyComponents() {
        given(service.forVehicle(eq(VIN), any(), anyInt()))
                .willReturn(Optional.of(new VehiclePredictions(VIN, FROM, TO, 200, null, List.of())));

        MvcTestResult result = mvc.get().uri(PATH, VIN).with(token(Role.OPERATOR)).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.components").asArray().isEmpty();
    }

    @Test
    void defaultsToTheLast30DaysAnd200Points() {
        given(service.forVehicle(eq(VIN), any(), anyInt()))
                .willReturn(Optional.of(new VehiclePredictions(VIN, FROM, TO, 200, null, List.of())));

        assertThat(mvc.get().uri(PATH, VIN).with(token(Role.OPERATOR))).hasStatusOk();

        ArgumentCaptor<TimeRange> range = ArgumentCaptor.forClass(TimeRange.class);
        verify(service).forVehicle(eq(VIN), range.capture(), eq(200));
        assertThat(Duration.between(range.getValue().from(), range.getValue().to())).isEqualTo(Duration.ofDays(30));
        assertThat(range.getValue().to()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
    }

    @Test
    void acceptsTheMaximumLimit() {
        given(service.forVehicle(eq(VIN), any(), anyInt()))
                .willReturn(Optional.of(new VehiclePredictions(VIN, FROM, TO, 1000, null, List.of())));

        assertThat(mvc.get().uri(PATH + "?limit=1000", VIN).with(token(Role.OPERATOR))).hasStatusOk();

        verify(service).forVehicle(eq(VIN), any(), eq(1000));
    }

    @Test
    void rejectsLimitOutsideOneTo1000NamingTheLimit() {
        MvcTestResult tooMany = mvc.get().uri(PATH + "?limit=1001", VIN).with(token(Role.OPERATOR)).exchange();
        MvcTestResult none = mvc.get().uri(PATH + "?limit=0", VIN).with(token(Role.OPERATOR)).exchange();
        MvcTestResult words = mvc.get().uri(PATH + "?limit=many", VIN).with(token(Role.OPERATOR)).exchange();

        assertBadParameter(tooMany, "limit");
        assertThat(tooMany).bodyJson().extractingPath("$.detail").asString().contains("1 to 1000", "1001");
        assertBadParameter(none, "limit");
        assertBadParameter(words, "limit");
        verifyNoInteractions(service);
    }

    @Test
    void rejectsMalformedVin() {
        MvcTestResult result = mvc.get().uri(PATH, "1HGCM82633A00435O").with(token(Role.OPERATOR)).exchange();

        assertBadParameter(result, "vin");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("except I, O and Q");
        verifyNoInteractions(service);
    }

    @Test
    void rejectsInvertedAndTooLongRangesNamingFrom() {
        MvcTestResult inverted = mvc.get().uri(PATH + "?from={from}&to={to}", VIN, TO, FROM)
                .with(token(Role.OPERATOR)).exchange();
        MvcTestResult tooLong = mvc.get().uri(PATH + "?from={from}&to={to}", VIN, "2024-12-31T00:00:00Z", TO)
                .with(token(Role.OPERATOR)).exchange();

        assertBadParameter(inverted, "from");
        assertThat(inverted).bodyJson().extractingPath("$.detail").asString().contains("'from' before 'to'");
        assertBadParameter(tooLong, "from");
        assertThat(tooLong).bodyJson().extractingPath("$.detail").asString().contains("at most 366 days");
        verifyNoInteractions(service);
    }

    @Test
    void rejectsUnparsableInstantNamingTheParameter() {
        MvcTestResult result = mvc.get().uri(PATH + "?to=tomorrow", VIN).with(token(Role.OPERATOR)).exchange();

        assertBadParameter(result, "to");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("ISO-8601", "tomorrow");
    }

    @Test
    void answersUnknownVehicleWith404Problem() {
        given(service.forVehicle(eq(VIN), any(), anyInt())).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri(PATH, VIN).with(token(Role.OPERATOR)).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/not-found");
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("vin");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(VIN);
    }

    @Test
    void forbidsMarketerWith403Problem() {
        MvcTestResult result = mvc.get().uri(PATH, VIN).with(token(Role.MARKETER)).exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .contains("OPERATOR", "SERVICE_ADVISOR", "SUBSCRIBER", "[MARKETER]");
        verifyNoInteractions(service);
    }

    @Test
    void answersMissingTokenWith401Problem() {
        MvcTestResult result = mvc.get().uri(PATH, VIN).exchange();

        assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        verifyNoInteractions(service);
    }

    private static void assertBadParameter(MvcTestResult result, String parameter) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type")
                .isEqualTo("https://pitwall.dev/problems/invalid-parameter");
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("'" + parameter + "'");
    }
}
