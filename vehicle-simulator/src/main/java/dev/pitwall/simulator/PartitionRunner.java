package dev.pitwall.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives one partition of the fleet into one publisher: waits for each sample's simulated moment (time scale),
 * spaces messages by the rate cap, and at the end releases held-back messages and waits for acknowledgements.
 */
final class PartitionRunner implements Runnable {

    private static final long SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final FleetGenerator generator;
    private final TelemetryPublisher publisher;
    private final RatePacer pacer;
    private final SimulatedClock clock;
    private final RunControl control;
    private final PublishStats stats;
    private final Duration drainTimeout;
    private final List<SimulatedMessage> batch = new ArrayList<>(4);
    private volatile boolean acknowledged;
    private volatile RuntimeException failure;

    PartitionRunner(FleetGenerator generator, TelemetryPublisher publisher, RatePacer pacer, SimulatedClock clock,
            RunControl control, PublishStats stats, Duration drainTimeout) {
        this.generator = generator;
        this.publisher = publisher;
        this.pacer = pacer;
        this.clock = clock;
        this.control = control;
        this.stats = stats;
        this.drainTimeout = drainTimeout;
    }

    @Override
    public void run() {
        try {
            while (!control.shouldStop() && generator.hasNext()) {
                if (clock.paced() && !control.waitUntil(clock.wallNanosFor(generator.nextEventMillis()))) {
                    break;
                }
                generator.produceNext(batch::add);
                publishBatch();
            }
            generator.finish(batch::add);
            publishBatch();
            acknowledged = publisher.awaitAcknowledged(drainTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // forced stop: whatever is unacknowledged stays so
        } catch (RuntimeException e) {
            failure = e;
            control.requestStop(); // one broken connection ends the run; the report says why
        }
    }

    boolean acknowledged() {
        return acknowledged;
    }

    RuntimeException failure() {
        return failure;
    }

    FleetGenerator generator() {
        return generator;
    }

    /** Publishes what the generator handed out; already recorded in the manifest, so even a stop does not skip it. */
    private void publishBatch() throws InterruptedException {
        for (SimulatedMessage message : batch) {
            long wait = pacer.reserve();
            if (wait > 0) {
                long until = System.nanoTime() + wait;
                long left;
                while ((left = until - System.nanoTime()) > 0 && !control.shouldStop()) {
                    LockSupport.parkNanos(Math.min(left, SLICE_NANOS));
                }
            }
            publisher.publish(message);
            stats.onPublished(message);
        }
        batch.clear();
    }
}
