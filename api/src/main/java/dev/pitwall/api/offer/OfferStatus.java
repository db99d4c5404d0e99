package dev.pitwall.api.offer;

/** Where an offer stands; the stream job writes SENT, the others are for the engagement features to come. */
public enum OfferStatus {
    SENT, OPENED, REDEEMED, EXPIRED;

    /** Whether an offer in this status can still be used (if it has not expired by time either). */
    boolean open() {
        return this == SENT || this == OPENED;
    }
}
