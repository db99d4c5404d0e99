package dev.pitwall.ingest;

import java.time.Duration;

/** Delays that double from a minimum up to a maximum, until {@link #reset()}. Thread-safe. */
final class ExponentialBackoff {

    private final Duration min;
    private final Duration max;
    private Duration next;

    ExponentialBackoff(Duration min, Duration max) {
        this.min = min;
        this.max = max;
        this.next = min;
    }

    synchronized Duration next() {
        Duration current = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return current;
    }

    synchronized void reset() {
        next = min;
    }
}
