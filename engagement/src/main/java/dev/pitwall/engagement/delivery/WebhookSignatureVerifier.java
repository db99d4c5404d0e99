package dev.pitwall.engagement.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What a webhook receiver does with {@value WebhookSignature#HEADER}: recompute the signature of the raw body it
 * received and compare, and refuse a timestamp further than {@code tolerance} from its own clock (a replayed old
 * request). Several {@code v1} entries may be present (during a secret rotation); one match suffices.
 */
public final class WebhookSignatureVerifier {

    /** Stripe's and most receivers' choice: wide enough for clock skew, narrow enough against replays. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private final String secret;
    private final Duration tolerance;
    private final Clock clock;

    public WebhookSignatureVerifier(String secret, Duration tolerance, Clock clock) {
        Hmac.key(secret, WebhookSignature.MIN_SECRET_BYTES, "webhook secret");
        this.secret = secret;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    /**
     * Accepts a request whose header signs {@code body} recently enough.
     *
     * @throws InvalidSignatureException naming what is wrong (missing, malformed, too old, not matching)
     */
    public void verify(String header, byte[] body) {
        if (header == null || header.isBlank()) {
            throw new InvalidSignatureException("no " + WebhookSignature.HEADER + " header");
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String item : header.split(",")) {
            int eq = item.indexOf('=');
            if (eq < 1) {
                throw new InvalidSignatureException("malformed header, expected t=<unix>,v1=<hex>");
            }
            String key = item.substring(0, eq).strip();
            String value = item.substring(eq + 1).strip();
            if (key.equals("t")) {
                timestamp = parseTimestamp(value);
            } else if (key.equals(WebhookSignature.SCHEME)) {
                signatures.add(value);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw new InvalidSignatureException("malformed header, expected t=<unix>,v1=<hex>");
        }
        long age = Math.abs(clock.instant().getEpochSecond() - timestamp);
        if (age > tolerance.toSeconds()) {
            throw new InvalidSignatureException("timestamp " + timestamp + " is " + age + " s from now, more than the "
                    + tolerance.toSeconds() + " s tolerated");
        }
        byte[] expected = HexFormat.of().parseHex(WebhookSignature.hex(secret, timestamp, body));
        for (String signature : signatures) {
            if (isHex(signature) && Hmac.equal(expected, HexFormat.of().parseHex(signature))) {
                return;
            }
        }
        throw new InvalidSignatureException("no " + WebhookSignature.SCHEME + " signature matches the body");
    }

    private static long parseTimestamp(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidSignatureException("timestamp '" + value + "' is not Unix seconds");
        }
    }

    private static boolean isHex(String value) {
        return value.length() % 2 == 0 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** A webhook request whose signature does not verify. */
    public static final class InvalidSignatureException extends RuntimeException {

        public InvalidSignatureException(String message) {
            super("Invalid webhook signature: " + message);
        }
    }
}
