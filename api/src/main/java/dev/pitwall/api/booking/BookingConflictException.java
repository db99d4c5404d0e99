package dev.pitwall.api.booking;

import dev.pitwall.api.web.ConflictException;
import dev.pitwall.engagement.booking.BookingStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A booking request the stored bookings or subscriptions do not allow (409): the slot or the courtesy cars are
 * taken, the vehicle is booked elsewhere then, it has no subscriber, or the booking has moved on. Each kind has its
 * own title and {@link #reason} (the metrics' tag).
 */
class BookingConflictException extends ConflictException {

    private final String reason;
    private final transient Map<String, Object> properties;

    private BookingConflictException(String reason, String title, String parameter, String message,
            Map<String, Object> properties) {
        super(title, parameter, message);
        this.reason = reason;
        this.properties = properties;
    }

    static BookingConflictException slotTaken(String workshopId, Instant startsAt) {
        return new BookingConflictException("slot_taken", "Slot taken", "startsAt", "Workshop " + workshopId
                + " has no bay free for the whole visit from " + startsAt + " any more. Search its slots again "
                + "(GET /api/v1/workshops/" + workshopId + "/slots) and pick another.", Map.of());
    }

    static BookingConflictException noCourtesyCar(String workshopId, Instant startsAt) {
        return new BookingConflictException("courtesy_car", "No courtesy car free", "courtesyCar", "Workshop "
                + workshopId + " has no courtesy car free for the whole visit from " + startsAt + ". Book without "
                + "one, or pick a slot with courtesyCarsFree above 0 (courtesyCar=true in the slot search).",
                Map.of());
    }

    static BookingConflictException vehicleBusy(String vin, Instant startsAt) {
        return new BookingConflictException("vehicle_busy", "Vehicle already booked", "startsAt", "Vehicle " + vin
                + " already has a visit booked that overlaps the one from " + startsAt + ". Cancel or reschedule "
                + "that one first (GET /api/v1/bookings?vin=" + vin + "&status=BOOKED).", Map.of());
    }

    static BookingConflictException noSubscriber(String vin) {
        return new BookingConflictException("no_subscriber", "Vehicle has no active subscription", "vin", "Vehicle "
                + vin + " has no ACTIVE subscription, so there is no subscriber to book the visit for. A booking "
                + "needs the vehicle's current subscriber.", Map.of());
    }

    static BookingConflictException notChangeable(String bookingId, BookingStatus status, String action) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentStatus", status.name());
        return new BookingConflictException("status", "Booking cannot change", "bookingId", "Booking " + bookingId
                + " is " + status + ": only a BOOKED visit can be " + action + ".", properties);
    }

    static BookingConflictException staleVersion(String bookingId, int current, int sent) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentVersion", current);
        return new BookingConflictException("version", "Booking has changed", "version", "Booking " + bookingId
                + " is at version " + current + ", not " + sent + ": it changed since it was read. Read it again "
                + "and decide on its current state.", properties);
    }

    static BookingConflictException workshopGone(String bookingId, String workshopId) {
        return new BookingConflictException("workshop_gone", "Workshop no longer bookable", "bookingId", "Booking "
                + bookingId + " is at workshop " + workshopId + ", which no longer offers its services in the POI "
                + "catalog; it can only be cancelled.", Map.of());
    }

    /** The kind of conflict, e.g. {@code slot_taken}, for the metrics. */
    String reason() {
        return reason;
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
