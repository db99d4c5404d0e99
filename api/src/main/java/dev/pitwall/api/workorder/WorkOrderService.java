package dev.pitwall.api.workorder;

import dev.pitwall.api.booking.Booking;
import dev.pitwall.api.booking.VisibleBookings;
import dev.pitwall.api.booking.VisitMessages;
import dev.pitwall.api.security.Caller;
import dev.pitwall.engagement.booking.BookingStatus;
import dev.pitwall.engagement.workorder.IllegalTransitionException;
import dev.pitwall.engagement.workorder.Quote;
import dev.pitwall.engagement.workorder.QuoteTotals;
import dev.pitwall.engagement.workorder.QuoteStatus;
import dev.pitwall.engagement.workorder.Transition;
import dev.pitwall.engagement.workorder.WorkOrderAction;
import dev.pitwall.engagement.workorder.WorkOrderTransitions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Moves work orders through their states for a caller who may see the booking ({@link VisibleBookings}; else 404)
 * and acts as a party the step allows ({@link Parties}). Each step is one transaction: the conditional update of
 * the booking, what the step writes (a quote, a decision, the service-book records) and its history event.
 */
@Service
class WorkOrderService {

    private final VisibleBookings bookings;
    private final WorkOrderRepository orders;
    private final QuoteRepository quotes;
    private final InspectionRepository inspections;
    private final ServiceCompletion completion;
    private final TransactionOperations transactions;
    private final WorkOrderMetrics metrics;
    private final VisitMessages messages;

    WorkOrderService(VisibleBookings bookings, WorkOrderRepository orders, QuoteRepository quotes,
            InspectionRepository inspections, ServiceCompletion completion, TransactionOperations transactions,
            WorkOrderMetrics metrics, VisitMessages messages) {
        this.bookings = bookings;
        this.orders = orders;
        this.quotes = quotes;
        this.inspections = inspections;
        this.completion = completion;
        this.transactions = transactions;
        this.metrics = metrics;
        this.messages = messages;
    }

    WorkOrder find(Caller caller, UUID bookingId) {
        return view(caller, bookings.require(caller, bookingId));
    }

    /** A step without content of its own: check in, start the inspection, start work, hand over. */
    WorkOrder step(Caller caller, UUID bookingId, WorkOrderAction action) {
        return act(caller, bookingId, action, (booking, step) -> new Effect(null, null));
    }

    /** Marks the work done: from IN_PROGRESS this records the booked services in the service book. */
    WorkOrder markReady(Caller caller, UUID bookingId, CompletionRequest request) {
        return act(caller, bookingId, WorkOrderAction.MARK_READY, (booking, step) -> {
            if (step.from() != BookingStatus.IN_PROGRESS) {
                return new Effect(null, "returned without work after a declined quote");
            }
            var recorded = completion.record(booking, request);
            return new Effect(null, "recorded in the service book: " + recorded.records().stream()
                    .map(r -> r.item().name()).toList());
        });
    }

    WorkOrder sendQuote(Caller caller, UUID bookingId, Quote quote) {
        return act(caller, bookingId, WorkOrderAction.SEND_QUOTE,
                (booking, step) -> new Effect(quotes.insert(bookingId, quote, caller.subject()), null));
    }

    /** Approves or declines the pending quote, which must be {@code quoteVersion}. */
    WorkOrder decide(Caller caller, UUID bookingId, WorkOrderAction action, int quoteVersion,
            List<Integer> approvedOptional, String comment) {
        return act(caller, bookingId, action, (booking, step) -> {
            QuoteRepository.StoredQuote pending = quotes.latest(bookingId)
                    .filter(q -> q.status() == QuoteStatus.PENDING)
                    .orElseThrow(() -> WorkOrderConflictException.changedMeanwhile(booking.bookingId(),
                            booking.status()));
            if (pending.version() != quoteVersion) {
                throw WorkOrderConflictException.notThePendingQuote(booking.bookingId(), booking.status(),
                        pending.version(), quoteVersion);
            }
            boolean approve = action == WorkOrderAction.APPROVE_QUOTE;
            Set<Integer> approved = approve ? pending.quote().approvedLines(approvedOptional) : Set.of();
            quotes.decide(bookingId, quoteVersion, approve ? QuoteStatus.APPROVED : QuoteStatus.DECLINED, approved,
                    caller.subject(), comment);
            return new Effect(quoteVersion, approve ? "approved lines " + approved : null);
        });
    }

    /** What a step wrote besides the status: the quote version it concerns and a detail for the history. */
    record Effect(Integer quoteVersion, String detail) {
    }

    /** The step's own writes, run after the booking moved (its row lock held). */
    @FunctionalInterface
    interface StepWork {
        Effect apply(Booking booking, Transition step);
    }

    private WorkOrder act(Caller caller, UUID bookingId, WorkOrderAction action, StepWork work) {
        if (!action.mayBeTakenBy(Parties.of(caller))) {
            throw new AccessDeniedException("The token's roles do not allow to " + action.verb() + " a work order.");
        }
        WorkOrder result = counting(action, () -> transactions.execute(tx -> {
            Booking booking = bookings.require(caller, bookingId);
            Transition step = next(booking, action);
            orders.advance(bookingId, step, booking.version()).orElseThrow(() ->
                    WorkOrderConflictException.changedMeanwhile(booking.bookingId(),
                            bookings.require(caller, bookingId).status()));
            Effect effect = work.apply(booking, step);
            orders.recordEvent(bookingId, step, caller.subject(), effect.quoteVersion(), effect.detail());
            Booking after = bookings.require(caller, bookingId);
            tellSubscriber(after, action);
            return view(caller, after);
        }));
        metrics.acted(action);
        return result;
    }

    /** The steps the subscriber waits for, in the step's transaction (see {@link VisitMessages}). */
    private void tellSubscriber(Booking booking, WorkOrderAction action) {
        switch (action) {
            case SEND_QUOTE -> {
                QuoteRepository.StoredQuote quote = quotes.latest(UUID.fromString(booking.bookingId())).orElseThrow();
                QuoteTotals totals = quote.quote().totals();
                messages.send(booking, VisitMessages.Event.QUOTE, quote.version(), Map.of(
                        "currency", quote.quote().currency().getCurrencyCode(),
                        "mandatoryTotal", totals.mandatory().toPlainString(),
                        "optionalTotal", totals.optional().toPlainString(),
                        "hasOptional", totals.optional().signum() > 0));
            }
            case MARK_READY -> messages.send(booking, VisitMessages.Event.READY);
            case COLLECT -> messages.send(booking, VisitMessages.Event.COLLECTED);
            case CANCEL -> messages.send(booking, VisitMessages.Event.CANCELLED);
            default -> {
                // check-in, inspection, decisions and starting work: the subscriber is there or decided it
            }
        }
    }

    private Transition next(Booking booking, WorkOrderAction action) {
        try {
            return WorkOrderTransitions.next(booking.status(), latestQuote(booking), action);
        } catch (IllegalTransitionException e) {
            throw WorkOrderConflictException.illegal(e);
        }
    }

    private QuoteStatus latestQuote(Booking booking) {
        return quotes.latest(UUID.fromString(booking.bookingId())).map(QuoteRepository.StoredQuote::status)
                .orElse(null);
    }

    WorkOrder view(Caller caller, Booking booking) {
        UUID id = UUID.fromString(booking.bookingId());
        List<QuoteRepository.StoredQuote> all = quotes.all(id);
        QuoteStatus latest = all.isEmpty() ? null : all.get(0).status();
        List<WorkOrderAction> available = Arrays.stream(WorkOrderAction.values())
                .filter(a -> a.mayBeTakenBy(Parties.of(caller)))
                .filter(a -> allows(booking.status(), latest, a))
                .toList();
        return new WorkOrder(booking.bookingId(), booking.vin(), booking.workshopId(), booking.serviceTypes(),
                booking.status(), booking.version(), available,
                all.stream().map(QuoteRepository.StoredQuote::view).toList(), inspections.checklist(id),
                orders.survey(id).orElse(null), orders.history(id));
    }

    private static boolean allows(BookingStatus status, QuoteStatus latest, WorkOrderAction action) {
        try {
            WorkOrderTransitions.next(status, latest, action);
            return true;
        } catch (IllegalTransitionException e) {
            return false;
        }
    }

    private <T> T counting(WorkOrderAction action, Supplier<T> work) {
        try {
            return work.get();
        } catch (WorkOrderConflictException e) {
            metrics.refused(action);
            throw e;
        }
    }
}
