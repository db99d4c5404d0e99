package dev.pitwall.engagement.booking;

import dev.pitwall.core.poi.OpeningHours;
import dev.pitwall.core.poi.OpeningInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns weekly opening hours (local wall-clock times) into instants for a range of dates, across DST changes. A time
 * that does not exist (skipped in spring) becomes the instant the clocks jump, when the workshop's own
 * {@link OpeningHours#isOpenAt} starts judging by the new time; a time that occurs twice (autumn) its first
 * occurrence. So a workshop is never taken to be open when {@code isOpenAt} says it is closed.
 */
public final class Openings {

    private Openings() {
    }

    /** The opening intervals that start on the local dates {@code first} to {@code last}, by opening instant. */
    public static List<Opening> between(OpeningHours hours, LocalDate first, LocalDate last) {
        ZoneId zone = hours.timeZone();
        List<Instant[]> intervals = new ArrayList<>();
        for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
            for (OpeningInterval interval : hours.on(date.getDayOfWeek())) {
                Instant opens = instant(date.atStartOfDay().plusMinutes(interval.opensMinute()), zone);
                LocalDate closingDate = interval.overnight() ? date.plusDays(1) : date;
                Instant closes = instant(closingDate.atStartOfDay().plusMinutes(interval.closesMinute()), zone);
                if (closes.isAfter(opens)) { // an interval inside a skipped hour is empty
                    intervals.add(new Instant[] {opens, closes});
                }
            }
        }
        intervals.sort(Comparator.comparing(i -> i[0]));
        Opening[] openings = new Opening[intervals.size()];
        for (int i = intervals.size() - 1; i >= 0; i--) {
            Instant opens = intervals.get(i)[0];
            Instant closes = intervals.get(i)[1];
            Instant until = closes;
            if (i + 1 < openings.length && !openings[i + 1].opens().isAfter(closes)
                    && openings[i + 1].openUntil().isAfter(closes)) {
                until = openings[i + 1].openUntil();
            }
            openings[i] = new Opening(opens, closes, until);
        }
        return List.of(openings);
    }

    /** The instant of a local wall-clock time; see the class comment for skipped and repeated times. */
    static Instant instant(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant(); // earlier offset when repeated
    }
}
