package dev.pitwall.api.offer;

import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.core.offer.OfferKind;
import dev.pitwall.core.offer.OfferRules;
import java.time.Instant;
import java.util.Locale;

/**
 * Which offers a caller asked for; every condition that is set must hold, {@code null} means any.
 *
 * @param vin      one vehicle's offers
 * @param kind     FUEL or SERVICE
 * @param campaign one campaign's
 * @param active   {@code true} only usable ones (SENT or OPENED, not expired), {@code false} only the others
 * @param from     created at or after
 * @param to       created before
 */
record OfferQuery(String vin, OfferKind kind, String campaign, Boolean active, Instant from, Instant to) {

    static final String ACTIVE_EXPECTED = "true (only offers that can still be used) or false (only the others)";
    static final String CAMPAIGN_EXPECTED = "a campaign id: up to " + OfferRules.CAMPAIGN_ID_MAX_LENGTH
            + " lower-case letters and digits in words joined by '-', e.g. fuel-partner-ahead";

    static final OfferQuery ALL = new OfferQuery(null, null, null, null, null, null);

    /** Reads the parameters strictly, rejecting what they cannot mean with a problem naming the parameter. */
    static OfferQuery of(String vin, OfferKind kind, String campaign, String active, Instant from, Instant to) {
        String v = blankToNull(vin);
        if (v != null) {
            VinParameter.require(v);
        }
        String c = blankToNull(campaign);
        if (c != null && (c.length() > OfferRules.CAMPAIGN_ID_MAX_LENGTH
                || !OfferRules.CAMPAIGN_ID.matcher(c).matches())) {
            throw new InvalidParameterException("campaign", CAMPAIGN_EXPECTED, campaign);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidParameterException("from", "an instant before 'to' (" + to + ")", from);
        }
        return new OfferQuery(v, kind, c, active(active), from, to);
    }

    private static Boolean active(String active) {
        String a = blankToNull(active);
        if (a == null) {
            return null;
        }
        return switch (a.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException("active", ACTIVE_EXPECTED, active);
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
