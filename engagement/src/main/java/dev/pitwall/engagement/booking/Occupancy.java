package dev.pitwall.engagement.booking;

import java.time.Instant;

/** A live booking as far as capacity goes: which bay it holds, when, and whether it has a courtesy car. */
public record Occupancy(int bay, Instant start, Instant end, boolean courtesyCar) {

    public Occupancy {
        if (bay < 1) {
            throw new IllegalArgumentException("bay: expected 1 or more, got " + bay);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end: expected after start " + start + ", got " + end);
        }
    }

    /** Whether it overlaps the half-open interval {@code [from, to)}. */
    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && from.isBefore(end);
    }
}
