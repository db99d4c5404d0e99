package dev.pitwall.simulator.vehicle;

/**
 * The climate a vehicle lives in: outside air temperature as a seasonal cycle (coldest mid-January, warmest
 * mid-July) plus a daily one peaking mid-afternoon local solar time. Cold matters for the 12 V battery (cranking),
 * heat for battery ageing and the cooling system.
 */
public enum ClimateZone {
    /** Scandinavian inland: January about -9 °C, July about 15 °C. */
    COLD(3, 12, 4),
    /** Central Europe (Munich): January about -1 °C, July about 19 °C. */
    TEMPERATE(9, 10, 5),
    /** Southern Spain: January about 10 °C, July about 28 °C, hot afternoons. */
    HOT(19, 9, 7);

    private static final double DAYS_PER_YEAR = 365.2425;
    private static final double WARMEST_DAY = 197;
    private static final double WARMEST_HOUR = 15;

    private final double annualMeanC;
    private final double seasonalAmplitudeC;
    private final double dailyAmplitudeC;

    ClimateZone(double annualMeanC, double seasonalAmplitudeC, double dailyAmplitudeC) {
        this.annualMeanC = annualMeanC;
        this.seasonalAmplitudeC = seasonalAmplitudeC;
        this.dailyAmplitudeC = dailyAmplitudeC;
    }

    public double ambientC(long epochMillis, double longitude) {
        double days = epochMillis / 86_400_000.0;
        double dayOfYear = days % DAYS_PER_YEAR;
        double seasonal = annualMeanC + seasonalAmplitudeC * StrictMath.cos(2 * Math.PI * (dayOfYear - WARMEST_DAY) / DAYS_PER_YEAR);
        double daily = dailyAmplitudeC * StrictMath.cos(2 * Math.PI * (solarHour(epochMillis, longitude) - WARMEST_HOUR) / 24);
        return seasonal + daily;
    }

    /** Local solar time, hours 0..24: what drivers' days and the daily temperature cycle follow. */
    static double solarHour(long epochMillis, double longitude) {
        double h = ((epochMillis / 3_600_000.0) + longitude / 15) % 24;
        return h < 0 ? h + 24 : h;
    }
}
