package dev.pitwall.api.notification;

import dev.pitwall.api.web.InvalidParameterException;
import java.util.Locale;
import java.util.UUID;

/** An id path variable of the notification endpoints: a UUID in its canonical 8-4-4-4-12 form. */
final class UuidParameter {

    static final String EXAMPLE = "3d6f2a1b-8c4e-4b7a-9e2f-5a1c7d3e9b20";

    private UuidParameter() {
    }

    static UUID parse(String name, String value) {
        try {
            UUID id = UUID.fromString(value);
            // fromString also takes "1-2-3-4-5"; only the canonical form round-trips
            if (id.toString().equals(value.toLowerCase(Locale.ROOT))) {
                return id;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // answered below
        }
        throw new InvalidParameterException(name, "a UUID such as " + EXAMPLE, value);
    }
}
