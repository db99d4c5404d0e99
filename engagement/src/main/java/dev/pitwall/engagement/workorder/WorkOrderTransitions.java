package dev.pitwall.engagement.workorder;

import static dev.pitwall.engagement.booking.BookingStatus.AWAITING_APPROVAL;
import static dev.pitwall.engagement.booking.BookingStatus.BOOKED;
import static dev.pitwall.engagement.booking.BookingStatus.CANCELLED;
import static dev.pitwall.engagement.booking.BookingStatus.CHECKED_IN;
import static dev.pitwall.engagement.booking.BookingStatus.COLLECTED;
import static dev.pitwall.engagement.booking.BookingStatus.INSPECTING;
import static dev.pitwall.engagement.booking.BookingStatus.IN_PROGRESS;
import static dev.pitwall.engagement.booking.BookingStatus.READY;

import dev.pitwall.engagement.booking.BookingStatus;

/**
 * The work-order state machine over a booking's status:
 * <pre>
 * BOOKED → CHECKED_IN → INSPECTING ─ send quote → AWAITING_APPROVAL ─ approve → IN_PROGRESS → READY → COLLECTED
 *                           │  ↑                    │  ↺ revised quote
 *                           │  └──── decline ───────┘
 *                           ├─ start work (no quote sent) → IN_PROGRESS
 *                           └─ mark ready (latest quote declined: returned without work) → READY
 * BOOKED → CANCELLED (cancel only before the vehicle is checked in)
 * </pre>
 * Once a quote was sent, work starts only by the customer approving one: a declined quote sends the order back to
 * the workshop, which revises it or hands the vehicle back without work.
 */
public final class WorkOrderTransitions {

    private WorkOrderTransitions() {
    }

    /**
     * The step {@code action} takes from {@code current}.
     *
     * @param latestQuote the status of the newest quote version, {@code null} when none was sent
     * @throws IllegalTransitionException when the state does not allow it
     */
    public static Transition next(BookingStatus current, QuoteStatus latestQuote, WorkOrderAction action) {
        return switch (action) {
            case CHECK_IN -> step(action, current, BOOKED, CHECKED_IN, "only a BOOKED visit is checked in");
            case START_INSPECTION -> step(action, current, CHECKED_IN, INSPECTING,
                    "the vehicle must be CHECKED_IN");
            case SEND_QUOTE -> current == AWAITING_APPROVAL ? new Transition(action, current, current)
                    : step(action, current, INSPECTING, AWAITING_APPROVAL,
                            "quotes are sent while INSPECTING (or revised while AWAITING_APPROVAL)");
            case APPROVE_QUOTE, DECLINE_QUOTE -> step(action, current, AWAITING_APPROVAL,
                    action == WorkOrderAction.APPROVE_QUOTE ? IN_PROGRESS : INSPECTING,
                    "only a quote AWAITING_APPROVAL can be decided");
            case START_WORK -> {
                if (current == INSPECTING && latestQuote != null) {
                    throw new IllegalTransitionException(action, current, "a quote was sent (" + latestQuote
                            + "), so work starts only when the customer approves one");
                }
                yield step(action, current, INSPECTING, IN_PROGRESS,
                        "work starts from INSPECTING when nothing needs approval, else by approving the quote");
            }
            case MARK_READY -> {
                if (current == INSPECTING && latestQuote == QuoteStatus.DECLINED) {
                    yield new Transition(action, current, READY);
                }
                yield step(action, current, IN_PROGRESS, READY, "the work must be IN_PROGRESS (or, to hand the "
                        + "vehicle back without work, INSPECTING after a declined quote)");
            }
            case COLLECT -> step(action, current, READY, COLLECTED, "the vehicle must be READY");
            case CANCEL -> step(action, current, BOOKED, CANCELLED,
                    "only a BOOKED visit is cancelled; once checked in, decline the quote instead");
        };
    }

    /** Whether the work order is closed: nothing more happens to it but the survey. */
    public static boolean isFinal(BookingStatus status) {
        return status == COLLECTED || status == CANCELLED;
    }

    private static Transition step(WorkOrderAction action, BookingStatus current, BookingStatus from,
            BookingStatus to, String needs) {
        if (current != from) {
            throw new IllegalTransitionException(action, current, needs);
        }
        return new Transition(action, from, to);
    }
}
