package dev.pitwall.engagement.delivery;

import java.util.HexFormat;

/**
 * Signs webhook requests, Stripe-style: header {@value #HEADER}{@code : t=<unix seconds>,v1=<hex>} where the hex is
 * HMAC-SHA256 under the endpoint's secret (its UTF-8 bytes, {@code whsec_} prefix included) of
 * {@code <t> + "." + <the raw request body>}. The timestamp inside the signed text lets a receiver refuse replays of
 * an old request ({@link WebhookSignatureVerifier}); {@code v1} names the scheme, so another can be added beside it.
 */
public final class WebhookSignature {

    public static final String HEADER = "Pitwall-Signature";
    public static final String SCHEME = "v1";
    /** Endpoint secrets are at least this long; Pitwall generates 32 random bytes. */
    public static final int MIN_SECRET_BYTES = 32;

    private WebhookSignature() {
    }

    /** The header value for {@code body} sent at {@code timestampSeconds} (Unix time). */
    public static String header(String secret, long timestampSeconds, byte[] body) {
        return "t=" + timestampSeconds + "," + SCHEME + "=" + hex(secret, timestampSeconds, body);
    }

    static String hex(String secret, long timestampSeconds, byte[] body) {
        byte[] key = Hmac.key(secret, MIN_SECRET_BYTES, "webhook secret");
        return HexFormat.of().formatHex(Hmac.sha256(key, Hmac.utf8(timestampSeconds + "."), body));
    }
}
