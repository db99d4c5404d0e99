package dev.pitwall.engagement.workorder;

import dev.pitwall.engagement.booking.BookingStatus;

/** One allowed step of a work order; {@code from} may equal {@code to} (a revised quote). */
public record Transition(WorkOrderAction action, BookingStatus from, BookingStatus to) {
}
