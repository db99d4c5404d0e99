package dev.pitwall.engagement.delivery;

/** Where a message stands: PENDING until it is SENT, given up on (FAILED) or SUPPRESSED. */
public enum DeliveryStatus {
    PENDING, SENT, FAILED, SUPPRESSED;

    /** Whether nothing will happen to the message any more. */
    public boolean isFinal() {
        return this != PENDING;
    }
}
