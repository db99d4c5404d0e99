package dev.pitwall.api.testdrive;

import dev.pitwall.api.PortalProperties;
import dev.pitwall.api.notification.MessageTimes;
import dev.pitwall.api.notification.Notifications;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.CauseKind;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.NotificationRequest;
import dev.pitwall.engagement.delivery.Purpose;
import dev.pitwall.engagement.repurchase.CarModel;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Confirms a booked test drive to its driver, by e-mail and in-app, with a link to it in the portal. A SERVICE
 * message (the confirmation of something the subscriber booked), so it goes unless they opted out of the channel;
 * its cause is the test drive, a BOOKING, so a replayed request never confirms twice.
 */
@Component
class TestDriveMessages {

    static final String TEMPLATE = "test-drive-confirmation";

    private final Notifications notifications;
    private final PortalProperties portal;

    TestDriveMessages(Notifications notifications, PortalProperties portal) {
        this.notifications = notifications;
        this.portal = portal;
    }

    /** In the transaction that stored the test drive. */
    void booked(TestDrive testDrive, CarModel model, PointOfInterest dealer) {
        var zone = dealer.openingHours().timeZone();
        Map<String, Object> content = Map.of(
                "modelName", model.name(),
                "dealerName", dealer.name(),
                "startsLocal", MessageTimes.local(testDrive.startsAt(), zone),
                "timeZone", zone.getId(),
                "durationMinutes", Duration.between(testDrive.startsAt(), testDrive.endsAt()).toMinutes());
        notifications.enqueue(new NotificationRequest(testDrive.subscriberId(), Purpose.SERVICE,
                Set.of(Channel.EMAIL, Channel.IN_APP), TEMPLATE, content,
                portal.link("test-drives/" + testDrive.testDriveId()),
                Cause.of(CauseKind.BOOKING, testDrive.testDriveId())));
    }
}
