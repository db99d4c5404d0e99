package dev.pitwall.api.subscription;

import dev.pitwall.api.web.VinParameter;

/**
 * Which subscriptions a caller asked for; every condition that is set must hold, {@code null} means any.
 *
 * @param vin          one vehicle's
 * @param subscriberId one subscriber's
 * @param status       only in this status
 */
record SubscriptionQuery(String vin, String subscriberId, SubscriptionStatus status) {

    /** Reads the parameters strictly: a well-formed VIN; blanks mean "any". */
    static SubscriptionQuery of(String vin, String subscriberId, SubscriptionStatus status) {
        String v = blankToNull(vin);
        return new SubscriptionQuery(v == null ? null : VinParameter.require(v), blankToNull(subscriberId), status);
    }

    /** One subscriber's own subscriptions. */
    static SubscriptionQuery mine(String subscriberId, SubscriptionStatus status) {
        return new SubscriptionQuery(null, subscriberId, status);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
