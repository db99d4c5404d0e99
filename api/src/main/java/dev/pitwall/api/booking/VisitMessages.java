package dev.pitwall.api.booking;

import dev.pitwall.api.PortalProperties;
import dev.pitwall.api.notification.MessageTimes;
import dev.pitwall.api.notification.Notifications;
import dev.pitwall.core.poi.PointOfInterest;
import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.CauseKind;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.NotificationRequest;
import dev.pitwall.engagement.delivery.Purpose;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Tells the subscriber what happens to their workshop visit: booked, moved, reminded the day before
 * ({@link VisitReminders}), cancelled, a quote waiting for their
 * decision, the vehicle ready for collection and, once collected, the survey. SERVICE messages (about a visit they
 * booked), by e-mail and in the app, each linking to the visit in the portal. They are enqueued in the transaction
 * of the change, so a change that rolls back tells nothing; each has its own cause under the booking
 * ({@code BOOKING:<bookingId>/<event>[/<n>]}), so a repeated request never tells twice and every message is
 * traceable to its visit.
 */
@Component
public class VisitMessages {

    /** What happened to the visit; each has a template {@code visit-<name in lower case>}. */
    public enum Event {
        BOOKED, RESCHEDULED, REMINDER, CANCELLED, QUOTE, READY, COLLECTED;

        String template() {
            return "visit-" + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Notifications notifications;
    private final PortalProperties portal;
    private final BookableWorkshops workshops;

    VisitMessages(Notifications notifications, PortalProperties portal, BookableWorkshops workshops) {
        this.notifications = notifications;
        this.portal = portal;
        this.workshops = workshops;
    }

    /** The event, once; without anything of its own to count (booked, cancelled, ready, collected). */
    public void send(Booking booking, Event event) {
        send(booking, event, null, Map.of());
    }

    /**
     * The event, once per {@code occurrence} (the booking's version for a reschedule or a reminder, the quote's for a
     * quote), with {@code extra} for its template.
     *
     * @return whether this call enqueued anything: false when the event's messages were there already
     */
    public boolean send(Booking booking, Event event, Integer occurrence, Map<String, Object> extra) {
        PointOfInterest workshop = workshops.find(booking.workshopId()).orElse(null);
        ZoneId zone = workshop == null ? ZoneOffset.UTC : workshop.openingHours().timeZone();
        Map<String, Object> content = new HashMap<>(extra);
        content.put("workshopName", workshop == null ? booking.workshopId() : workshop.name());
        content.put("startsLocal", MessageTimes.local(booking.startsAt(), zone));
        content.put("timeZone", zone.getId());
        content.put("services", booking.serviceTypes().stream()
                .map(s -> s.toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", ")));
        String causeId = booking.bookingId() + "/" + event.name().toLowerCase(Locale.ROOT)
                + (occurrence == null ? "" : "/" + occurrence);
        return notifications.enqueue(new NotificationRequest(booking.subscriberId(), Purpose.SERVICE,
                        Set.of(Channel.EMAIL, Channel.IN_APP), event.template(), content,
                        portal.link("bookings/" + booking.bookingId()), Cause.of(CauseKind.BOOKING, causeId)))
                .stream().anyMatch(message -> !message.duplicate());
    }
}
