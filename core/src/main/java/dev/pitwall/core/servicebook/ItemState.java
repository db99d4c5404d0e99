package dev.pitwall.core.servicebook;

/** Where a maintenance item stands. */
public enum ItemState {
    /** A limit has been reached or passed: remaining distance, time or engine hours is zero or less. */
    OVERDUE(0),
    /** A limit is within its due-soon margin. */
    DUE_SOON(1),
    /**
     * None of the item's limits could be evaluated, because neither the basis nor the vehicle has the reading a
     * limit needs (e.g. a distance-only item for a vehicle that never reported its odometer).
     */
    UNKNOWN(2),
    /** Every evaluated limit is further away than its due-soon margin. */
    OK(3);

    private final int urgency;

    ItemState(int urgency) {
        this.urgency = urgency;
    }

    /** 0 is the most urgent; unknown items come before OK ones because someone should look at them. */
    public int urgency() {
        return urgency;
    }
}
