package dev.pitwall.api.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.env.PropertyResolver;

/**
 * How bearer tokens are verified: by a real identity provider (issuer or JWK set) or, in development,
 * by the shared HS256 secret of {@link DevelopmentTokens}. Exactly one must be configured.
 */
public enum TokenVerificationMode {
    PRODUCTION, DEVELOPMENT;

    public static final String DEV_SECRET_PROPERTY = "pitwall.security.dev-token.secret";
    public static final List<String> PRODUCTION_PROPERTIES = List.of(
            "spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
            "spring.security.oauth2.resourceserver.jwt.public-key-location");

    /** Resolves the mode from configuration, or explains what is missing or contradictory. */
    public static TokenVerificationMode from(PropertyResolver properties) {
        List<String> production = PRODUCTION_PROPERTIES.stream().filter(p -> hasText(properties, p)).toList();
        boolean development = hasText(properties, DEV_SECRET_PROPERTY);
        if (!production.isEmpty() && development) {
            throw new TokenVerificationException("Both " + production + " and " + DEV_SECRET_PROPERTY
                    + " are set: development tokens must never be accepted next to a real identity provider. "
                    + "Remove one of them.");
        }
        if (development) {
            int length = properties.getProperty(DEV_SECRET_PROPERTY).getBytes(StandardCharsets.UTF_8).length;
            if (length < DevelopmentTokens.MIN_SECRET_BYTES) {
                throw new TokenVerificationException(DEV_SECRET_PROPERTY + " is " + length + " bytes long; HS256 "
                        + "needs at least " + DevelopmentTokens.MIN_SECRET_BYTES + " bytes (UTF-8).");
            }
            return DEVELOPMENT;
        }
        if (production.isEmpty()) {
            throw new TokenVerificationException("No way to verify bearer tokens is configured. Set "
                    + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri) for a real identity "
                    + "provider, or " + DEV_SECRET_PROPERTY + " (at least " + DevelopmentTokens.MIN_SECRET_BYTES
                    + " bytes) for development tokens.");
        }
        return PRODUCTION;
    }

    private static boolean hasText(PropertyResolver properties, String name) {
        String value = properties.getProperty(name);
        return value != null && !value.isBlank();
    }
}
