package dev.pitwall.core.vehicle;

import java.util.regex.Pattern;

/** An ISO 3779 vehicle identification number: the identity of a vehicle everywhere in Pitwall. */
public record Vin(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    public Vin {
        if (!isValid(value)) {
            throw new IllegalArgumentException(
                    "vin: expected 17 characters of digits and capital letters except I, O and Q, got '" + value + "'");
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
