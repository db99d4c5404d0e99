package dev.pitwall.simulator;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Shared by a run's threads: whether to stop (asked to, or the wall-clock duration is over), and waiting that
 * notices a stop within a tenth of a second.
 */
final class RunControl {

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final long startNanos;
    private final long deadlineNanos;
    private final boolean hasDeadline;
    private volatile boolean stopRequested;

    RunControl(long startNanos, Duration duration) {
        this.startNanos = startNanos;
        this.hasDeadline = duration != null;
        this.deadlineNanos = hasDeadline ? startNanos + duration.toNanos() : 0;
    }

    void requestStop() {
        stopRequested = true;
    }

    boolean shouldStop() {
        return stopRequested || (hasDeadline && System.nanoTime() - deadlineNanos >= 0);
    }

    long startNanos() {
        return startNanos;
    }

    /** Parks until {@code untilNanos} (System.nanoTime); {@code false} if a stop came first. */
    boolean waitUntil(long untilNanos) {
        while (true) {
            if (shouldStop()) {
                return false;
            }
            long left = untilNanos - System.nanoTime();
            if (left <= 0) {
                return true;
            }
            LockSupport.parkNanos(Math.min(left, SLICE_NANOS));
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
        }
    }
}
