package dev.pitwall.engagement.booking;

/**
 * Where a booked visit stands: the work-order states a visit goes through, and CANCELLED. Stored by name
 * ({@code booking.status}), so never rename one.
 */
public enum BookingStatus {
    BOOKED, CHECKED_IN, INSPECTING, AWAITING_APPROVAL, IN_PROGRESS, READY, COLLECTED, CANCELLED;

    /** Whether the visit still holds its bay (and courtesy car). */
    public boolean isLive() {
        return this != CANCELLED;
    }

    /** Whether the customer may still move or cancel it: only until the vehicle is checked in. */
    public boolean isChangeable() {
        return this == BOOKED;
    }
}
