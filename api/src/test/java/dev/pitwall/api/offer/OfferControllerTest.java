package dev.pitwall.api.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
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
import dev.pitwall.core.offer.OfferKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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

@WebMvcTest(controllers = OfferController.class,
        properties = "pitwall.security.dev-token.secret=" + OfferControllerTest.SECRET)
@Import({ApiConfiguration.class, SecurityConfiguration.class, TokenVerificationConfiguration.class})
class OfferControllerTest {

    static final String SECRET = "offer-test-secret-of-at-least-32-bytes-long";
    static final String VIN = "1HGCM82633A004352";
    static final String OFFERS = "/api/v1/offers";
    static final UUID ID = UUID.fromString("4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e11");
    static final Offer FUEL = new Offer(ID, VIN, "sub-1", OfferKind.FUEL, "fuel-partner-ahead", OfferStatus.SENT,
            true, "fs-001", "Nordstern Leopoldstraße", "Nordstern", 2.4, 48.134, 11.583, null,
            "Fuel at 14 %: Nordstern Leopoldstraße, a Nordstern partner station 2.4 km ahead, is open now.",
            Instant.parse("2026-11-03T09:07:00Z"), Instant.parse("2026-11-03T11:07:00Z"));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    OfferService service;

    static JwtRequestPostProcessor token(Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        return jwt().jwt(j -> j.subject("tester").claim(JwtRoles.CLAIM, names))
                .authorities(JwtRoles.authoritiesConverter());
    }

    @Test
    void listsOffersWithEveryFilterToAMarketer() {
        given(service.list(any(), any())).willReturn(Page.of(List.of(FUEL), new PageQuery(1, 5), 6));

        MvcTestResult result = mvc.get().uri(OFFERS + "?vin=" + VIN + "&kind=FUEL&campaign=fuel-partner-ahead"
                + "&active=TRUE&from=2026-11-01T00:00:00Z&to=2026-11-08T00:00:00Z&page=1&size=5")
                .with(token(Role.MARKETER)).exchange();

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.items[0].offerId").isEqualTo(ID.toString());
        assertThat(result).bodyJson().extractingPath("$.items[0].kind").isEqualTo("FUEL");
        assertThat(result).bodyJson().extractingPath("$.items[0].campaignId").isEqualTo("fuel-partner-ahead");
        assertThat(result).bodyJson().extractingPath("$.items[0].status").isEqualTo("SENT");
        assertThat(result).bodyJson().extractingPath("$.items[0].active").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.items[0].poiName").isEqualTo("Nordstern Leopoldstraße");
        assertThat(result).bodyJson().extractingPath("$.items[0].distanceKm").isEqualTo(2.4);
        assertThat(result).bodyJson().extractingPath("$.items[0].leadId").isNull();
        assertThat(result).bodyJson().extractingPath("$.items[0].createdAt").isEqualTo("2026-11-03T09:07:00Z");
        assertThat(result).bodyJson().extractingPath("$.items[0].expiresAt").isEqualTo("2026-11-03T11:07:00Z");
        assertThat(result).bodyJson().extractingPath("$.totalPages").isEqualTo(2);
        verify(service).list(new OfferQuery(VIN, OfferKind.FUEL, "fuel-partner-ahead", true,
                Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-08T00:00:00Z")), new PageQuery(1, 5));
    }

    @Test
    void listsAllOffersByDefaultToTheFleetRoles() {
        given(service.list(any(), any())).willReturn(Page.of(List.of(), new PageQuery(0, 20), 0));

        assertThat(mvc.get().uri(OFFERS).with(token(Role.OPERATOR))).hasStatusOk();
        assertThat(mvc.get().uri(OFFERS + "?active=false&vin=").with(token(Role.SERVICE_ADVISOR))).hasStatusOk();

        verify(service).list(OfferQuery.ALL, new PageQuery(0, 20));
        verify(service).list(new OfferQuery(null, null, null, false, null, null), new PageQuery(0, 20));
    }

    @Test
    void answersOneOffer() {
        given(service.byId(ID)).willReturn(Optional.of(FUEL));

        MvcTestResult result = mvc.get().uri(OFFERS + "/{id}", ID).with(token(Role.MARKETER)).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.vin").isEqualTo(VIN);
        assertThat(result).bodyJson().extractingPath("$.message").asString().startsWith("Fuel at 14 %");
    }

    @Test
    void answersAnUnknownOfferWith404Problem() {
        given(service.byId(ID)).willReturn(Optional.empty());

        MvcTestResult result = mvc.get().uri(OFFERS + "/{id}", ID).with(token(Role.MARKETER)).exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/not-found");
        assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("offerId");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(ID.toString());
    }

    @Test
    void rejectsAMalformedOfferId() {
        for (String bad : List.of("42", "1-2-3-4-5", "4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e1g")) {
            MvcTestResult result = mvc.get().uri(OFFERS + "/{id}", bad).with(token(Role.MARKETER)).exchange();
            assertBadParameter(result, "offerId");
        }
        verifyNoInteractions(service);
    }

    @Test
    void rejectsEachBadFilterNamingTheParameter() {
        assertBadParameter(get("?vin=1HGCM82633A00435O"), "vin");
        assertBadParameter(get("?kind=PARKING"), "kind");
        assertBadParameter(get("?campaign=Fuel%20Offers"), "campaign");
        assertBadParameter(get("?campaign=" + "a".repeat(65)), "campaign");
        assertBadParameter(get("?active=yes"), "active");
        assertBadParameter(get("?from=yesterday"), "from");
        assertBadParameter(get("?to=2026-13-01T00:00:00Z"), "to");
        assertBadParameter(get("?from=2026-11-08T00:00:00Z&to=2026-11-01T00:00:00Z"), "from");
        assertBadParameter(get("?from=2026-11-08T00:00:00Z&to=2026-11-08T00:00:00Z"), "from");
        assertBadParameter(get("?size=201"), "size");
        assertBadParameter(get("?size=0"), "size");
        assertBadParameter(get("?page=-1"), "page");
        verifyNoInteractions(service);
    }

    @Test
    void namesTheKindsAndWhatActiveMayBe() {
        assertThat(get("?kind=PARKING")).bodyJson().extractingPath("$.detail").asString()
                .contains("FUEL, SERVICE", "PARKING");
        assertThat(get("?active=1")).bodyJson().extractingPath("$.expected").asString().contains("true", "false");
    }

    @Test
    void forbidsSubscribersWith403ProblemAndAnswersMissingTokenWith401() {
        MvcTestResult subscriber = mvc.get().uri(OFFERS).with(token(Role.SUBSCRIBER)).exchange();
        MvcTestResult anonymous = mvc.get().uri(OFFERS + "/{id}", ID).exchange();

        assertThat(subscriber).hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(subscriber).bodyJson().extractingPath("$.detail").asString()
                .contains("MARKETER", "OPERATOR", "SERVICE_ADVISOR", "[SUBSCRIBER]");
        assertThat(anonymous).hasStatus(HttpStatus.UNAUTHORIZED);
        verifyNoInteractions(service);
    }

    @Test
    void allowsNoWritesOnOffers() {
        assertThat(mvc.post().uri(OFFERS).with(token(Role.MARKETER)).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(service);
    }

    private MvcTestResult get(String queryString) {
        return mvc.get().uri(OFFERS + queryString).with(token(Role.MARKETER)).exchange();
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
