package dev.pitwall.engagement.workorder;

import dev.pitwall.engagement.booking.BookingStatus;

/** An action the work order's current state does not allow; the message says what it would need. */
public class IllegalTransitionException extends RuntimeException {

    private final transient WorkOrderAction action;
    private final transient BookingStatus current;

    IllegalTransitionException(WorkOrderAction action, BookingStatus current, String needs) {
        super("Cannot " + action.verb() + " a work order that is " + current + ": " + needs + ".");
        this.action = action;
        this.current = current;
    }

    public WorkOrderAction action() {
        return action;
    }

    public BookingStatus current() {
        return current;
    }
}
