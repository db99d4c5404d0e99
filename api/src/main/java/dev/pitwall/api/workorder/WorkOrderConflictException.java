package dev.pitwall.api.workorder;

import dev.pitwall.api.web.ConflictException;
import dev.pitwall.engagement.booking.BookingStatus;
import dev.pitwall.engagement.workorder.IllegalTransitionException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A work-order request the order's current state does not allow (409): the step is not one its status allows, a
 * concurrent request moved it first, the quote decided is not the pending one, or the survey was already answered.
 * Each names the current status (and quote version) so that a client can re-read and decide.
 */
class WorkOrderConflictException extends ConflictException {

    private final transient Map<String, Object> properties;

    private WorkOrderConflictException(String title, String parameter, String message,
            Map<String, Object> properties) {
        super(title, parameter, message);
        this.properties = properties;
    }

    static WorkOrderConflictException illegal(IllegalTransitionException e) {
        return new WorkOrderConflictException("Work order cannot do this now", "bookingId", e.getMessage(),
                status(e.current()));
    }

    static WorkOrderConflictException changedMeanwhile(String bookingId, BookingStatus now) {
        return new WorkOrderConflictException("Work order has changed", "bookingId", "Work order " + bookingId
                + " was changed by another request while this one ran; it is now " + now + ". Read it again "
                + "(GET /api/v1/bookings/" + bookingId + "/work-order) and decide on its current state.", status(now));
    }

    static WorkOrderConflictException notThePendingQuote(String bookingId, BookingStatus now, int pending,
            Integer sent) {
        Map<String, Object> properties = status(now);
        properties.put("currentQuoteVersion", pending);
        return new WorkOrderConflictException("Quote has changed", "quoteVersion", "Work order " + bookingId
                + " awaits a decision on quote version " + pending + ", not " + sent + ": the workshop revised it. "
                + "Read the new version and decide on it.", properties);
    }

    static WorkOrderConflictException notEditable(String bookingId, BookingStatus now, String what, String when) {
        return new WorkOrderConflictException("Work order cannot do this now", "bookingId", "The " + what
                + " of work order " + bookingId + " can change only while it is " + when + "; it is " + now + ".",
                status(now));
    }

    static WorkOrderConflictException staleChecklistEntry(String item, int current, int sent) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentVersion", current);
        return new WorkOrderConflictException("Checklist entry has changed", "version", "Checklist entry " + item
                + " is at version " + current + ", not " + sent + ": it changed since it was read.", properties);
    }

    static WorkOrderConflictException surveyAnswered(String bookingId) {
        return new WorkOrderConflictException("Survey already answered", "bookingId", "The survey of booking "
                + bookingId + " was answered already; it is answered once per visit.", Map.of());
    }

    static WorkOrderConflictException vehicleNeverReported(String vin) {
        return new WorkOrderConflictException("Vehicle has no service book", "bookingId", "Vehicle " + vin
                + " has never reported, so the completed service cannot be recorded in its service book.", Map.of());
    }

    private static Map<String, Object> status(BookingStatus status) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("currentStatus", status.name());
        return properties;
    }

    @Override
    public Map<String, Object> properties() {
        return properties;
    }
}
