package dev.pitwall.core.health;

/**
 * Thresholds and penalties of health score v1, one place for every number (documented in
 * docs/health-score.md). {@link #DEFAULTS} is what Pitwall ships.
 */
public record HealthRules(
        int criticalDtcPoints,
        int highDtcPoints,
        int mediumDtcPoints,
        int lowDtcPoints,
        int maxDtcPoints,
        double coolantHotC,
        int coolantHotPoints,
        double coolantOverheatC,
        int coolantOverheatPoints,
        double restingBatteryLowV,
        int restingBatteryLowPoints,
        double restingBatteryFlatV,
        int restingBatteryFlatPoints,
        double chargingMinV,
        int notChargingPoints,
        double chargingMaxV,
        int overchargingPoints,
        double tireLowKpa,
        int tireLowPoints,
        double tireCriticalKpa,
        int tireCriticalPoints,
        double predictionWatchProbability,
        int predictionWatchPoints,
        double predictionLikelyProbability,
        int predictionLikelyPoints,
        int maxPredictionPoints) {

    public static final HealthRules DEFAULTS = new HealthRules(
            30, 15, 8, 3, 60,
            104.0, 10, 110.0, 25,
            12.3, 8, 11.9, 20,
            13.0, 15, 15.0, 10,
            200.0, 6, 170.0, 15,
            0.3, 5, 0.6, 15, 30);
}
