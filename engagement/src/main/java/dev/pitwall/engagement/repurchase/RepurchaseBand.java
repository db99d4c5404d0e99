package dev.pitwall.engagement.repurchase;

/** Whether to offer a new car now: NOT_YET, CONSIDER (mention it), READY (make the offer). */
public enum RepurchaseBand {
    NOT_YET, CONSIDER, READY
}
