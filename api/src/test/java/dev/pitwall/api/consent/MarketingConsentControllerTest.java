package dev.pitwall.api.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.JwtRoles;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SecurityConfiguration;
import dev.pitwall.api.security.TokenVerificationConfiguration;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.core.consent.MarketingConsent;
import java.time.Clock;
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

/** The consent endpoints over the real service and security rules, with storage in memory and a fixed clock. */
@WebMvcTest(controllers = MarketingConsentController.class,
        properties = "pitwall.security.dev-token.secret=" + MarketingConsentControllerTest.SECRET)
@Import({SecurityConfiguration.class, TokenVerificationConfiguration.class, MarketingConsentService.class,
        MarketingConsentControllerTest.Fakes.class})
class MarketingConsentControllerTest {

    static final String SECRET = "marketing-consent-test-secret-of-32-bytes!";
    static final String VIN = "WVWZZZCDZLW123456";
    static final String OWNED_VIN = "WVWZZZCDZLW654321";
    static final String CONSENT = "/api/v1/vehicles/{vin}/marketing-consent";
    static final Instant NOW = Instant.parse("2026-01-31T08:00:00Z");
    static final String GRANTED = """
            {"subscriberId": "sub-4711", "granted": true, "changedAt": "2026-01-30T15:45:00Z"}""";

    @TestConfiguration
    static class Fakes {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        InMemoryMarketingConsentRepository consentRepository(Clock clock) {
            return new InMemoryMarketingConsentRepository(clock);
        }

        @Bean
        TransactionOperations transactions() {
            return TransactionOperations.withoutTransaction();
        }

        /** The fleet roles act on every vehicle; the subscriber "tester" owns {@link #OWNED_VIN} only. */
        @Bean
        VehicleAccess vehicleAccess() {
            return new VehicleAccess(null) {
                @Override
                public boolean permits(Caller caller, String vin) {
                    return caller.isFleetStaff() || caller.has(Role.SUBSCRIBER) && caller.subject().equals("tester")
                            && vin.equals(OWNED_VIN);
                }
            };
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    InMemoryMarketingConsentRepository repository;

    @BeforeEach
    void noConsentYet() {
        repository.clear();
    }

    @Test
    void recordsAFirstConsentAndAnswersItAsTheCurrentOne() {
        MvcTestResult put = put(VIN, GRANTED, Role.OPERATOR);

        assertThat(put).hasStatus(HttpStatus.CREATED);
        assertThat(put.getResponse().getHeader(HttpHeaders.LOCATION))
                .isEqualTo("/api/v1/vehicles/" + VIN + "/marketing-consent");
        assertThat(put).bodyJson().extractingPath("$.vin").isEqualTo(VIN);
        assertThat(put).bodyJson().extractingPath("$.subscriberId").isEqualTo("sub-4711");
        assertThat(put).bodyJson().extractingPath("$.granted").isEqualTo(true);
        assertThat(put).bodyJson().extractingPath("$.changedAt").isEqualTo("2026-01-30T15:45:00Z");
        assertThat(put).bodyJson().extractingPath("$.recordedAt").isEqualTo("2026-01-31T08:00:00Z");
        assertThat(repository.queued).containsExactly(
                new MarketingConsent(VIN, "sub-4711", true, Instant.parse("2026-01-30T15:45:00Z")));
        assertThat(repository.recordedBy).containsExactly("tester");

        MvcTestResult get = get(VIN, Role.SERVICE_ADVISOR);
        assertThat(get).hasStatusOk();
        assertThat(get).bodyJson().extractingPath("$.granted").isEqualTo(true);
    }

    @Test
    void anIdenticalRepeatChangesNothing() {
        put(VIN, GRANTED, Role.OPERATOR);

        MvcTestResult repeat = put(VIN, GRANTED, Role.OPERATOR);
        MvcTestResult withoutTime = put(VIN, """
                {"subscriberId": "sub-4711", "granted": true}""", Role.OPERATOR);

        assertThat(repeat).hasStatusOk();
        assertThat(withoutTime).hasStatusOk();
        assertThat(withoutTime).bodyJson().extractingPath("$.changedAt").isEqualTo("2026-01-30T15:45:00Z");
        assertThat(repository.history).hasSize(1);
        assertThat(repository.queued).hasSize(1);
    }

    @Test
    void aWithdrawalWithoutChangedAtCountsFromNow() {
        put(VIN, GRANTED, Role.OPERATOR);

        MvcTestResult withdrawn = put(VIN, """
                {"subscriberId": "sub-4711", "granted": false}""", Role.OPERATOR);

        assertThat(withdrawn).hasStatusOk();
        assertThat(withdrawn).bodyJson().extractingPath("$.granted").isEqualTo(false);
        assertThat(withdrawn).bodyJson().extractingPath("$.changedAt").isEqualTo("2026-01-31T08:00:00Z");
        assertThat(repository.queued).extracting(MarketingConsent::granted).containsExactly(true, false);
    }

    @Test
    void refusesAChangeOlderThanTheCurrentConsentNamingChangedAt() {
        put(VIN, GRANTED, Role.OPERATOR);

        MvcTestResult older = put(VIN, """
                {"subscriberId": "sub-4711", "granted": false, "changedAt": "2026-01-29T08:00:00Z"}""",
                Role.OPERATOR);

        assertThat(older).hasStatus(HttpStatus.CONFLICT);
        assertThat(older).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/conflict");
        assertThat(older).bodyJson().extractingPath("$.parameter").isEqualTo("changedAt");
        assertThat(older).bodyJson().extractingPath("$.detail").asString().contains("2026-01-30T15:45:00Z");
        assertThat(repository.queued).hasSize(1);
    }

    @Test
    void namesEveryMissingOrInvalidFieldAtOnce() {
        MvcTestResult result = put(VIN, """
                {"subscriberId": "  ", "changedAt": "2026-01-31T08:06:00Z"}""", Role.OPERATOR);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.type")
                .isEqualTo("https://pitwall.dev/problems/invalid-parameter");
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("subscriberId");
        assertThat(result).bodyJson().extractingPath("$.errors[*].parameter")
                .asArray().containsExactly("subscriberId", "granted", "changedAt");
        assertThat(result).bodyJson().extractingPath("$.errors[2].expected").asString()
                .contains("2026-01-31T08:05:00Z");
        assertThat(repository.history).isEmpty();
    }

    @Test
    void namesAFieldOfTheWrongTypeAndABodyThatIsNotJson() {
        MvcTestResult wrongType = put(VIN, """
                {"subscriberId": "sub-4711", "granted": "perhaps"}""", Role.OPERATOR);
        MvcTestResult badTime = put(VIN, """
                {"subscriberId": "sub-4711", "granted": true, "changedAt": "yesterday"}""", Role.OPERATOR);
        MvcTestResult notJson = put(VIN, "granted=true", Role.OPERATOR);

        assertThat(wrongType).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(wrongType).bodyJson().extractingPath("$.parameter").isEqualTo("granted");
        assertThat(badTime).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(badTime).bodyJson().extractingPath("$.parameter").isEqualTo("changedAt");
        assertThat(badTime).bodyJson().extractingPath("$.errors[0].actual").isEqualTo("yesterday");
        assertThat(notJson).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(notJson).bodyJson().extractingPath("$.parameter").isEqualTo("body");
    }

    @Test
    void rejectsAMalformedVinAndAnswersNotFoundWhenNoConsentIsRecorded() {
        MvcTestResult badVin = put("ABC", GRANTED, Role.OPERATOR);
        MvcTestResult none = get(VIN, Role.OPERATOR);

        assertThat(badVin).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(badVin).bodyJson().extractingPath("$.parameter").isEqualTo("vin");
        assertThat(none).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(none).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/not-found");
        assertThat(none).bodyJson().extractingPath("$.parameter").isEqualTo("vin");
    }

    @Test
    void onlyOperatorsChangeConsentAndMarketersDoNotReadIt() {
        assertThat(put(VIN, GRANTED, Role.SERVICE_ADVISOR)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(get(VIN, Role.MARKETER)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(CONSENT, VIN).exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(repository.history).isEmpty();
    }

    @Test
    void letsASubscriberStateTheirOwnConsentForTheirOwnVehicleOnly() {
        MvcTestResult own = put(OWNED_VIN, """
                {"granted": true}""", Role.SUBSCRIBER);
        MvcTestResult forSomeoneElse = put(OWNED_VIN, """
                {"subscriberId": "sub-4711", "granted": false}""", Role.SUBSCRIBER);
        MvcTestResult notTheirs = put(VIN, """
                {"granted": true}""", Role.SUBSCRIBER);

        assertThat(own).hasStatus(HttpStatus.CREATED);
        assertThat(own).bodyJson().extractingPath("$.subscriberId").isEqualTo("tester");
        assertThat(get(OWNED_VIN, Role.SUBSCRIBER)).hasStatusOk();
        assertThat(forSomeoneElse).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(forSomeoneElse).bodyJson().extractingPath("$.parameter").isEqualTo("subscriberId");
        assertThat(notTheirs).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(notTheirs).bodyJson().extractingPath("$.detail")
                .isEqualTo("No vehicle with vin '" + VIN + "' is known.");
        assertThat(repository.history).hasSize(1);
    }

    @Test
    void answersASubscriberAnotherVehiclesConsentAsIfThereWereNone() {
        put(VIN, GRANTED, Role.OPERATOR);

        MvcTestResult result = get(VIN, Role.SUBSCRIBER);

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).bodyJson().extractingPath("$.detail")
                .isEqualTo("No marketing consent for the vehicle with vin '" + VIN + "' is known.");
    }

    static JwtRequestPostProcessor token(Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        return jwt().jwt(j -> j.subject("tester").claim(JwtRoles.CLAIM, names))
                .authorities(JwtRoles.authoritiesConverter());
    }

    MvcTestResult put(String vin, String body, Role role) {
        return mvc.put().uri(CONSENT, vin).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(token(role)).exchange();
    }

    MvcTestResult get(String vin, Role role) {
        return mvc.get().uri(CONSENT, vin).with(token(role)).exchange();
    }
}
