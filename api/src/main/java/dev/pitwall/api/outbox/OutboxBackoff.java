package dev.pitwall.api.outbox;

import java.time.Duration;

/** How long a row waits after a failed send: {@code initial}, doubled per further failure, at most {@code max}. */
record OutboxBackoff(Duration initial, Duration max) {

    /** The wait after the {@code attempts}-th failed send (1 for the first). */
    Duration after(int attempts) {
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
