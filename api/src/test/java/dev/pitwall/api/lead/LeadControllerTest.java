package dev.pitwall.api.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.pitwall.api.ApiConfiguration;
import dev.pitwall.api.security.JwtRoles;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SecurityConfiguration;
import dev.pitwall.api.security.TokenVerificationConfiguration;
import dev.pitwall.api.web.NearParameter;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.core.lead.LeadPriority;
import dev.pitwall.core.lead.LeadReason;
import dev.pitwall.core.lead.NearbyWorkshop;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/** The HTTP contract over a mocked service: parameter and body validation, problems, roles. */
@WebMvcTest(controllers = LeadController.class,
        properties = "pitwall.security.dev-token.secret=" + LeadControllerTest.SECRET)
@Import({ApiConfiguration.class, LeadConfiguration.class, SecurityConfiguration.class,
        TokenVerificationConfiguration.class})
class LeadControllerTest {

    static final String SECRET = "lead-controller-test-secret-of-32-bytes-at-least";
    static final String VIN = "WVWZZZCDZLW123456";
    static final String ID = "6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31";
    static final UUID LEAD_ID = UUID.fromString(ID);
    static final String LEADS = "/api/v1/leads";
    static final String LEAD = "/api/v1/leads/{leadId}";
    static final Lead OIL = new Lead(ID, VIN, LeadReason.SERVICE_DUE, "OIL_SERVICE", LeadPriority.HIGH,
            LeadStatus.OPEN, "OIL_SERVICE", "Oil service overdue: due at 42,400 km, 5,811 km past",
            new Lead.Position(52.52, 13.405), List.of(new NearbyWorkshop("ws-001", "Autohaus Nord", "VW", 1.8)),
            Instant.parse("2026-01-29T07:12:00Z"), Instant.parse("2026-01-30T18:40:00Z"), null, null, null,
            Instant.parse("2026-01-29T07:12:03Z"), null);
    static final LeadDetail OIL_DETAIL = new LeadDetail(OIL, List.of(new LeadHistoryEntry("OPENED",
            Instant.parse("2026-01-29T07:12:00Z"), null, "HIGH", "Oil service overdue", "stream")));

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    LeadService service;

    static JwtRequestPostProcessor token(Role... roles) {
        List<String> names = Arrays.stream(roles).map(Role::name).toList();
        return jwt().jwt(j -> j.subject("advisor-17").claim(JwtRoles.CLAIM, names))
                .authorities(JwtRoles.authoritiesConverter());
    }

    MvcTestResult list(String query) {
        return mvc.get().uri(LEADS + query).with(token(Role.SERVICE_ADVISOR)).exchange();
    }

    MvcTestResult patch(String leadId, String body) {
        return mvc.patch().uri(LEAD, leadId).contentType(MediaType.APPLICATION_JSON).content(body)
                .with(token(Role.SERVICE_ADVISOR)).exchange();
    }

    @Test
    void listsLeadsWithEveryFieldOfTheStreamAndTheLifecycle() {
        given(service.leads(any(), any())).willReturn(Page.of(List.of(OIL), new PageQuery(0, 20), 1));

        MvcTestResult result = list("");

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.items[0].leadId").isEqualTo(ID);
        assertThat(result).bodyJson().extractingPath("$.items[0].reason").isEqualTo("SERVICE_DUE");
        assertThat(result).bodyJson().extractingPath("$.items[0].priority").isEqualTo("HIGH");
        assertThat(result).bodyJson().extractingPath("$.items[0].status").isEqualTo("OPEN");
        assertThat(result).bodyJson().extractingPath("$.items[0].position.latitude").isEqualTo(52.52);
        assertThat(result).bodyJson().extractingPath("$.items[0].workshops[0].poiId").isEqualTo("ws-001");
        assertThat(result).bodyJson().extractingPath("$.items[0].workshops[0].distanceKm").isEqualTo(1.8);
        assertThat(result).bodyJson().extractingPath("$.items[0].openedAt").isEqualTo("2026-01-29T07:12:00Z");
        assertThat(result).bodyJson().extractingPath("$.items[0].closedAt").isNull();
        assertThat(result).bodyJson().doesNotHavePath("$.items[0].distanceKm");
        assertThat(result).bodyJson().extractingPath("$.totalItems").isEqualTo(1);
        verify(service).leads(LeadQuery.all(), new PageQuery(0, 20));
    }

    @Test
    void combinesFiltersGivenAsCommaSeparatedOrRepeatedNamesInAnyCase() {
        given(service.leads(any(), any())).willReturn(Page.of(List.of(), new PageQuery(2, 50), 0));

        assertThat(list("?status=OPEN,contacted&status=BOOKED&priority=URGENT,HIGH&reason=SEVERE_DTC&vin=" + VIN
                + "&page=2&size=50")).hasStatusOk();

        verify(service).leads(new LeadQuery(Set.of(LeadStatus.OPEN, LeadStatus.CONTACTED, LeadStatus.BOOKED),
                Set.of(LeadPriority.URGENT, LeadPriority.HIGH), Set.of(LeadReason.SEVERE_DTC), VIN, null),
                new PageQuery(2, 50));
    }

    @Test
    void looksAroundAPointWithTheDefaultOrTheGivenRadius() {
        given(service.leads(any(), any())).willReturn(Page.of(List.of(), new PageQuery(0, 20), 0));

        assertThat(list("?near=52.52,13.405")).hasStatusOk();
        assertThat(list("?near=-33.9,151.2&radiusKm=500")).hasStatusOk();

        verify(service).leads(new LeadQuery(Set.of(), Set.of(), Set.of(), null,
                new NearParameter(52.52, 13.405, 25)), new PageQuery(0, 20));
        verify(service).leads(new LeadQuery(Set.of(), Set.of(), Set.of(), null,
                new NearParameter(-33.9, 151.2, 500)), new PageQuery(0, 20));
    }

    @Test
    void rejectsAnUnknownStatusPriorityOrReasonListingTheAllowedNames() {
        MvcTestResult status = list("?status=OPEN,DONE");
        MvcTestResult priority = list("?priority=CRITICAL");
        MvcTestResult reason = list("?reason=SERVICE_DUE,WEAR");

        assertBadParameter(status, "status");
        assertThat(status).bodyJson().extractingPath("$.expected").asString()
                .contains("OPEN, CONTACTED, BOOKED, CLOSED, EXPIRED");
        assertThat(status).bodyJson().extractingPath("$.detail").asString().contains("'DONE'");
        assertBadParameter(priority, "priority");
        assertThat(priority).bodyJson().extractingPath("$.expected").asString().contains("URGENT, HIGH, MEDIUM, LOW");
        assertBadParameter(reason, "reason");
        assertThat(reason).bodyJson().extractingPath("$.expected").asString()
                .contains("SERVICE_DUE, FAILURE_PREDICTED, SEVERE_DTC");
        verifyNoInteractions(service);
    }

    @Test
    void rejectsABadNearOrRadius() {
        for (String near : List.of("52.52", "52.52,13.405,1", "north,east", "91,0", "0,180.5", "NaN,0",
                "Infinity,0", "52.52,")) {
            assertBadParameter(list("?near=" + near), "near");
        }
        assertBadParameter(list("?near=52.52,13.405&radiusKm=501"), "radiusKm");
        assertBadParameter(list("?near=52.52,13.405&radiusKm=0"), "radiusKm");
        assertBadParameter(list("?near=52.52,13.405&radiusKm=ten"), "radiusKm");
        MvcTestResult withoutNear = list("?radiusKm=10");
        assertBadParameter(withoutNear, "radiusKm");
        assertThat(withoutNear).bodyJson().extractingPath("$.expected").asString().contains("without near");
        verifyNoInteractions(service);
    }

    @Test
    void rejectsAMalformedVinAndPagesOutsideTheLimits() {
        assertBadParameter(list("?vin=WVWZZZCDZLW12345O"), "vin");
        assertBadParameter(list("?size=201"), "size");
        assertBadParameter(list("?page=-1"), "page");
        verifyNoInteractions(service);
    }

    @Test
    void showsALeadWithItsHistory() {
        given(service.lead(LEAD_ID)).willReturn(Optional.of(OIL_DETAIL));

        MvcTestResult result = mvc.get().uri(LEAD, ID.toUpperCase()).with(token(Role.OPERATOR)).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.lead.leadId").isEqualTo(ID);
        assertThat(result).bodyJson().extractingPath("$.history[0].event").isEqualTo("OPENED");
        assertThat(result).bodyJson().extractingPath("$.history[0].actor").isEqualTo("stream");
    }

    @Test
    void answersAnUnknownLeadWith404Problem() {
        given(service.lead(LEAD_ID)).willReturn(Optional.empty());
        given(service.changeStatus(eq(LEAD_ID), any(), any(), anyString())).willReturn(Optional.empty());

        for (MvcTestResult result : List.of(mvc.get().uri(LEAD, ID).with(token(Role.OPERATOR)).exchange(),
                patch(ID, "{\"status\": \"CLOSED\"}"))) {
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/not-found");
            assertThat(result).bodyJson().extractingPath("$.parameter").isEqualTo("leadId");
            assertThat(result).bodyJson().extractingPath("$.detail").asString().contains(ID);
        }
    }

    @Test
    void rejectsALeadIdThatIsNotAUuid() {
        for (String id : List.of("lead-17", "1-2-3-4-5", ID + "0", ID.replace('f', 'g'))) {
            MvcTestResult get = mvc.get().uri(LEAD, id).with(token(Role.OPERATOR)).exchange();
            assertBadParameter(get, "leadId");
            assertThat(get).bodyJson().extractingPath("$.expected").asString().contains("UUID");
            assertBadParameter(patch(id, "{\"status\": \"CLOSED\"}"), "leadId");
        }
        verifyNoInteractions(service);
    }

    @Test
    void changesTheStatusInTheNameOfTheTokensSubject() {
        given(service.changeStatus(LEAD_ID, LeadStatus.CONTACTED, "Called, will book", "advisor-17"))
                .willReturn(Optional.of(OIL_DETAIL));

        MvcTestResult result = patch(ID, "{\"status\": \"CONTACTED\", \"note\": \"  Called, will book \"}");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.lead.leadId").isEqualTo(ID);
        verify(service).changeStatus(LEAD_ID, LeadStatus.CONTACTED, "Called, will book", "advisor-17");
    }

    @Test
    void acceptsAMergePatchBodyWithoutANote() {
        given(service.changeStatus(LEAD_ID, LeadStatus.CLOSED, null, "advisor-17"))
                .willReturn(Optional.of(OIL_DETAIL));

        MvcTestResult result = mvc.patch().uri(LEAD, ID).contentType("application/merge-patch+json")
                .content("{\"status\": \"closed\", \"note\": \" \"}").with(token(Role.OPERATOR)).exchange();

        assertThat(result).hasStatusOk();
        verify(service).changeStatus(eq(LEAD_ID), eq(LeadStatus.CLOSED), isNull(), eq("advisor-17"));
    }

    @Test
    void rejectsAStatusAnAdvisorMayNotSet() {
        for (String body : List.of("{\"status\": \"DONE\"}", "{\"status\": \"OPEN\"}", "{\"status\": \"EXPIRED\"}",
                "{\"note\": \"no status\"}", "{\"status\": null}", "{\"status\": [\"CLOSED\"]}")) {
            MvcTestResult result = patch(ID, body);
            assertBadParameter(result, "status");
            assertThat(result).bodyJson().extractingPath("$.expected").asString()
                    .contains("CONTACTED, BOOKED, CLOSED");
        }
        verifyNoInteractions(service);
    }

    @Test
    void rejectsANoteLongerThan2000Characters() {
        MvcTestResult result = patch(ID, "{\"status\": \"CLOSED\", \"note\": \"" + "x".repeat(2001) + "\"}");

        assertBadParameter(result, "note");
        assertThat(result).bodyJson().extractingPath("$.expected").isEqualTo("at most 2000 characters");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("2001 characters");
        verifyNoInteractions(service);
    }

    @Test
    void rejectsFieldsThatAreTheStreamsAndBodiesThatAreNotJson() {
        MvcTestResult priority = patch(ID, "{\"status\": \"CLOSED\", \"priority\": \"LOW\"}");
        MvcTestResult garbage = patch(ID, "status=CLOSED");
        MvcTestResult empty = patch(ID, "");

        assertBadParameter(priority, "priority");
        assertThat(priority).bodyJson().extractingPath("$.expected").asString().contains("status, note");
        assertBadParameter(garbage, "body");
        assertBadParameter(empty, "body");
        verifyNoInteractions(service);
    }

    @Test
    void answersAForbiddenTransitionWith409NamingTheCurrentAndTheAllowedStatuses() {
        given(service.changeStatus(any(), any(), any(), any()))
                .willThrow(new LeadStatusConflictException(ID, LeadStatus.BOOKED, LeadStatus.CONTACTED));

        MvcTestResult result = patch(ID, "{\"status\": \"CONTACTED\"}");

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/conflict");
        assertThat(result).bodyJson().extractingPath("$.currentStatus").isEqualTo("BOOKED");
        assertThat(result).bodyJson().extractingPath("$.requestedStatus").isEqualTo("CONTACTED");
        assertThat(result).bodyJson().extractingPath("$.allowedStatuses").isEqualTo(List.of("CLOSED"));
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("BOOKED", "CLOSED", ID);
    }

    @Test
    void answersAChangeOfAFinalLeadWith409WithoutNextStatuses() {
        given(service.changeStatus(any(), any(), any(), any()))
                .willThrow(new LeadStatusConflictException(ID, LeadStatus.EXPIRED, LeadStatus.BOOKED));

        MvcTestResult result = patch(ID, "{\"status\": \"BOOKED\"}");

        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        assertThat(result).bodyJson().extractingPath("$.allowedStatuses").isEqualTo(List.of());
        assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("final");
    }

    @Test
    void refusesAChangeByATokenWithoutSubject() {
        MvcTestResult result = mvc.patch().uri(LEAD, ID).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\": \"CLOSED\"}")
                .with(jwt().jwt(j -> j.claims(c -> c.remove("sub")).claim(JwtRoles.CLAIM, List.of("OPERATOR")))
                        .authorities(JwtRoles.authoritiesConverter()))
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(service);
    }

    @Test
    void forbidsMarketersEverythingAndSubscribersTheStatusChangeWith403Problem() {
        for (MvcTestResult result : List.of(mvc.get().uri(LEADS).with(token(Role.MARKETER)).exchange(),
                mvc.get().uri(LEAD, ID).with(token(Role.MARKETER)).exchange(),
                mvc.patch().uri(LEAD, ID).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"CLOSED\"}").with(token(Role.MARKETER)).exchange(),
                mvc.patch().uri(LEAD, ID).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"CLOSED\"}").with(token(Role.SUBSCRIBER)).exchange())) {
            assertThat(result).hasStatus(HttpStatus.FORBIDDEN)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.detail").asString()
                    .contains("OPERATOR", "SERVICE_ADVISOR");
        }
        verifyNoInteractions(service);
    }

    @Test
    void answersMissingTokenWith401Problem() {
        for (MvcTestResult result : List.of(mvc.get().uri(LEADS).exchange(), mvc.get().uri(LEAD, ID).exchange(),
                mvc.patch().uri(LEAD, ID).contentType(MediaType.APPLICATION_JSON).content("{\"status\": \"CLOSED\"}")
                        .exchange())) {
            assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
                    .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("https://pitwall.dev/problems/unauthorized");
        }
        verifyNoInteractions(service);
    }

    @Test
    void allowsNoOtherWritesOnLeads() {
        assertThat(mvc.post().uri(LEADS).with(token(Role.OPERATOR)).exchange()).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.delete().uri(LEAD, ID).with(token(Role.OPERATOR)).exchange()).hasStatus(HttpStatus.FORBIDDEN);
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
