package dev.pitwall.engagement.renewal;

/**
 * Where a renewal offer stands. OFFERED is the only open state; a fresher stage's offer SUPERSEDES an open one, an
 * offer past its validity EXPIRES, and the subscriber ACCEPTS or DECLINES.
 */
public enum RenewalOfferStatus {
    OFFERED, ACCEPTED, DECLINED, EXPIRED, SUPERSEDED;

    public boolean isOpen() {
        return this == OFFERED;
    }
}
