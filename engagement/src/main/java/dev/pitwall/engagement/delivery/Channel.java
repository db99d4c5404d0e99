package dev.pitwall.engagement.delivery;

/** How a message reaches a subscriber. */
public enum Channel {
    /** An e-mail over SMTP, with a one-click unsubscribe link. */
    EMAIL,
    /** The subscriber's in-app inbox: delivered by being stored. */
    IN_APP,
    /** A signed HTTP POST to each webhook endpoint registered for the cause's kind. */
    WEBHOOK
}
