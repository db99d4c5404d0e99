package dev.pitwall.engagement.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.engagement.delivery.UnsubscribeTokens.InvalidTokenException;
import dev.pitwall.engagement.delivery.UnsubscribeTokens.Unsubscribe;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

    static final String SECRET = "unsubscribe-secret-of-at-least-32-bytes";
    static final Instant ISSUED = Instant.parse("2026-02-01T10:00:00Z");
    static final Duration MAX_AGE = Duration.ofDays(365);

    static UnsubscribeTokens tokensAt(Instant now, String secret) {
        return new UnsubscribeTokens(secret, Clock.fixed(now, ZoneOffset.UTC), MAX_AGE);
    }

    final UnsubscribeTokens tokens = tokensAt(ISSUED, SECRET);

    @Test
    void carriesSubscriberChannelAndPurpose() {
        String token = tokens.issue("sub-4711|odd", Channel.EMAIL, Purpose.MARKETING);

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(tokensAt(ISSUED.plus(Duration.ofDays(30)), SECRET).verify(token))
                .isEqualTo(new Unsubscribe("sub-4711|odd", Channel.EMAIL, Purpose.MARKETING, ISSUED));
    }

    @Test
    void refusesATokenWhosePayloadWasChanged() {
        String token = tokens.issue("sub-4711", Channel.EMAIL, Purpose.SERVICE);
        String other = tokens.issue("sub-0815", Channel.EMAIL, Purpose.SERVICE);
        String forged = other.substring(0, other.indexOf('.')) + token.substring(token.indexOf('.'));

        assertThatThrownBy(() -> tokens.verify(forged)).isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("signature does not match");
    }

    @Test
    void refusesATokenOfAnotherSecret() {
        String token = tokensAt(ISSUED, SECRET + "-rotated").issue("sub-4711", Channel.EMAIL, Purpose.MARKETING);

        assertThatThrownBy(() -> tokens.verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesAnExpiredToken() {
        String token = tokens.issue("sub-4711", Channel.EMAIL, Purpose.MARKETING);

        assertThatThrownBy(() -> tokensAt(ISSUED.plus(MAX_AGE).plusSeconds(1), SECRET).verify(token))
                .isInstanceOf(InvalidTokenException.class).hasMessageContaining("expired");
    }

    @Test
    void refusesMalformedTokens() {
        assertThatThrownBy(() -> tokens.verify(null)).hasMessageContaining("<payload>.<signature>");
        assertThatThrownBy(() -> tokens.verify("abc")).hasMessageContaining("<payload>.<signature>");
        assertThatThrownBy(() -> tokens.verify("a.b.c")).hasMessageContaining("<payload>.<signature>");
        assertThatThrownBy(() -> tokens.verify("abc.%%%")).hasMessageContaining("base64url");
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> tokensAt(ISSUED, "short")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
    }
}
