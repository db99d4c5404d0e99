package dev.pitwall.api.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** A path variable naming a resource by UUID, checked the same way everywhere. */
public final class UuidParameter {

    public static final String EXPECTED = "a UUID such as 4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e11";

    // UUID.fromString accepts short forms like 1-2-3-4-5; only the canonical text names a resource
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private UuidParameter() {
    }

    /** The UUID {@code value} names, or a 400 naming {@code parameter}. */
    public static UUID require(String parameter, String value) {
        if (value == null || !CANONICAL.matcher(value).matches()) {
            throw new InvalidParameterException(parameter, EXPECTED, value);
        }
        return UUID.fromString(value);
    }
}
