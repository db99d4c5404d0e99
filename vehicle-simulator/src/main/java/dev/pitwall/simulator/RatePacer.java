package dev.pitwall.simulator;

import java.util.function.LongSupplier;

/**
 * Token bucket that spaces permits at a steady rate, allowing a short burst (a tenth of a second's worth)
 * after idling. {@link #reserve()} is pure arithmetic on the clock, so it is tested with a fake clock; the
 * caller does the waiting.
 */
final class RatePacer {

    private static final double BURST_SECONDS = 0.1;

    private final long intervalNanos;
    private final long burstNanos;
    private final LongSupplier nanoClock;
    private long nextFreeNanos;

    /** @param permitsPerSecond 0 or less: no limit */
    RatePacer(double permitsPerSecond, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        if (permitsPerSecond <= 0) {
            intervalNanos = 0;
            burstNanos = 0;
        } else {
            intervalNanos = Math.max(1, Math.round(1e9 / permitsPerSecond));
            burstNanos = Math.max(intervalNanos, Math.round(BURST_SECONDS * 1e9));
        }
        nextFreeNanos = nanoClock.getAsLong();
    }

    boolean unlimited() {
        return intervalNanos == 0;
    }

    /** Takes the next permit; returns how long (ns) the caller must wait before using it, 0 if none. */
    long reserve() {
        if (unlimited()) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        if (nextFreeNanos - (now - burstNanos) < 0) {
            nextFreeNanos = now - burstNanos; // unused capacity older than the burst window is lost
        }
        long wait = Math.max(0, nextFreeNanos - now);
        nextFreeNanos += intervalNanos;
        return wait;
    }
}
