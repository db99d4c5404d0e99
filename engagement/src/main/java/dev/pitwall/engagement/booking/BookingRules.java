package dev.pitwall.engagement.booking;

import java.time.Duration;
import java.time.Instant;

/**
 * When a visit may be booked and on which grid slots start.
 *
 * @param leadTime      no slot starts sooner than this after now (the workshop needs time to prepare)
 * @param maxHorizon    no slot starts later than this after now
 * @param granularity   slots start at each opening time and every {@code granularity} after it, e.g. 15 or 30 min
 * @param maxSearchDays the most local days one slot search may cover
 */
public record BookingRules(Duration leadTime, Duration maxHorizon, Duration granularity, int maxSearchDays) {

    public BookingRules {
        if (leadTime == null || leadTime.isNegative()) {
            throw new IllegalArgumentException("lead time: expected 0 or more, got " + leadTime);
        }
        if (maxHorizon == null || maxHorizon.compareTo(leadTime) <= 0) {
            throw new IllegalArgumentException("max horizon: expected more than the lead time (" + leadTime
                    + "), got " + maxHorizon);
        }
        if (granularity == null || granularity.toSeconds() % 60 != 0 || granularity.toMinutes() < 5
                || granularity.toMinutes() > 24 * 60) {
            throw new IllegalArgumentException("slot granularity: expected whole minutes from 5 to 1440, got "
                    + granularity);
        }
        if (maxSearchDays < 1 || maxSearchDays > 366) {
            throw new IllegalArgumentException("max search days: expected 1 to 366, got " + maxSearchDays);
        }
    }

    /** The first instant a slot may start at when asked at {@code now}. */
    public Instant earliestStart(Instant now) {
        return now.plus(leadTime);
    }

    /** The last instant a slot may start at when asked at {@code now}. */
    public Instant latestStart(Instant now) {
        return now.plus(maxHorizon);
    }

    /** Whether a slot starting at {@code start} may be booked at {@code now} (lead time and horizon only). */
    public boolean admits(Instant start, Instant now) {
        return !start.isBefore(earliestStart(now)) && !start.isAfter(latestStart(now));
    }
}
