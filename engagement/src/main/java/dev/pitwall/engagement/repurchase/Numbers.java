package dev.pitwall.engagement.repurchase;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How numbers read in the reasons: whole numbers with thousands separators, decimals only where they exist. */
final class Numbers {

    private Numbers() {
    }

    /** {@code 190000} as "190,000", {@code 35.5} as "35.5", {@code 35.0} as "35". */
    static String number(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.format(Locale.ROOT, "%,d", (long) rounded)
                : String.format(Locale.ROOT, "%,.1f", rounded);
    }

    /** "1,030 EUR": whole currency units. */
    static String money(BigDecimal amount, String currency) {
        long whole = amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
        return String.format(Locale.ROOT, "%,d %s", whole, currency);
    }
}
