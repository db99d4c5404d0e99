package dev.pitwall.engagement.booking;

import java.time.Instant;

/**
 * One opening interval of one local date as instants, and until when the workshop stays open from it without a
 * break ({@code openUntil}: later than {@code closes} when the next interval starts right as this one closes, e.g.
 * 00:00-24:00 every day, or an overnight interval followed by the morning's). A visit starts within
 * {@code [opens, closes)} and ends by {@code openUntil}.
 */
public record Opening(Instant opens, Instant closes, Instant openUntil) {

    public Opening {
        if (!closes.isAfter(opens) || openUntil.isBefore(closes)) {
            throw new IllegalArgumentException("expected opens < closes <= openUntil, got " + opens + ", " + closes
                    + ", " + openUntil);
        }
    }
}
