package dev.pitwall.engagement.repurchase;

/** What the repurchase timing score is made of; one contribution each, in this order (docs/repurchase.md). */
public enum TimingFactor {
    VEHICLE_AGE, MILEAGE, HEALTH_LEVEL, HEALTH_TREND, REPAIR_COST, SUBSCRIPTION_END, USAGE, DRIVING_STYLE
}
