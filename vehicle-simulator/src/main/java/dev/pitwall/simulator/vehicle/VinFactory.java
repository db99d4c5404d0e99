package dev.pitwall.simulator.vehicle;

import java.util.SplittableRandom;

/**
 * Builds ISO 3779 VINs: WMI, five random descriptor characters, the check digit at position 9 (as North
 * America requires and many European makers also fill in), model-year code, plant code and a six-digit serial.
 */
public final class VinFactory {

    /** Characters allowed in a VIN: digits and capital letters except I, O and Q. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    /** Model-year codes for 2015..2025 (position 10). */
    static final String YEAR_CODES = "FGHJKLMNPRS";
    static final int FIRST_YEAR = 2015;
    private static final int[] WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

    private VinFactory() {
    }

    /**
     * @param serial 0..999,999; distinct serials give distinct VINs, which is how a fleet's VINs stay unique
     */
    public static String create(String wmi, int modelYear, int serial, SplittableRandom random) {
        if (serial < 0 || serial > 999_999) {
            throw new IllegalArgumentException("serial must be 0..999999, got " + serial);
        }
        StringBuilder vin = new StringBuilder(17).append(wmi);
        for (int i = 0; i < 5; i++) {
            vin.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        vin.append('0'); // placeholder for the check digit
        vin.append(YEAR_CODES.charAt(modelYear - FIRST_YEAR));
        vin.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        vin.append(String.format("%06d", serial));
        vin.setCharAt(8, checkDigit(vin));
        return vin.toString();
    }

    /** The check digit (0-9 or X) of a 17-character VIN; position 9 itself is ignored. */
    public static char checkDigit(CharSequence vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += transliterate(vin.charAt(i)) * WEIGHTS[i];
        }
        int r = sum % 11;
        return r == 10 ? 'X' : (char) ('0' + r);
    }

    private static int transliterate(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> throw new IllegalArgumentException("not a VIN character: '" + c + "'");
        };
    }
}
