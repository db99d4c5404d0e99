package dev.pitwall.engagement.delivery;

/** What made Pitwall send a message; also the events a webhook endpoint subscribes to. */
public enum CauseKind {
    LEAD, CAMPAIGN, OFFER, BOOKING, RENEWAL
}
