package dev.pitwall.api.subscription;

/**
 * Where a subscription stands: ACTIVE makes its subscriber the vehicle's owner (one at a time per VIN); ENDED (it ran
 * its course, or the operator ended it) and CANCELLED (called off) are final and own nothing.
 */
public enum SubscriptionStatus {
    ACTIVE, ENDED, CANCELLED
}
