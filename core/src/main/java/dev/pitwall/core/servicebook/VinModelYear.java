package dev.pitwall.core.servicebook;

import java.util.OptionalInt;

/**
 * The model year from a VIN's tenth character (ISO 3779 / 49 CFR 565). The code repeats every 30 years; Pitwall
 * reads it in the 2010–2039 cycle (A = 2010, ..., Y = 2030, 1 = 2031, ..., 9 = 2039), because connected cars
 * that stream telemetry are not older than that. The simulator writes these codes ({@code VinFactory}).
 */
public final class VinModelYear {

    private static final String CODES = "ABCDEFGHJKLMNPRSTVWXY123456789";
    private static final int FIRST_YEAR = 2010;

    private VinModelYear() {
    }

    /** The model year, or empty when the VIN is too short or its tenth character is not a year code. */
    public static OptionalInt of(String vin) {
        if (vin == null || vin.length() < 10) {
            return OptionalInt.empty();
        }
        int index = CODES.indexOf(vin.charAt(9));
        return index < 0 ? OptionalInt.empty() : OptionalInt.of(FIRST_YEAR + index);
    }
}
