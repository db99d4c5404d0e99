package dev.pitwall.core.offer;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A daily window of local time in which no offer is sent, e.g. 21:00-08:00 in Europe/Berlin. {@code from} is quiet,
 * {@code until} is not; a window whose {@code until} is before {@code from} wraps midnight. Local wall-clock time,
 * so 21:00 stays 21:00 across daylight-saving changes (19:00 UTC in summer, 20:00 UTC in winter). {@code from}
 * equal to {@code until} means no quiet hours at all.
 *
 * @param from  first quiet local time
 * @param until first local time that is no longer quiet
 * @param zone  the zone the times are read in
 */
public record QuietHours(LocalTime from, LocalTime until, ZoneId zone) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final QuietHours DEFAULTS =
            new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("Europe/Berlin"));

    /** @throws NullPointerException naming the missing field */
    public QuietHours {
        Objects.requireNonNull(from, "quietHours.from");
        Objects.requireNonNull(until, "quietHours.until");
        Objects.requireNonNull(zone, "quietHours.zone");
    }

    /** No quiet hours: offers may go out around the clock. */
    public static QuietHours none(ZoneId zone) {
        return new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, zone);
    }

    /** Whether {@code instant} falls in the quiet hours, judged by its local time in {@link #zone}. */
    public boolean contains(Instant instant) {
        if (from.equals(until)) {
            return false;
        }
        LocalTime local = instant.atZone(zone).toLocalTime();
        if (from.isBefore(until)) {
            return !local.isBefore(from) && local.isBefore(until);
        }
        return !local.isBefore(from) || local.isBefore(until); // wraps midnight
    }

    @Override
    public String toString() {
        return from + "-" + until + " " + zone;
    }
}
