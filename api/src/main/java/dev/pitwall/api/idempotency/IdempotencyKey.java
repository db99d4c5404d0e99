package dev.pitwall.api.idempotency;

import dev.pitwall.api.web.IdempotencyKeyReusedException;
import dev.pitwall.api.web.InvalidParameterException;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} header of a request that must not take effect twice: the client picks a fresh key per
 * intended request (a UUID) and sends the same key when it repeats that request.
 */
public record IdempotencyKey(String value) {

    public static final String HEADER = IdempotencyKeyReusedException.HEADER;
    public static final int MAX_LENGTH = 255;
    public static final String EXPECTED = "a key of 1 to " + MAX_LENGTH + " visible ASCII characters, new for each "
            + "request and the same when repeating it, e.g. a UUID";

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    public IdempotencyKey {
        if (value == null || !VISIBLE_ASCII.matcher(value).matches()) {
            throw new InvalidParameterException(HEADER, EXPECTED, value == null ? "no header" : value);
        }
    }

    /** The header's value as a key; rejects a missing or malformed one naming the header. */
    public static IdempotencyKey of(String header) {
        return new IdempotencyKey(header);
    }
}
