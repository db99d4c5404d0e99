package dev.pitwall.api.web;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** A UUID path variable ({@code bookingId}, ...), read strictly and rejected the same way everywhere. */
public final class UuidParameter {

    private static final Pattern CANONICAL = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    private UuidParameter() {
    }

    /** What a UUID parameter accepts, with an example of the endpoint's own. */
    public static String expected(String example) {
        return "a UUID such as " + example;
    }

    /** Only the canonical 8-4-4-4-12 form: {@link UUID#fromString} also takes "1-2-3-4-5". */
    public static UUID require(String name, String value, String example) {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new InvalidParameterException(name, expected(example), value);
        }
        return UUID.fromString(value.toLowerCase(Locale.ROOT));
    }
}
