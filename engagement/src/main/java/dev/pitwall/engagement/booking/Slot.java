package dev.pitwall.engagement.booking;

import java.time.Instant;
import java.util.List;

/**
 * A time a workshop can take a vehicle for a visit: {@code [start, end)}, the bays free all that time (in the order
 * to try them) and how many courtesy cars are free all that time.
 */
public record Slot(Instant start, Instant end, List<Integer> freeBays, int courtesyCarsFree) {

    public Slot {
        freeBays = List.copyOf(freeBays);
    }

    /** Whether at least one bay is free. */
    public boolean available() {
        return !freeBays.isEmpty();
    }

    /** Whether a bay and a courtesy car are free. */
    public boolean availableWithCourtesyCar() {
        return available() && courtesyCarsFree > 0;
    }
}
