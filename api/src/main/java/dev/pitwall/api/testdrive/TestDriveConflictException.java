package dev.pitwall.api.testdrive;

import dev.pitwall.api.web.ConflictException;
import dev.pitwall.engagement.repurchase.TestDriveStatus;
import java.time.Instant;
import java.util.Map;

/**
 * A test-drive request the stored data does not allow (409): the demo cars are out then, the subscriber is on
 * another test drive then, the vehicle has no subscriber or no position, or the test drive is no longer BOOKED. Each
 * kind has its own title and {@link #reason} (the metrics' tag).
 */
class TestDriveConflictException extends ConflictException {

    private final String reason;
    private final transient Map<String, Object> properties;

    private TestDriveConflictException(String reason, String title, String parameter, String message,
            Map<String, Object> properties) {
        super(title, parameter, message);
        this.reason = reason;
        this.properties = properties;
    }

    static TestDriveConflictException carTaken(String dealerId, String modelId, Instant startsAt) {
        return new TestDriveConflictException("car_taken", "Slot taken", "startsAt", "Dealer " + dealerId
                + " has no demo car of " + modelId + " free for the whole test drive from " + startsAt
                + " any more. Search the slots again and pick another.", Map.of());
    }

    static TestDriveConflictException driverBusy(String subscriberId, Instant startsAt) {
        return new TestDriveConflictException("driver_busy", "Already on a test drive", "startsAt", "Subscriber "
                + subscriberId + " already has a test drive booked that overlaps the one from " + startsAt
                + ". Cancel that one first (GET /api/v1/test-drives?status=BOOKED).", Map.of());
    }

    static TestDriveConflictException noSubscriber(String vin) {
        return new TestDriveConflictException("no_subscriber", "Vehicle has no active subscription", "vin",
                "Vehicle " + vin + " has no ACTIVE subscription, so there is no subscriber to book the test drive "
                        + "for.", Map.of());
    }

    static TestDriveConflictException noPosition(String vin) {
        return new TestDriveConflictException("no_position", "Vehicle position unknown", "vin", "Vehicle " + vin
                + " has not reported a position yet, so there is no dealer near it to search. Try again once it "
                + "has driven.", Map.of());
    }

    static TestDriveConflictException notOpen(String testDriveId, TestDriveStatus status, String change) {
        return new TestDriveConflictException("not_open", "Test drive cannot change", "testDriveId", "Test drive "
                + testDriveId + " is " + status + ": only a BOOKED test drive can be " + change + ".",
                Map.of("currentStatus", status.name()));
    }

    static TestDriveConflictException alreadyStarted(String testDriveId, Instant startsAt) {
        return new TestDriveConflictException("already_started", "Test drive already started", "testDriveId",
                "Test drive " + testDriveId + " started at " + startsAt + ": it can no longer be cancelled; the "
                        + "dealer records whether it took place.", Map.of());
    }

    static TestDriveConflictException notStarted(String testDriveId, Instant startsAt) {
        return new TestDriveConflictException("not_started", "Test drive not started", "outcome", "Test drive "
                + testDriveId + " starts at " + startsAt + ": its outcome can be recorded from then on.", Map.of());
    }

    String reason() {
        return reason;
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
