package dev.pitwall.simulator;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounds the unacknowledged QoS 1 publishes of one connection. The limit can change when a reconnect brings a
 * different Receive Maximum from the broker. Paho fails a publish beyond the broker's limit instead of waiting,
 * so this window is what turns back-pressure into waiting.
 */
final class InFlightWindow {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int limit;
    private int used;

    InFlightWindow(int limit) {
        resize(limit);
    }

    void resize(int newLimit) {
        if (newLimit < 1) {
            throw new IllegalArgumentException("in-flight limit must be >= 1, got " + newLimit);
        }
        lock.lock();
        try {
            limit = newLimit;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Takes a slot, waiting up to {@code timeout}; {@code false} if none became free. */
    boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lock();
        try {
            while (used >= limit) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            used++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    void release() {
        lock.lock();
        try {
            if (used == 0) {
                throw new IllegalStateException("released more slots than were acquired");
            }
            used--;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes waiters so that they re-check conditions outside the window (connection state, stop requests). */
    void wakeUp() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code timeout} for a change (a release, resize or wake-up). */
    void awaitChange(long timeout, TimeUnit unit) throws InterruptedException {
        lock.lock();
        try {
            changed.awaitNanos(unit.toNanos(timeout));
        } finally {
            lock.unlock();
        }
    }

    int inUse() {
        lock.lock();
        try {
            return used;
        } finally {
            lock.unlock();
        }
    }

    int limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }
}
