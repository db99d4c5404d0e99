package dev.pitwall.engagement.booking;

import dev.pitwall.core.poi.OpeningHours;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * What a slot search knows of one workshop: its opening hours, its capacity and the live bookings that hold its bays
 * (only those that may overlap the searched time are needed). Answers which bays and how many courtesy cars are free
 * for an interval.
 */
public record WorkshopCalendar(OpeningHours hours, WorkshopCapacity capacity, List<Occupancy> bookings) {

    public WorkshopCalendar {
        bookings = List.copyOf(bookings);
    }

    /** The bays no live booking holds at any moment of {@code [start, end)}, lowest first. */
    public List<Integer> freeBays(Instant start, Instant end) {
        BitSet taken = new BitSet(capacity.bays() + 1);
        for (Occupancy booking : bookings) {
            if (booking.overlaps(start, end)) {
                taken.set(booking.bay());
            }
        }
        List<Integer> free = new ArrayList<>();
        for (int bay = 1; bay <= capacity.bays(); bay++) {
            if (!taken.get(bay)) {
                free.add(bay);
            }
        }
        return free;
    }

    /**
     * The courtesy cars free throughout {@code [start, end)}: the fleet minus the most lent at any one moment of it
     * (a car returned at 10:00 can go out again at 10:00).
     */
    public int courtesyCarsFree(Instant start, Instant end) {
        List<Instant> out = new ArrayList<>();
        List<Instant> back = new ArrayList<>();
        for (Occupancy booking : bookings) {
            if (booking.courtesyCar() && booking.overlaps(start, end)) {
                out.add(booking.start().isBefore(start) ? start : booking.start());
                back.add(booking.end().isAfter(end) ? end : booking.end());
            }
        }
        out.sort(Comparator.naturalOrder());
        back.sort(Comparator.naturalOrder());
        int lent = 0;
        int most = 0;
        int b = 0;
        for (Instant leaves : out) {
            while (b < back.size() && !back.get(b).isAfter(leaves)) { // returns first at the same instant
                lent--;
                b++;
            }
            lent++;
            most = Math.max(most, lent);
        }
        return Math.max(0, capacity.courtesyCars() - most);
    }
}
