package dev.pitwall.engagement.repurchase;

/**
 * The weights and thresholds of the repurchase timing score (docs/repurchase.md explains each). Every factor's scale
 * gives at most its {@code maxPoints}, and the maxima add up to at most 100, so the score is 0–100 by construction.
 *
 * @param age               vehicle age in years
 * @param mileage           odometer km
 * @param healthLevel       today's health score (falling: lower scores earn points)
 * @param healthDrop        health points lost over the trend window
 * @param healthTrendMinDays a trend over fewer days is not judged (too little history)
 * @param repairCost        expected repair cost in the cost table's currency
 * @param subscriptionEnd   days until the subscription ends (falling)
 * @param usage             km per day
 * @param drivingStyle      overall driving score (falling)
 * @param considerFrom      lowest score of the CONSIDER band
 * @param readyFrom         lowest score of the READY band
 */
public record TimingRules(
        PointScale age,
        PointScale mileage,
        PointScale healthLevel,
        PointScale healthDrop,
        int healthTrendMinDays,
        PointScale repairCost,
        PointScale subscriptionEnd,
        PointScale usage,
        PointScale drivingStyle,
        int considerFrom,
        int readyFrom) {

    public static final TimingRules DEFAULTS = new TimingRules(
            new PointScale(3, 8, 20),
            new PointScale(60_000, 180_000, 15),
            new PointScale(80, 50, 10),
            new PointScale(0, 20, 10),
            7,
            new PointScale(0, 1_000, 20),
            new PointScale(180, 30, 15),
            new PointScale(40, 80, 5),
            new PointScale(70, 50, 5),
            40,
            65);

    public TimingRules {
        int total = age.maxPoints() + mileage.maxPoints() + healthLevel.maxPoints() + healthDrop.maxPoints()
                + repairCost.maxPoints() + subscriptionEnd.maxPoints() + usage.maxPoints() + drivingStyle.maxPoints();
        if (total > 100) {
            throw new IllegalArgumentException("timing rules: expected the factors' maxPoints to add up to at most "
                    + "100, "
                    + "got " + total);
        }
        if (healthTrendMinDays < 1) {
            throw new IllegalArgumentException("healthTrendMinDays: expected 1 or more, got " + healthTrendMinDays);
        }
        if (!(0 < considerFrom && considerFrom < readyFrom && readyFrom <= 100)) {
            throw new IllegalArgumentException("bands: expected 0 < consider-from < ready-from <= 100, got "
                    + "consider-from "
                    + considerFrom + " and ready-from " + readyFrom);
        }
    }

    /** These rules with other band thresholds; null keeps the current one. */
    public TimingRules withBands(Integer newConsiderFrom, Integer newReadyFrom) {
        return new TimingRules(age, mileage, healthLevel, healthDrop, healthTrendMinDays, repairCost, subscriptionEnd,
                usage, drivingStyle, newConsiderFrom == null ? considerFrom : newConsiderFrom,
                newReadyFrom == null ? readyFrom : newReadyFrom);
    }

    public RepurchaseBand band(int score) {
        if (score >= readyFrom) {
            return RepurchaseBand.READY;
        }
        return score >= considerFrom ? RepurchaseBand.CONSIDER : RepurchaseBand.NOT_YET;
    }
}
