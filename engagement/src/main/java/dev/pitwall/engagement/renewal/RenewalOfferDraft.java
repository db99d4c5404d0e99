package dev.pitwall.engagement.renewal;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A renewal offer as the planner wants it stored.
 *
 * @param renewedFrom the day the renewed term starts (the product's current end)
 * @param renewedUntil the new end if the subscriber accepts
 */
public record RenewalOfferDraft(UUID offerId, RenewableProduct product, RenewalSchedule.Stage stage,
        RenewalQuote quote, LocalDate renewedFrom, LocalDate renewedUntil, int termMonths) {
}
