package dev.pitwall.engagement.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The slots a workshop offers for a visit of a given length. A slot starts at an interval's opening instant or a
 * whole number of granularity steps after it, before the interval closes; it ends the visit's duration later, by
 * the time the workshop closes without a break (a visit never spans a lunch break or a closed night, but may run on
 * into an interval that starts exactly when the last one ends). The rules' lead time and horizon, judged at
 * {@code now}, bound the starts. The grid depends only on the opening hours, so a search and a booking agree on it
 * whatever days a search covered.
 */
public final class SlotFinder {

    private final BookingRules rules;

    public SlotFinder(BookingRules rules) {
        this.rules = rules;
    }

    public BookingRules rules() {
        return rules;
    }

    /**
     * Every slot starting on the local dates {@code from} to {@code from + days - 1} in the workshop's time zone,
     * free or not, in start order.
     */
    public List<Slot> slots(WorkshopCalendar workshop, Duration duration, LocalDate from, int days, Instant now) {
        if (days < 1 || days > rules.maxSearchDays()) {
            throw new IllegalArgumentException("days: expected 1 to " + rules.maxSearchDays() + ", got " + days);
        }
        ZoneId zone = workshop.hours().timeZone();
        return between(workshop, duration, from.atStartOfDay(zone).toInstant(),
                from.plusDays(days).atStartOfDay(zone).toInstant(), now);
    }

    /** The slots of {@link #slots} with a free bay and, when {@code courtesyCar}, a free courtesy car. */
    public List<Slot> freeSlots(WorkshopCalendar workshop, Duration duration, LocalDate from, int days,
            boolean courtesyCar, Instant now) {
        return slots(workshop, duration, from, days, now).stream()
                .filter(courtesyCar ? Slot::availableWithCourtesyCar : Slot::available)
                .toList();
    }

    /** The slot starting exactly at {@code start}, free or not; empty when the workshop offers none there. */
    public Optional<Slot> slotAt(WorkshopCalendar workshop, Duration duration, Instant start, Instant now) {
        return between(workshop, duration, start, start.plusNanos(1), now).stream()
                .filter(slot -> slot.start().equals(start))
                .findFirst();
    }

    private List<Slot> between(WorkshopCalendar workshop, Duration duration, Instant from, Instant to,
            Instant now) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("duration: expected more than 0, got " + duration);
        }
        Instant earliest = later(from, rules.earliestStart(now));
        Instant end = earlier(to, rules.latestStart(now).plusNanos(1));
        if (!earliest.isBefore(end)) {
            return List.of();
        }
        ZoneId zone = workshop.hours().timeZone();
        // the day before for last night's overnight interval; the days after for where a long visit may end
        LocalDate firstDate = earliest.atZone(zone).toLocalDate().minusDays(1);
        LocalDate lastDate = end.plus(duration).atZone(zone).toLocalDate().plusDays(1);
        long step = rules.granularity().toSeconds();
        TreeMap<Instant, Slot> slots = new TreeMap<>();
        for (Opening opening : Openings.between(workshop.hours(), firstDate, lastDate)) {
            if (!opening.closes().isAfter(earliest) || !opening.opens().isBefore(end)) {
                continue;
            }
            Instant start = opening.opens();
            if (start.isBefore(earliest)) {
                long behind = earliest.getEpochSecond() - start.getEpochSecond()
                        + (earliest.getNano() > start.getNano() ? 1 : 0);
                start = start.plusSeconds(-Math.floorDiv(-behind, step) * step); // the first grid step at or after it
            }
            for (; start.isBefore(opening.closes()) && start.isBefore(end); start = start.plusSeconds(step)) {
                Instant finish = start.plus(duration);
                if (finish.isAfter(opening.openUntil())) {
                    break; // every later start ends later still
                }
                slots.putIfAbsent(start, new Slot(start, finish, workshop.freeBays(start, finish),
                        workshop.courtesyCarsFree(start, finish)));
            }
        }
        return new ArrayList<>(slots.values());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
