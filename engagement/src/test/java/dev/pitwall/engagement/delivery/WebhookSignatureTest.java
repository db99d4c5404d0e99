package dev.pitwall.engagement.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.engagement.delivery.WebhookSignatureVerifier.InvalidSignatureException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    static final String SECRET = "whsec_0123456789abcdefghijklmnopqrstuvwxyzABCD";
    static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    static final byte[] BODY = "{\"id\":\"n-1\",\"subject\":\"Ölwechsel fällig\"}".getBytes(StandardCharsets.UTF_8);

    final WebhookSignatureVerifier verifier = verifierAt(NOW);

    static WebhookSignatureVerifier verifierAt(Instant now) {
        return new WebhookSignatureVerifier(SECRET, Duration.ofMinutes(5), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void signsTimestampAndBodyAsDocumented() {
        String header = WebhookSignature.header(SECRET, NOW.getEpochSecond(), BODY);

        // the documented recipe, recomputed independently: HMAC-SHA256(secret, t + "." + body), lower-case hex
        assertThat(header).isEqualTo("t=1769940000,v1=" + java.util.HexFormat.of().formatHex(
                Hmac.sha256(SECRET.getBytes(StandardCharsets.UTF_8),
                        ("1769940000." + new String(BODY, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))));
        assertThat(header).matches("t=\\d+,v1=[0-9a-f]{64}");
    }

    @Test
    void acceptsItsOwnSignatureWithinTheTolerance() {
        String header = WebhookSignature.header(SECRET, NOW.minusSeconds(299).getEpochSecond(), BODY);

        assertThatCode(() -> verifier.verify(header, BODY)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnAlteredBody() {
        String header = WebhookSignature.header(SECRET, NOW.getEpochSecond(), BODY);
        byte[] altered = "{\"id\":\"n-2\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier.verify(header, altered)).isInstanceOf(InvalidSignatureException.class)
                .hasMessageContaining("no v1 signature matches");
    }

    @Test
    void refusesAnotherSecretsSignature() {
        String header = WebhookSignature.header(SECRET + "x", NOW.getEpochSecond(), BODY);

        assertThatThrownBy(() -> verifier.verify(header, BODY)).isInstanceOf(InvalidSignatureException.class);
    }

    @Test
    void refusesAReplayedOldRequest() {
        String header = WebhookSignature.header(SECRET, NOW.minusSeconds(301).getEpochSecond(), BODY);

        assertThatThrownBy(() -> verifier.verify(header, BODY)).isInstanceOf(InvalidSignatureException.class)
                .hasMessageContaining("301 s from now");
    }

    @Test
    void acceptsAnyMatchingSignatureDuringASecretRotation() {
        long t = NOW.getEpochSecond();
        String old = WebhookSignature.header("whsec_the-previous-secret-of-32-bytes-xx", t, BODY);
        String header = old + ",v1=" + WebhookSignature.hex(SECRET, t, BODY);

        assertThatCode(() -> verifier.verify(header, BODY)).doesNotThrowAnyException();
    }

    @Test
    void refusesMissingAndMalformedHeaders() {
        assertThatThrownBy(() -> verifier.verify(null, BODY)).hasMessageContaining("no Pitwall-Signature header");
        assertThatThrownBy(() -> verifier.verify("v1=abcd", BODY)).hasMessageContaining("malformed");
        assertThatThrownBy(() -> verifier.verify("t=soon,v1=abcd", BODY)).hasMessageContaining("not Unix seconds");
        assertThatThrownBy(() -> verifier.verify("t=" + NOW.getEpochSecond() + ",v1=zz", BODY))
                .hasMessageContaining("no v1 signature matches");
    }

    @Test
    void refusesAShortSecret() {
        assertThatThrownBy(() -> WebhookSignature.header("short", 1, BODY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32 bytes");
    }
}
