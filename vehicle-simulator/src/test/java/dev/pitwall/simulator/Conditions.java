package dev.pitwall.simulator;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;

/** Waiting for a condition with a deadline, polling without sleeping for a fixed time. */
final class Conditions {

    private Conditions() {
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        await(what, timeout, condition, () -> "");
    }

    static void await(String what, Duration timeout, BooleanSupplier condition, Supplier<String> state) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                Assertions.fail("timed out after " + timeout + " waiting for " + what + " " + state.get());
            }
            Thread.onSpinWait();
            LockSupport.parkNanos(1_000_000); // re-check every millisecond
        }
    }
}
