package dev.pitwall.api.repurchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import dev.pitwall.api.ApiConfiguration;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.JwtRoles;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SecurityConfiguration;
import dev.pitwall.api.security.TokenVerificationConfiguration;
import dev.pitwall.api.web.EnumListParameter;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.engagement.repurchase.RepurchaseBand;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The HTTP layer alone: parameters, the role rules of SecurityConfiguration, and what reaches the service. */
@WebMvcTest(controllers = RepurchaseController.class,
        properties = "pitwall.security.dev-token.secret=" + RepurchaseControllerTest.SECRET)
@Import({ApiConfiguration.class, SecurityConfiguration.class, TokenVerificationConfiguration.class})
class RepurchaseControllerTest {

    static final String SECRET = "repurchase-test-secret-of-at-least-32-bytes";
    static final String VIN = "WVWZZZAUZFW000001";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    RepurchaseService service;

    static JwtRequestPostProcessor token(String subject, Role role) {
        return jwt().jwt(j -> j.subject(subject).claim(JwtRoles.CLAIM, List.of(role.name())))
                .authorities(JwtRoles.authoritiesConverter());
    }

    @Test
    void readsBandsInAnyCaseCommaSeparatedOrRepeated() {
        given(service.candidates(any(), any())).willReturn(new Page<>(List.of(), 1, 5, 0, 0));

        assertThat(mvc.get().uri("/api/v1/repurchase-candidates?band=ready,Consider&band=READY&page=1&size=5")
                .with(token("m", Role.MARKETER))).hasStatusOk();

        verify(service).candidates(EnumSet.of(RepurchaseBand.READY, RepurchaseBand.CONSIDER), new PageQuery(1, 5));
        assertThat(EnumListParameter.parse("band", null, RepurchaseBand.class)).isEmpty();
    }

    @Test
    void letsASubscriberAskForAVehicleButNotForTheCandidateList() {
        given(service.recommendation(any(), eq(VIN))).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/api/v1/vehicles/{vin}/repurchase-recommendation", VIN)
                .with(token("alice", Role.SUBSCRIBER))).hasStatus(404);
        verify(service).recommendation(new Caller("alice", Set.of(Role.SUBSCRIBER)), VIN);
        assertThat(mvc.get().uri("/api/v1/repurchase-candidates").with(token("alice", Role.SUBSCRIBER)))
                .hasStatus(403);
    }

    @Test
    void rejectsABadVinOrBandBeforeAskingTheService() {
        assertThat(mvc.get().uri("/api/v1/vehicles/{vin}/repurchase-recommendation", "WVWZZZAUZFW00000O")
                .with(token("ops", Role.OPERATOR))).hasStatus(400).bodyJson().extractingPath("$.parameter")
                .isEqualTo("vin");
        assertThat(mvc.get().uri("/api/v1/repurchase-candidates?band=SOON").with(token("ops", Role.OPERATOR)))
                .hasStatus(400).bodyJson().extractingPath("$.parameter").isEqualTo("band");
        verifyNoInteractions(service);
    }
}
