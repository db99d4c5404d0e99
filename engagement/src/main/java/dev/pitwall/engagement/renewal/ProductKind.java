package dev.pitwall.engagement.renewal;

/** What a subscriber can renew: the car subscription itself, or a warranty or insurance on the vehicle. */
public enum ProductKind {
    SUBSCRIPTION, WARRANTY, INSURANCE
}
