package dev.pitwall.core.offer;

import dev.pitwall.core.poi.OpeningHours;
import dev.pitwall.core.poi.PointOfInterest;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Whether a workshop can take a vehicle for a service when it passes by: the service rule's stand-in for "a free
 * slot today". Pitwall does not know workshop capacity or bookings yet (they come with the engagement issue); until
 * then {@link #openFor(Duration)} answers "open now and for at least this long". A booking-aware implementation
 * plugs in through {@link OfferTracker#OfferTracker(OfferRules, WorkshopAvailability)}.
 *
 * <p>Implementations must answer from their arguments and data that is fixed for the run (or versioned by event
 * time), never from the wall clock or a live lookup: the offers must be the same when the input is replayed.
 * Serializable because a stream operator carries it to its tasks with the tracker.
 */
@FunctionalInterface
public interface WorkshopAvailability extends Serializable {

    /**
     * @param workshop a partner workshop or dealer offering {@code service}, open at {@code at}
     * @param service  the service item the lead suggests, e.g. {@code OIL_SERVICE}
     * @param at       event time the vehicle passes
     */
    boolean canTake(PointOfInterest workshop, String service, Instant at);

    /**
     * Open at {@code at} and without a break for at least {@code minOpen} after it: every moment of
     * {@code [at, at + minOpen)} lies in an opening interval (a lunch break inside the span fails it).
     */
    static WorkshopAvailability openFor(Duration minOpen) {
        Objects.requireNonNull(minOpen, "minOpen");
        return (workshop, service, at) -> openThroughout(workshop.openingHours(), at, minOpen);
    }

    /**
     * Opening hours change only on whole local minutes (and every zone in use is offset by whole minutes from UTC),
     * so checking {@code at} and each minute boundary after it inside the span is exact.
     */
    static boolean openThroughout(OpeningHours hours, Instant at, Duration span) {
        if (!hours.isOpenAt(at)) {
            return false;
        }
        Instant end = at.plus(span);
        for (Instant t = at.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES); t.isBefore(end);
                t = t.plus(1, ChronoUnit.MINUTES)) {
            if (!hours.isOpenAt(t)) {
                return false;
            }
        }
        return true;
    }
}
