package dev.pitwall.system;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition by polling; the timeout only bounds a run that hangs, it is never the expected path. */
final class Await {

    private static final long POLL_MILLIS = 100;

    private Await() {
    }

    static void until(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            Thread.sleep(POLL_MILLIS); // interval between two checks of the condition
        }
    }

    /** Like {@link #until} and shows the last observed value when it times out. */
    static <T> T value(Duration timeout, String what, Supplier<T> probe, java.util.function.Predicate<T> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + "; last value " + last);
            }
            Thread.sleep(POLL_MILLIS);
            last = probe.get();
        }
        return last;
    }
}
