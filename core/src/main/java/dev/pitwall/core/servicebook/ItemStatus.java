package dev.pitwall.core.servicebook;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Set;

/**
 * Where one maintenance item of a vehicle stands: its state, the limit that decides it, where its intervals are
 * counted from, when each limit falls due and how much is left to each. A field of a limit the item does not
 * have, or could not evaluate ({@code notEvaluated}), is null.
 *
 * @param decidingLimit among the limits in the item's state, the one with the smallest share of its interval
 *        left: the one that comes first; null when the state is UNKNOWN
 * @param remainingShare what is left of the deciding limit as a share of its interval (1 just after a service,
 *        0 at the due point, negative when overdue); null when UNKNOWN
 */
public record ItemStatus(
        ScheduledItem schedule,
        ItemState state,
        ServiceLimit decidingLimit,
        ServiceBasis basis,
        Due due,
        Remaining remaining,
        Double remainingShare,
        Set<ServiceLimit> notEvaluated) {

    /** Most urgent first: by state (OVERDUE, DUE_SOON, UNKNOWN, OK), then by the share of the interval left. */
    public static final Comparator<ItemStatus> MOST_URGENT_FIRST = Comparator
            .comparingInt((ItemStatus s) -> s.state().urgency())
            .thenComparing(ItemStatus::remainingShare, Comparator.nullsLast(Comparator.naturalOrder()));

    public ItemStatus {
        notEvaluated = Set.copyOf(notEvaluated);
    }

    public ServiceItem item() {
        return schedule.item();
    }

    /** When each limit falls due: at this odometer reading, at this instant, at these engine hours. */
    public record Due(Double odometerKm, Instant time, Double engineHours) {
    }

    /** How much is left to each limit; negative when it has been passed. */
    public record Remaining(Double km, Duration time, Double engineHours) {
    }
}
