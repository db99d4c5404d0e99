package dev.pitwall.core.profile;

/** The precision the profile's outputs carry: enough for a marketer, and stable for a reader of the rows. */
final class Rounding {

    private Rounding() {
    }

    static double hundredths(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    static double tenths(double value) {
        return Math.round(value * 10.0) / 10.0;
    }

    static double thousandths(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
