package dev.pitwall.engagement.repurchase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The subscriber's active plan on the vehicle.
 *
 * @param endsOn       last day of the subscription; null when it has no end date
 * @param daysUntilEnd days from today to endsOn (negative once passed); null without an end date
 * @param monthlyPrice what the plan costs a month, in the model catalog's currency; null when unknown
 */
public record SubscriptionTerm(String plan, LocalDate endsOn, Integer daysUntilEnd, BigDecimal monthlyPrice) {

    /** The term as of {@code today}. */
    public static SubscriptionTerm of(String plan, LocalDate endsOn, LocalDate today, BigDecimal monthlyPrice) {
        Integer days = endsOn == null ? null : (int) ChronoUnit.DAYS.between(today, endsOn);
        return new SubscriptionTerm(plan, endsOn, days, monthlyPrice);
    }
}
