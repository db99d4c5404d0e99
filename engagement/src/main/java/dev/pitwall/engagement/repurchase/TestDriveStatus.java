package dev.pitwall.engagement.repurchase;

import java.util.Arrays;
import java.util.List;

/**
 * Where a test drive at a dealer stands. BOOKED until the subscriber cancels it (CANCELLED, which frees the demo car)
 * or the dealer records how it went (COMPLETED, NO_SHOW); those three are final. Stored by name
 * ({@code test_drive.status}), so never rename one.
 */
public enum TestDriveStatus {
    BOOKED, CANCELLED, COMPLETED, NO_SHOW;

    /** The statuses a dealer records after the appointment. */
    public static final List<TestDriveStatus> OUTCOMES = List.of(COMPLETED, NO_SHOW);

    /** Whether it still holds its demo car and its driver's time. */
    public boolean isLive() {
        return this != CANCELLED;
    }

    /** Whether it may still be cancelled or get an outcome: only while BOOKED. */
    public boolean isOpen() {
        return this == BOOKED;
    }

    /** Whether a dealer records this after the appointment. */
    public boolean isOutcome() {
        return OUTCOMES.contains(this);
    }

    /** "COMPLETED or NO_SHOW", for messages. */
    public static String outcomesExpected() {
        return String.join(" or ", Arrays.stream(values()).filter(TestDriveStatus::isOutcome).map(Enum::name)
                .toList());
    }
}
