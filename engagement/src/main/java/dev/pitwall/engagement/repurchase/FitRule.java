package dev.pitwall.engagement.repurchase;

/** The rules that make a model fit a driver better or worse ({@link RankingRules} has their points). */
public enum FitRule {
    ELECTRIC_FOR_SHORT_TRIPS,
    ELECTRIC_RANGE_FITS,
    ELECTRIC_RANGE_TOO_SHORT,
    PLUG_IN_RANGE_FITS,
    HYBRID_FOR_SHORT_TRIPS,
    EFFICIENT_FOR_HIGH_MILEAGE,
    SMALL_FOR_LOW_MILEAGE,
    SAME_SEGMENT,
    SAME_BRAND,
    PRICE_CLOSE,
    PRICE_NEAR,
    PRICE_FAR_ABOVE,
    NO_COMBUSTION_REPAIRS,
    SMOOTH_DRIVER_ELECTRIFIED
}
