package dev.pitwall.engagement.repurchase;

import static dev.pitwall.engagement.repurchase.Numbers.money;
import static dev.pitwall.engagement.repurchase.Numbers.number;

import java.util.List;
import java.util.stream.Collectors;

/**
 * WHEN to offer a new car: a 0–100 propensity score summed from one capped contribution per {@link TimingFactor},
 * each explained in one sentence, and its band. The weights are {@link TimingRules}; docs/repurchase.md says why.
 * Stateless and thread-safe.
 */
public final class RepurchaseTiming {

    /** How many of the costliest predicted repairs a reason names. */
    static final int REPAIRS_NAMED = 3;

    private final TimingRules rules;

    public RepurchaseTiming(TimingRules rules) {
        this.rules = rules;
    }

    public TimingRules rules() {
        return rules;
    }

    public TimingAssessment assess(RepurchaseSignals signals) {
        List<TimingContribution> contributions = List.of(age(signals), mileage(signals), healthLevel(signals),
                healthTrend(signals), repairCost(signals), subscriptionEnd(signals), usage(signals),
                drivingStyle(signals));
        int score = contributions.stream().mapToInt(TimingContribution::points).sum();
        return new TimingAssessment(score, rules.band(score), contributions);
    }

    private TimingContribution age(RepurchaseSignals s) {
        PointScale scale = rules.age();
        if (s.ageYears() == null) {
            return none(TimingFactor.VEHICLE_AGE, scale, "The model year cannot be read from the VIN, so age adds "
                    + "nothing.");
        }
        return new TimingContribution(TimingFactor.VEHICLE_AGE, scale.points(s.ageYears()), scale.maxPoints(),
                "The car is about " + years(s.ageYears()) + " old (model year " + s.modelYear() + "); age counts from "
                        + number(scale.zeroAt()) + " years and in full from " + number(scale.fullAt()) + ".");
    }

    private TimingContribution mileage(RepurchaseSignals s) {
        PointScale scale = rules.mileage();
        if (s.odometerKm() == null) {
            return none(TimingFactor.MILEAGE, scale, "No odometer reading yet, so mileage adds nothing.");
        }
        return new TimingContribution(TimingFactor.MILEAGE, scale.points(s.odometerKm()), scale.maxPoints(),
                number(s.odometerKm()) + " km on the odometer; mileage counts from " + number(scale.zeroAt())
                        + " km and in full from " + number(scale.fullAt()) + " km.");
    }

    private TimingContribution healthLevel(RepurchaseSignals s) {
        PointScale scale = rules.healthLevel();
        if (s.healthScore() == null) {
            return none(TimingFactor.HEALTH_LEVEL, scale, "No health score yet, so health adds nothing.");
        }
        return new TimingContribution(TimingFactor.HEALTH_LEVEL, scale.points(s.healthScore()), scale.maxPoints(),
                "Health score " + s.healthScore() + " of 100; it counts below " + number(scale.zeroAt())
                        + " and in full at " + number(scale.fullAt()) + " or less.");
    }

    private TimingContribution healthTrend(RepurchaseSignals s) {
        PointScale scale = rules.healthDrop();
        HealthTrend trend = s.healthTrend();
        if (trend == null || trend.days() < rules.healthTrendMinDays()) {
            return none(TimingFactor.HEALTH_TREND, scale, "Too little health history to see a trend (it needs "
                    + rules.healthTrendMinDays() + " days).");
        }
        int drop = -trend.change();
        String span = " in " + trend.days() + " days (from " + trend.fromScore() + " to " + trend.toScore() + ")";
        if (drop <= 0) {
            return none(TimingFactor.HEALTH_TREND, scale, "Health held steady or rose" + span + ".");
        }
        return new TimingContribution(TimingFactor.HEALTH_TREND, scale.points(drop), scale.maxPoints(),
                "Health fell " + drop + " points" + span + "; a fall counts in full from " + number(scale.fullAt())
                        + " points.");
    }

    private TimingContribution repairCost(RepurchaseSignals s) {
        PointScale scale = rules.repairCost();
        RepairCostEstimate cost = s.repairCost();
        if (cost.isEmpty()) {
            return none(TimingFactor.REPAIR_COST, scale, "No failure predictions yet, so no repair cost is expected.");
        }
        String costliest = cost.repairs().stream().limit(REPAIRS_NAMED)
                .map(r -> r.component().displayName() + " " + money(r.expectedCost(), cost.currency()))
                .collect(Collectors.joining(", "));
        return new TimingContribution(TimingFactor.REPAIR_COST, scale.points(cost.total().doubleValue()),
                scale.maxPoints(), "The failure predictions make repairs of " + money(cost.total(), cost.currency())
                        + " likely (" + costliest + "); this counts in full from "
                        + number(scale.fullAt()) + " " + cost.currency() + ".");
    }

    private TimingContribution subscriptionEnd(RepurchaseSignals s) {
        PointScale scale = rules.subscriptionEnd();
        SubscriptionTerm term = s.subscription();
        if (term == null) {
            return none(TimingFactor.SUBSCRIPTION_END, scale,
                    "No active subscription, so there is no end to plan for.");
        }
        if (term.endsOn() == null) {
            return none(TimingFactor.SUBSCRIPTION_END, scale, "The " + term.plan() + " subscription has no end date.");
        }
        int days = term.daysUntilEnd();
        String when = days >= 0 ? "ends in " + days + (days == 1 ? " day" : " days") + " (on " + term.endsOn() + ")"
                : "passed its end date " + term.endsOn() + " " + -days + " days ago";
        return new TimingContribution(TimingFactor.SUBSCRIPTION_END, scale.points(days), scale.maxPoints(),
                "The " + term.plan() + " subscription " + when + "; an end counts from " + number(scale.zeroAt())
                        + " days ahead and in full from " + number(scale.fullAt()) + ".");
    }

    private TimingContribution usage(RepurchaseSignals s) {
        PointScale scale = rules.usage();
        if (s.usage() == null) {
            return none(TimingFactor.USAGE, scale, "No driving profile yet, so usage adds nothing.");
        }
        return new TimingContribution(TimingFactor.USAGE, scale.points(s.usage().kmPerDay()), scale.maxPoints(),
                "Drives " + number(s.usage().kmPerDay()) + " km a day; more wears a car faster from "
                        + number(scale.zeroAt()) + " km a day and in full from " + number(scale.fullAt()) + ".");
    }

    private TimingContribution drivingStyle(RepurchaseSignals s) {
        PointScale scale = rules.drivingStyle();
        Integer score = s.usage() == null ? null : s.usage().drivingScore();
        if (score == null) {
            return none(TimingFactor.DRIVING_STYLE, scale, "No driving score yet (it needs enough km), so driving "
                    + "style adds nothing.");
        }
        return new TimingContribution(TimingFactor.DRIVING_STYLE, scale.points(score), scale.maxPoints(),
                "Driving score " + score + " of 100; a harder style wears a car faster below " + number(scale.zeroAt())
                        + " and in full at " + number(scale.fullAt()) + " or less.");
    }

    private static TimingContribution none(TimingFactor factor, PointScale scale, String reason) {
        return new TimingContribution(factor, 0, scale.maxPoints(), reason);
    }

    private static String years(int years) {
        return years == 1 ? "1 year" : years + " years";
    }
}
