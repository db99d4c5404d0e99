package dev.pitwall.engagement.renewal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;

/**
 * Decides which renewal offer a product should have today. Pure and deterministic: the offer of a (product, end,
 * stage) always has the same id, so running the planner again, or on two API instances at once, yields the same
 * offer and the store keeps one.
 */
public final class RenewalPlanner {

    private final RenewalSchedule schedule;
    private final RenewalPricing pricing;
    private final int termMonths;

    public RenewalPlanner(RenewalSchedule schedule, RenewalPricing pricing, int termMonths) {
        if (termMonths < 1) {
            throw new IllegalArgumentException("termMonths: expected a renewal term of at least 1 month, got "
                    + termMonths);
        }
        this.schedule = schedule;
        this.pricing = pricing;
        this.termMonths = termMonths;
    }

    public RenewalSchedule schedule() {
        return schedule;
    }

    /** The offer due for {@code product} on {@code today}, or empty when it is outside every stage. */
    public Optional<RenewalOfferDraft> plan(RenewableProduct product, RenewalSignals signals, LocalDate today) {
        return schedule.stageOn(product.endsOn(), today).map(stage -> new RenewalOfferDraft(
                offerId(product, stage.daysBefore()), product, stage,
                pricing.quote(product.kind(), product.currentMonthly(), stage.daysBefore(), signals),
                product.endsOn(), product.endsOn().plusMonths(termMonths), termMonths));
    }

    /** Whole months from the product's start to {@code today}, for the loyalty incentive. */
    public static int tenureMonths(LocalDate startsOn, LocalDate today) {
        return today.isBefore(startsOn) ? 0 : (int) Period.between(startsOn, today).toTotalMonths();
    }

    static UUID offerId(RenewableProduct product, int daysBefore) {
        String name = "renewal:" + product.kind() + ":" + product.productId() + ":" + product.endsOn() + ":"
                + daysBefore;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
