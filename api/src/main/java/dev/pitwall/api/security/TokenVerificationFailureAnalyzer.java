package dev.pitwall.api.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a token-verification misconfiguration into Spring Boot's "APPLICATION FAILED TO START" advice. */
public class TokenVerificationFailureAnalyzer extends AbstractFailureAnalyzer<TokenVerificationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TokenVerificationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Production: set spring.security.oauth2.resourceserver.jwt.issuer-uri or jwk-set-uri. "
                        + "Development: set " + TokenVerificationMode.DEV_SECRET_PROPERTY + " to a random string of at least "
                        + DevelopmentTokens.MIN_SECRET_BYTES + " bytes, and nothing else.",
                cause);
    }
}
