package dev.pitwall.engagement.workorder;

import static dev.pitwall.engagement.booking.BookingStatus.AWAITING_APPROVAL;
import static dev.pitwall.engagement.booking.BookingStatus.BOOKED;
import static dev.pitwall.engagement.booking.BookingStatus.CANCELLED;
import static dev.pitwall.engagement.booking.BookingStatus.CHECKED_IN;
import static dev.pitwall.engagement.booking.BookingStatus.COLLECTED;
import static dev.pitwall.engagement.booking.BookingStatus.INSPECTING;
import static dev.pitwall.engagement.booking.BookingStatus.IN_PROGRESS;
import static dev.pitwall.engagement.booking.BookingStatus.READY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.engagement.booking.BookingStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkOrderTransitionsTest {

    /** Every allowed step: action, state, latest quote, next state. */
    static final List<Arguments> ALLOWED = List.of(
            Arguments.of(WorkOrderAction.CHECK_IN, BOOKED, null, CHECKED_IN),
            Arguments.of(WorkOrderAction.START_INSPECTION, CHECKED_IN, null, INSPECTING),
            Arguments.of(WorkOrderAction.SEND_QUOTE, INSPECTING, null, AWAITING_APPROVAL),
            Arguments.of(WorkOrderAction.SEND_QUOTE, INSPECTING, QuoteStatus.DECLINED, AWAITING_APPROVAL),
            Arguments.of(WorkOrderAction.SEND_QUOTE, AWAITING_APPROVAL, QuoteStatus.PENDING, AWAITING_APPROVAL),
            Arguments.of(WorkOrderAction.APPROVE_QUOTE, AWAITING_APPROVAL, QuoteStatus.PENDING, IN_PROGRESS),
            Arguments.of(WorkOrderAction.DECLINE_QUOTE, AWAITING_APPROVAL, QuoteStatus.PENDING, INSPECTING),
            Arguments.of(WorkOrderAction.START_WORK, INSPECTING, null, IN_PROGRESS),
            Arguments.of(WorkOrderAction.MARK_READY, IN_PROGRESS, null, READY),
            Arguments.of(WorkOrderAction.MARK_READY, IN_PROGRESS, QuoteStatus.APPROVED, READY),
            Arguments.of(WorkOrderAction.MARK_READY, INSPECTING, QuoteStatus.DECLINED, READY),
            Arguments.of(WorkOrderAction.COLLECT, READY, null, COLLECTED),
            Arguments.of(WorkOrderAction.CANCEL, BOOKED, null, CANCELLED));

    static List<Arguments> allowed() {
        return ALLOWED;
    }

    /** Every other combination of action, state and latest quote. */
    static List<Arguments> refused() {
        List<Arguments> refused = new ArrayList<>();
        List<QuoteStatus> quotes = new ArrayList<>(Arrays.asList(QuoteStatus.values()));
        quotes.add(null);
        for (WorkOrderAction action : WorkOrderAction.values()) {
            for (BookingStatus status : BookingStatus.values()) {
                for (QuoteStatus quote : quotes) {
                    if (!isAllowed(action, status, quote)) {
                        refused.add(Arguments.of(action, status, quote));
                    }
                }
            }
        }
        return refused;
    }

    /** The table above, with the latest quote mattering only where the machine looks at it. */
    static boolean isAllowed(WorkOrderAction action, BookingStatus status, QuoteStatus quote) {
        return ALLOWED.stream().map(Arguments::get).anyMatch(a -> a[0] == action && a[1] == status
                && (a[2] == quote || !looksAtQuote(action, status)));
    }

    static boolean looksAtQuote(WorkOrderAction action, BookingStatus status) {
        return status == INSPECTING && (action == WorkOrderAction.START_WORK || action == WorkOrderAction.MARK_READY);
    }

    @ParameterizedTest(name = "{0} from {1} (quote {2}) → {3}")
    @MethodSource("allowed")
    void takesEveryAllowedStep(WorkOrderAction action, BookingStatus from, QuoteStatus quote, BookingStatus to) {
        assertThat(WorkOrderTransitions.next(from, quote, action)).isEqualTo(new Transition(action, from, to));
    }

    @ParameterizedTest(name = "{0} from {1} (quote {2}) is refused")
    @MethodSource("refused")
    void refusesEveryOtherStepNamingTheCurrentState(WorkOrderAction action, BookingStatus from, QuoteStatus quote) {
        assertThatThrownBy(() -> WorkOrderTransitions.next(from, quote, action))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.current()).isEqualTo(from);
                    assertThat(e.action()).isEqualTo(action);
                    assertThat(e.getMessage()).contains("that is " + from + ":");
                });
    }

    @Test
    void startsWorkWithoutApprovalOnlyWhenNoQuoteWasSent() {
        assertThatThrownBy(() -> WorkOrderTransitions.next(INSPECTING, QuoteStatus.DECLINED,
                WorkOrderAction.START_WORK)).hasMessageContaining("a quote was sent (DECLINED)");
    }

    @Test
    void handsAVehicleBackWithoutWorkOnlyAfterADeclinedQuote() {
        assertThatThrownBy(() -> WorkOrderTransitions.next(INSPECTING, null, WorkOrderAction.MARK_READY))
                .hasMessageContaining("after a declined quote");
    }

    @Test
    void letsTheWorkshopMoveTheVisitAndTheCustomerDecideTheQuote() {
        Set<Party> workshop = Set.of(Party.WORKSHOP);
        Set<Party> customer = Set.of(Party.CUSTOMER);
        for (WorkOrderAction action : WorkOrderAction.values()) {
            boolean decision = action == WorkOrderAction.APPROVE_QUOTE || action == WorkOrderAction.DECLINE_QUOTE;
            assertThat(action.mayBeTakenBy(workshop)).as(action + " by the workshop").isEqualTo(!decision);
            assertThat(action.mayBeTakenBy(customer)).as(action + " by the customer")
                    .isEqualTo(decision || action == WorkOrderAction.CANCEL);
        }
        assertThat(WorkOrderAction.APPROVE_QUOTE.mayBeTakenBy(Set.of(Party.WORKSHOP, Party.CUSTOMER))).isTrue();
        assertThat(WorkOrderAction.CHECK_IN.mayBeTakenBy(Set.of())).isFalse();
    }

    @Test
    void isFinalOnceCollectedOrCancelled() {
        assertThat(Arrays.stream(BookingStatus.values()).filter(WorkOrderTransitions::isFinal))
                .containsExactlyInAnyOrder(COLLECTED, CANCELLED);
    }
}
