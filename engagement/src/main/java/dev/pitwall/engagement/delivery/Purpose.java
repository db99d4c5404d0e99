package dev.pitwall.engagement.delivery;

/**
 * Why a message is sent, which decides the consent it needs ({@link ConsentPolicy}): a service message is part of
 * the subscription the subscriber signed (sent unless they opted out), a marketing message needs their opt-in.
 */
public enum Purpose {
    /** About the subscriber's own car and contract: a service due, a safety issue, a booking, a renewal. */
    SERVICE,
    /** Promotion: campaigns and offers. */
    MARKETING
}
