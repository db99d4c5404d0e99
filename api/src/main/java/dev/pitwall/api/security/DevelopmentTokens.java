package dev.pitwall.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Issues and verifies HS256 tokens signed with a shared secret, for development and the local stack only
 * (issuer {@value #ISSUER}). Production verifies tokens of a real identity provider instead.
 *
 * <pre>{@code
 * DevelopmentTokens tokens = new DevelopmentTokens(secret);
 * String jwt = tokens.issue("alice", Duration.ofHours(8), Role.OPERATOR);
 * // GET /api/v1/vehicles with header  Authorization: Bearer <jwt>
 * }</pre>
 */
public final class DevelopmentTokens {

    public static final String ISSUER = "pitwall-dev";
    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_SECRET_BYTES = 32;

    private final byte[] secret;
    private final Clock clock;

    public DevelopmentTokens(String secret) {
        this(secret, Clock.systemUTC());
    }

    public DevelopmentTokens(String secret, Clock clock) {
        this.secret = validSecret(secret);
        this.clock = clock;
    }

    /** Throws when the secret is missing or shorter than {@value #MIN_SECRET_BYTES} bytes (UTF-8). */
    static byte[] validSecret(String secret) {
        byte[] bytes = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("pitwall.security.dev-token.secret: expected at least "
                    + MIN_SECRET_BYTES + " bytes (UTF-8) for HS256, got " + bytes.length);
        }
        return bytes;
    }

    /** A signed token for {@code subject} carrying {@code roles}, valid from now for {@code ttl}. */
    public String issue(String subject, Duration ttl, Role... roles) {
        return issue(subject, List.of(roles), ttl);
    }

    /** A signed token for {@code subject} carrying {@code roles}, valid from now for {@code ttl}. */
    public String issue(String subject, Collection<Role> roles, Duration ttl) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("subject: expected a non-blank user id");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl: expected a positive duration, got " + ttl);
        }
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim(JwtRoles.CLAIM, roles.stream().map(Role::name).toList())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign development token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /** Verifies signature (HS256 only), issuer and expiry of tokens this class issued. */
    public JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER)));
        return decoder;
    }
}
