package dev.pitwall.engagement.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How long something waits after a failed attempt: {@code initial}, doubled per further failure, at most {@code max}.
 * Shared by the notification dispatcher and the api's Kafka outbox relay.
 */
public record Backoff(Duration initial, Duration max) {

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff: expected 0 < initial <= max, got " + initial + " and " + max);
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration after(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts: expected at least 1, got " + attempts);
        }
        Duration delay = initial;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
