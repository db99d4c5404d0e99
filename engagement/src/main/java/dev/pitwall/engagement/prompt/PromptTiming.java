package dev.pitwall.engagement.prompt;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a service prompt may reach a subscriber: at once, unless that falls into the quiet hours, in which case at
 * their end. An URGENT lead (a failure is imminent) is sent at once whatever the hour: safety beats sleep.
 *
 * @param quietFrom start of the quiet hours, local time
 * @param quietUntil end of the quiet hours, local time; before {@code quietFrom} means they run over midnight
 * @param zone whose local time
 */
public record PromptTiming(LocalTime quietFrom, LocalTime quietUntil, ZoneId zone) {

    public PromptTiming {
        if (quietFrom == null || quietUntil == null || zone == null) {
            throw new IllegalArgumentException("quietFrom, quietUntil and zone: expected all three");
        }
    }

    /** Quiet hours 21:00 to 08:00 in Munich, as for geo-targeted offers. */
    public static PromptTiming defaults() {
        return new PromptTiming(LocalTime.of(21, 0), LocalTime.of(8, 0), ZoneId.of("Europe/Berlin"));
    }

    /** When a prompt planned at {@code now} for a lead of this urgency goes out. */
    public Instant sendAt(Instant now, boolean urgent) {
        if (urgent || !isQuiet(now)) {
            return now;
        }
        ZonedDateTime local = now.atZone(zone);
        LocalDate day = local.toLocalTime().isBefore(quietUntil) ? local.toLocalDate()
                : local.toLocalDate().plusDays(1);
        return ZonedDateTime.of(day, quietUntil, zone).toInstant();
    }

    /** Whether {@code instant} falls into the quiet hours. */
    public boolean isQuiet(Instant instant) {
        if (quietFrom.equals(quietUntil)) {
            return false;
        }
        LocalTime time = instant.atZone(zone).toLocalTime();
        return quietFrom.isBefore(quietUntil)
                ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }
}
