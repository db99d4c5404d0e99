package dev.pitwall.api.web;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** A UUID path variable ({@code bookingId}, {@code offerId}, ...), read strictly and rejected the same way everywhere. */
public final class UuidParameter {

    /** The example a parameter without one of its own names. */
    public static final String EXAMPLE = "4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e11";
    public static final String EXPECTED = expected(EXAMPLE);

    private static final Pattern CANONICAL = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private UuidParameter() {
    }

    /** What a UUID parameter accepts, with an example of the endpoint's own. */
    public static String expected(String example) {
        return "a UUID such as " + example;
    }

    /** The UUID {@code value} names, or a 400 naming {@code name}. */
    public static UUID require(String name, String value) {
        return require(name, value, EXAMPLE);
    }

    /** Only the canonical 8-4-4-4-12 form: {@link UUID#fromString} also takes "1-2-3-4-5". */
    public static UUID require(String name, String value, String example) {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new InvalidParameterException(name, expected(example), value);
        }
        return UUID.fromString(value.toLowerCase(Locale.ROOT));
    }
}
