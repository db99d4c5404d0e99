package dev.pitwall.engagement.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Signed unsubscribe tokens: the credential of the link in an e-mail, so that a subscriber can opt out of one purpose
 * on one channel without signing in (RFC 8058 one-click unsubscribe). A token is
 * {@code base64url(payload) "." base64url(HMAC-SHA256(secret, "unsubscribe." + base64url(payload)))} with payload
 * {@code 1|<issued unix seconds>|<channel>|<purpose>|<subscriber id>}. Nothing is stored: the signature proves Pitwall
 * issued it, and a token older than {@code maxAge} is refused. Tokens are not secret from their recipient, only
 * unforgeable; all a token can do is opt its subscriber out.
 */
public final class UnsubscribeTokens {

    public static final int MIN_SECRET_BYTES = 32;
    private static final String VERSION = "1";
    private static final String DOMAIN = "unsubscribe.";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final Clock clock;
    private final Duration maxAge;

    public UnsubscribeTokens(String secret, Clock clock, Duration maxAge) {
        this.key = Hmac.key(secret, MIN_SECRET_BYTES, "unsubscribe secret");
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** A token that opts {@code subscriberId} out of {@code purpose} on {@code channel}. */
    public String issue(String subscriberId, Channel channel, Purpose purpose) {
        String payload = String.join("|", VERSION, Long.toString(clock.instant().getEpochSecond()), channel.name(),
                purpose.name(), subscriberId);
        String encoded = ENCODER.encodeToString(Hmac.utf8(payload));
        return encoded + "." + ENCODER.encodeToString(mac(encoded));
    }

    /** What a token says, if Pitwall issued it less than {@code maxAge} ago. */
    public Unsubscribe verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1 || dot != token.lastIndexOf('.')) {
            throw new InvalidTokenException("it is not of the form <payload>.<signature>");
        }
        String encoded = token.substring(0, dot);
        byte[] signature = decode(token.substring(dot + 1));
        if (!Hmac.equal(mac(encoded), signature)) {
            throw new InvalidTokenException("its signature does not match (altered, or not issued by Pitwall)");
        }
        String[] fields = new String(decode(encoded), StandardCharsets.UTF_8).split("\\|", 5);
        if (fields.length != 5 || !VERSION.equals(fields[0])) {
            throw new InvalidTokenException("its payload is of an unknown version");
        }
        Instant issuedAt = Instant.ofEpochSecond(Long.parseLong(fields[1]));
        if (issuedAt.plus(maxAge).isBefore(clock.instant())) {
            throw new InvalidTokenException("it expired (issued " + issuedAt + ", valid for " + maxAge.toDays()
                    + " days); use the notification preferences instead");
        }
        return new Unsubscribe(fields[4], Channel.valueOf(fields[2]), Purpose.valueOf(fields[3]), issuedAt);
    }

    private byte[] mac(String encodedPayload) {
        return Hmac.sha256(key, Hmac.utf8(DOMAIN + encodedPayload));
    }

    private static byte[] decode(String base64) {
        try {
            return DECODER.decode(base64);
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("it is not base64url");
        }
    }

    /** An opt-out a token carries. */
    public record Unsubscribe(String subscriberId, Channel channel, Purpose purpose, Instant issuedAt) {
    }

    /** A token that is malformed, forged or expired; the message says which. */
    public static final class InvalidTokenException extends IllegalArgumentException {

        public InvalidTokenException(String reason) {
            super("The unsubscribe token is invalid: " + reason + ".");
        }
    }
}
