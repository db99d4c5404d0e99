package dev.pitwall.simulator.vehicle;

/**
 * Outside air temperature for a central European climate: a seasonal cycle (coldest mid-January, about
 * -1 °C; warmest mid-July, about 19 °C) plus a daily one peaking mid-afternoon local solar time.
 */
final class Climate {

    private static final double DAYS_PER_YEAR = 365.2425;

    private Climate() {
    }

    static double ambientC(long epochMillis, double longitude) {
        double days = epochMillis / 86_400_000.0;
        double dayOfYear = days % DAYS_PER_YEAR;
        double seasonal = 9 + 10 * StrictMath.cos(2 * Math.PI * (dayOfYear - 197) / DAYS_PER_YEAR);
        double solarHour = ((epochMillis / 3_600_000.0) + longitude / 15) % 24;
        double daily = 5 * StrictMath.cos(2 * Math.PI * (solarHour - 15) / 24);
        return seasonal + daily;
    }
}
