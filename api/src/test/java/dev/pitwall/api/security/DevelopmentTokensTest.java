package dev.pitwall.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

class DevelopmentTokensTest {

    static final String SECRET = "a-development-secret-of-32-bytes-or-more";
    static final Instant NOW = Instant.parse("2026-01-31T08:00:00Z");

    final DevelopmentTokens tokens = new DevelopmentTokens(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void issuesTokenThatItsDecoderAccepts() {
        String token = tokens.issue("alice", Duration.ofHours(1), Role.OPERATOR, Role.MARKETER);

        Jwt jwt = tokens.decoder().decode(token);

        assertThat(jwt.getSubject()).isEqualTo("alice");
        assertThat(jwt.getClaimAsString("iss")).isEqualTo(DevelopmentTokens.ISSUER); // not a URL, so not getIssuer()
        assertThat(jwt.getIssuedAt()).isEqualTo(NOW);
        assertThat(jwt.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(jwt.getClaimAsStringList(JwtRoles.CLAIM)).containsExactly("OPERATOR", "MARKETER");
        assertThat(jwt.getHeaders()).containsEntry("alg", "HS256");
    }

    @Test
    void mapsRolesClaimToSpringAuthorities() {
        Jwt jwt = tokens.decoder().decode(tokens.issue("bob", List.of(Role.SERVICE_ADVISOR), Duration.ofMinutes(5)));

        assertThat(JwtRoles.authoritiesConverter().convert(jwt)).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_SERVICE_ADVISOR");
    }

    @Test
    void rejectsTokenSignedWithAnotherSecret() {
        String token = new DevelopmentTokens("some-other-secret-that-is-long-enough!", Clock.fixed(NOW, ZoneOffset.UTC))
                .issue("mallory", Duration.ofHours(1), Role.OPERATOR);

        assertThatThrownBy(() -> tokens.decoder().decode(token)).isInstanceOf(JwtException.class);
    }

    @Test
    void rejectsExpiredToken() {
        String token = tokens.issue("alice", Duration.ofMinutes(5), Role.OPERATOR);
        DevelopmentTokens anHourLater = new DevelopmentTokens(SECRET, Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));

        assertThatThrownBy(() -> anHourLater.decoder().decode(token))
                .isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void refusesSecretShorterThan32Bytes() {
        assertThatThrownBy(() -> new DevelopmentTokens("too-short"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pitwall.security.dev-token.secret")
                .hasMessageContaining("at least 32 bytes");
    }

    @Test
    void refusesBlankSubjectAndNonPositiveTtl() {
        assertThatThrownBy(() -> tokens.issue(" ", Duration.ofMinutes(1), Role.OPERATOR))
                .hasMessageContaining("subject");
        assertThatThrownBy(() -> tokens.issue("alice", Duration.ZERO, Role.OPERATOR))
                .hasMessageContaining("ttl");
    }
}
