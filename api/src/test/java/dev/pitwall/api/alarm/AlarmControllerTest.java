package dev.pitwall.api.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.core.alarm.AlarmType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(controllers = AlarmController.class,
        properties = "pitwall.security.dev-token.secret=" + AlarmControllerTest.SECRET)
@Import({ApiConfiguration.class, SecurityConfiguration.class, TokenVerificationConfiguration.class})
class AlarmControllerTest {

    static final String SECRET = "alarm-test-secret-of-at-least-32-bytes-long";
    static final String VIN = "1HGCM82633A004352";
    static final String FLEET = "/api/v1/alarms";
    static final String VEHICLE = "/api/v1/vehicles/{vin}/alarms";
    static final Alarm OFFLINE = new Alarm(VIN, AlarmType.VEHICLE_OFFLINE, "", true,
            Instant.parse("2026-01-31T08:00:00Z"), Instant.parse("2026-01-31T08:10:00Z"), null,
            "no telemetry since 2026-01-31T08:00:00Z (10 min of event time)", null);
    static final Alarm DTC = new Alarm(VIN, AlarmType.DTC_PERSISTENT, "P0301", false,
            Instant.parse("2026-01-31T06:00:00Z"), Instant.parse("2026-01-31T07:00:00Z"),
            Instant.parse("2026-01-31T07:05:00Z"), "P0301 active since 2026-01-31T06:00:00Z (1 h)",
            "P0301 no longer reported at 2026-01-31T07:05:00Z, after 1 h 5 min active");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AlarmService service;

    static JwtRequestPostProcessor token(Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        return jwt().jwt(j -> j.subject("tester").claim(JwtRoles.CLAIM, names))
                .authorities(JwtRoles.authoritiesConverter());
    }

    @Test
    void listsTheFleetsActiveAlarmsOfOneTypeToAnOperator() {
        given(service.fleet(any(), any())).willReturn(Page.of(List.of(OFFLINE), new PageQuery(1, 5), 6));

        MvcTestResult result = mvc.get().uri(FLEET + "?active=true&type=VEHICLE_OFFLINE&page=1&size=5")
                .with(token(Role.OPERATOR)).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.items[0].vin").isEqualTo(VIN);
        assertThat(result).bodyJson().extractingPath("$.items[0].type").isEqualTo("VEHICLE_OFFLINE");
        assertThat(result).bodyJson().extractingPath("$.items[0].subject").isEqualTo("");
        assertThat(result).bodyJson().extractingPath("$.items[0].active").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.items[0].since").isEqualTo("2026-01-31T08:00:00Z");
        assertThat(result).bodyJson().extractingPath("$.items[0].raisedAt").isEqualTo("2026-01-31T08:10:00Z");
        assertThat(result).bodyJson().extractingPath("$.items[0].clearedAt").isNull();
        assertThat(result).bodyJson().extractingPath("$.items[0].detail").asString().startsWith("no telemetry since");
        assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(6);
        assertThat(result).bodyJson().extractingPath("$.totalPages").isEqualTo(2);
        verify(service).fleet(new AlarmQuery(true, AlarmType.VEHICLE_OFFLINE), new PageQuery(1, 5));
    }

    @Test
    void listsActiveAndClearedAlarmsOfEveryTypeByDefault() {
        given(service.fleet(any(), any())).willReturn(Page.of(List.of(), new PageQuery(0, 20), 0));

        assertThat(mvc.get().uri(FLEET).with(token(Role.SERVICE_ADVISOR))).hasStatusOk();
        assertThat(mvc.get().uri(FLEET + "?active=FALSE").with(token(Role.SERVICE_ADVISOR))).hasStatusOk();

        verify(service).fleet(new AlarmQuery(null, null), new PageQuery(0, 20));
        verify(service).fleet(new AlarmQuery(false, null), new PageQuery(0, 20));
    }

    @Test
    void listsOneVehiclesClearedAlarmsWithTheirEvidence() {
        given(service.vehicle(eq(VIN), any(), any()))
                .willReturn(Optional.of(Page.of(List.of(DTC), new PageQuery(0, 20), 1)));

        MvcTestResult result = mvc.get().uri(VEHICLE + "?active=false", VIN).with(token(Role.SERVICE_ADVISOR))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.items[0].subject").isEqualTo("P0301");
        assertThat(result).bodyJson().extractingPath("$.items[0].active").isEqualTo(false);
        assertThat(result).bodyJson().extractingPath("$.items[0].clearedAt").isEqualTo("2026-01-31T07:05:00Z");
        assertThat(result).bodyJson().extractingPath("$.items[0].clearedDetail").asString()
                .contains("no longer reported");
        verify(service).vehicle(VIN, new AlarmQuery(false, null), new PageQuery(0, 20));
    }

    @Test
    void rejectsAnUnknownTypeNamingTheParameterAndTheTypes() {
        MvcTestResult result = mvc.get().uri(FLEET + "?type=FLAT_TIRE").with(token(Role.OPERATOR)).exchange();

        assertBadParameter(result, "type");
        assertThat(result).bodyJson().extractingPath("$.detail").asString()
                .contains("VEHICLE_OFFLINE, DTC_PERSISTENT, BATTERY_LOW_PARKED", "FLAT_TIRE");
        verifyNoInteractions(service);
    }

    @Test
    void rejectsAnActiveThatIsNeitherTrueNorFalse() {
        MvcTestResult fleet = mvc.get().uri(FLEET + "?active=yes").with(token(Role.OPERATOR)).exchange();
        MvcTestResult vehicle = mvc.get().uri(VEHICLE + "?active=1", VIN).with(token(Role.OPERATOR)).exchange();

        assertBadParameter(fleet, "active");
        assertThat(fleet).bodyJson().extractingPath("$.expected").asString().contains("true", "false");
        assertBadParameter(vehicle, "active");
        verifyNoInteractions(service);
    }

    @Test
    void rejectsPageAndSizeOutsideTheLimits() {
        assertBadParameter(mvc.get().uri(FLEET + "?size=201").with(token(Role.OPERATOR)).exchange(), "size");
        assertBadParameter(mvc.get().uri(FLEET + "?page=-1").with(token(Role.OPERATOR)).exchange(), "page");
        assertBadParameter(mvc.get().uri(VEHICLE + "?size=0", VIN).with(token(Role.OPERATOR)).exchange(), "size");
        assertBadParameter(mvc.get().uri(FLEET + "?page=first").with(token(Role.OPERATOR)).exchange(), "page");
        verifyNoInteractions(service);
    }

    @Test
    void rejectsAMalformedVin() {
        MvcTestResult result = mvc.get().uri(VEHICLE, "1HGCM82633A00435O").with(token(Role.OPERATOR)).exchange();

        assertBadParameter(result, "vin");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("except I, O and Q");
        verifyNoInteractions(service);
    }

    @Test
    void answersAnUnknownVehicleWith404Problem() {
        given(service.vehicle(eq(VIN), any(), any())).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri(VEHICLE, VIN).with(token(Role.OPERATOR)).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/not-found");
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("vin");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(VIN);
    }

    @Test
    void forbidsMarketersWith403Problem() {
        for (MvcTestResult result : List.of(mvc.get().uri(FLEET).with(token(Role.MARKETER)).exchange(),
                mvc.get().uri(VEHICLE, VIN).with(token(Role.MARKETER)).exchange())) {
            assertThat(result).hasStatus(HttpStatus.FORBIDDEN)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.detail").asString()
                    .contains("OPERATOR", "SERVICE_ADVISOR", "SUBSCRIBER", "[MARKETER]");
        }
        verifyNoInteractions(service);
    }

    @Test
    void answersMissingTokenWith401Problem() {
        for (MvcTestResult result : List.of(mvc.get().uri(FLEET).exchange(), mvc.get().uri(VEHICLE, VIN).exchange())) {
            assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/unauthorized");
        }
        verifyNoInteractions(service);
    }

    @Test
    void allowsNoWritesOnAlarms() {
        MvcTestResult result = mvc.post().uri(FLEET).with(token(Role.OPERATOR)).exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
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
