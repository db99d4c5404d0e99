package dev.pitwall.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class TokenVerificationModeTest {

    static final String SECRET = "a-development-secret-of-32-bytes-or-more";
    static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri";

    @Test
    void choosesDevelopmentWhenOnlyTheSecretIsSet() {
        var env = new MockEnvironment().withProperty(TokenVerificationMode.DEV_SECRET_PROPERTY, SECRET);

        assertThat(TokenVerificationMode.from(env)).isEqualTo(TokenVerificationMode.DEVELOPMENT);
    }

    @Test
    void choosesProductionWhenAnIssuerOrJwkSetIsSet() {
        assertThat(TokenVerificationMode.from(new MockEnvironment().withProperty(ISSUER, "https://idp.example.com")))
                .isEqualTo(TokenVerificationMode.PRODUCTION);
        assertThat(TokenVerificationMode.from(new MockEnvironment().withProperty(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "https://idp.example.com/jwks")))
                .isEqualTo(TokenVerificationMode.PRODUCTION);
    }

    @Test
    void failsWithAClearMessageWhenNothingIsConfigured() {
        assertThatThrownBy(() -> TokenVerificationMode.from(new MockEnvironment()))
                .isInstanceOf(TokenVerificationException.class)
                .hasMessageContaining(ISSUER)
                .hasMessageContaining(TokenVerificationMode.DEV_SECRET_PROPERTY);
    }

    @Test
    void failsWhenBothModesAreConfigured() {
        var env = new MockEnvironment().withProperty(TokenVerificationMode.DEV_SECRET_PROPERTY, SECRET)
                .withProperty(ISSUER, "https://idp.example.com");

        assertThatThrownBy(() -> TokenVerificationMode.from(env))
                .isInstanceOf(TokenVerificationException.class)
                .hasMessageContaining("Both");
    }

    @Test
    void failsWhenTheSecretIsTooShort() {
        var env = new MockEnvironment().withProperty(TokenVerificationMode.DEV_SECRET_PROPERTY, "short");

        assertThatThrownBy(() -> TokenVerificationMode.from(env)).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void refusesToStartWithoutTokenVerificationAndExplainsWhatToSet() {
        new ApplicationContextRunner().withUserConfiguration(TokenVerificationConfiguration.class).run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            FailureAnalysis analysis = new TokenVerificationFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("No way to verify bearer tokens");
            assertThat(analysis.getAction()).contains("issuer-uri", TokenVerificationMode.DEV_SECRET_PROPERTY);
        });
    }

    @Test
    void providesDevelopmentDecoderAndTokensWhenTheSecretIsSet() {
        new ApplicationContextRunner().withUserConfiguration(TokenVerificationConfiguration.class)
                .withPropertyValues(TokenVerificationMode.DEV_SECRET_PROPERTY + "=" + SECRET)
                .run(context -> {
                    assertThat(context).hasSingleBean(JwtDecoder.class).hasSingleBean(DevelopmentTokens.class);
                    String token = context.getBean(DevelopmentTokens.class).issue("ops", java.time.Duration.ofMinutes(1),
                            Role.OPERATOR);
                    assertThat(context.getBean(JwtDecoder.class).decode(token).getSubject()).isEqualTo("ops");
                });
    }
}
