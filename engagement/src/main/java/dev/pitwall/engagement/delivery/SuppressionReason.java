package dev.pitwall.engagement.delivery;

/** Why a message was not sent and never will be. */
public enum SuppressionReason {
    /** A marketing message on a channel the subscriber never opted in to. */
    NO_CONSENT,
    /** The subscriber opted out of this purpose on this channel (preferences or an unsubscribe link). */
    UNSUBSCRIBED,
    /** Nowhere to send it: no e-mail address, or no active webhook endpoint for the cause's kind. */
    NO_ADDRESS
}
