package dev.pitwall.api.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.pitwall.api.ApiConfiguration;
import dev.pitwall.api.security.JwtRoles;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SecurityConfiguration;
import dev.pitwall.api.security.TokenVerificationConfiguration;
import dev.pitwall.core.profile.DrivingSegment;
import dev.pitwall.core.profile.ProfileTotals;
import java.time.Instant;
import java.time.LocalDate;
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

@WebMvcTest(controllers = ProfileController.class,
        properties = "pitwall.security.dev-token.secret=" + ProfileControllerTest.SECRET)
@Import({ApiConfiguration.class, SecurityConfiguration.class, TokenVerificationConfiguration.class})
class ProfileControllerTest {

    static final String SECRET = "profile-test-secret-of-at-least-32-bytes-long";
    static final String VIN = "1HGCM82633A004352";
    static final String PROFILE = "/api/v1/vehicles/{vin}/profile";
    static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    static final VehicleProfile SMOOTH_COMMUTER = new VehicleProfile(VIN, Instant.parse("2026-11-02T17:00:00Z"),
            DAY.minusDays(29), DAY, new VehicleProfile.Scores(84, 90, 94, 8),
            List.of(DrivingSegment.SMOOTH_DRIVER, DrivingSegment.COMMUTER),
            new ProfileTotals(30, 22, 1234.5, 41.15, 1480.5, 58, 21.28, 7, 3, 5, 0.648, 0.012, 98.7, 0.08, 86.42, 7.0,
                    2, 80.5, 12),
            List.of(new VehicleProfile.DailyUsage(DAY, 40.25, 61.5, 3.25, 0, 0, 3, 1, 0, 4.5, 2.0,
                    Instant.parse("2026-11-02T17:00:00Z"))));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    ProfileService service;

    static JwtRequestPostProcessor token(Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        return jwt().jwt(j -> j.subject("tester").claim(JwtRoles.CLAIM, names))
                .authorities(JwtRoles.authoritiesConverter());
    }

    @Test
    void showsAMarketerTheScoresAttributesAndDailyUsage() {
        given(service.profile(VIN, 30)).willReturn(Optional.of(SMOOTH_COMMUTER));

        MvcTestResult result = mvc.get().uri(PROFILE, VIN).with(token(Role.MARKETER)).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.vin").isEqualTo(VIN);
        assertThat(result).bodyJson().extractingPath("$.asOf").isEqualTo("2026-11-02T17:00:00Z");
        assertThat(result).bodyJson().extractingPath("$.windowFrom").isEqualTo("2026-10-04");
        assertThat(result).bodyJson().extractingPath("$.scores.overall").isEqualTo(84);
        assertThat(result).bodyJson().extractingPath("$.scores.speedDiscipline").isEqualTo(94);
        assertThat(result).bodyJson().extractingPath("$.attributes").asArray()
                .containsExactly("SMOOTH_DRIVER", "COMMUTER");
        assertThat(result).bodyJson().extractingPath("$.details.kmPerDay").isEqualTo(41.15);
        assertThat(result).bodyJson().extractingPath("$.details.typicalTripStartHour").isEqualTo(7);
        assertThat(result).bodyJson().extractingPath("$.dailyUsage[0].day").isEqualTo("2026-11-02");
        assertThat(result).bodyJson().extractingPath("$.dailyUsage[0].km").isEqualTo(40.25);
        assertThat(result).bodyJson().extractingPath("$.dailyUsage[0].harshBrakings").isEqualTo(1);
    }

    @Test
    void passesTheRequestedDaysToOperatorsAndServiceAdvisors() {
        given(service.profile(eq(VIN), anyInt())).willReturn(Optional.of(SMOOTH_COMMUTER));

        assertThat(mvc.get().uri(PROFILE + "?days=1", VIN).with(token(Role.OPERATOR))).hasStatusOk();
        assertThat(mvc.get().uri(PROFILE + "?days=400", VIN).with(token(Role.SERVICE_ADVISOR))).hasStatusOk();

        verify(service).profile(VIN, 1);
        verify(service).profile(VIN, 400);
    }

    @Test
    void rejectsDaysOutsideTheLimitsNamingTheParameter() {
        for (String days : List.of("0", "401", "-3")) {
            MvcTestResult result = mvc.get().uri(PROFILE + "?days=" + days, VIN).with(token(Role.MARKETER)).exchange();
            assertBadParameter(result, "days");
            assertThat(result).bodyJson().extractingPath("$.expected").isEqualTo("an integer from 1 to 400");
        }
        assertBadParameter(mvc.get().uri(PROFILE + "?days=month", VIN).with(token(Role.MARKETER)).exchange(), "days");
        verifyNoInteractions(service);
    }

    @Test
    void rejectsAMalformedVin() {
        MvcTestResult result = mvc.get().uri(PROFILE, "1HGCM82633A00435O").with(token(Role.MARKETER)).exchange();

        assertBadParameter(result, "vin");
        verifyNoInteractions(service);
    }

    @Test
    void answersAVehicleWithoutProfileWith404Problem() {
        given(service.profile(VIN, 30)).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri(PROFILE, VIN).with(token(Role.MARKETER)).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/not-found");
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("vin");
        assertThat(result).bodyJson().extractingPath("$.detail")
                .isEqualTo("No driving profile with vin '" + VIN + "' is known.");
    }

    @Test
    void leavesASubscriberToTheOwnershipCheckAndAsksStrangersForAToken() {
        // the service answers nothing for a vehicle the subscriber does not own: the same 404 as for no profile
        given(service.profile(VIN, 30)).willReturn(Optional.empty());

        MvcTestResult subscriber = mvc.get().uri(PROFILE, VIN).with(token(Role.SUBSCRIBER)).exchange();

        assertThat(subscriber).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(subscriber).bodyJson().extractingPath("$.detail")
                .isEqualTo("No driving profile with vin '" + VIN + "' is known.");
        clearInvocations(service);
        assertThat(mvc.get().uri(PROFILE, VIN).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
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
