package dev.pitwall.simulator.scenario;

import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.simulator.PublishStats;
import dev.pitwall.simulator.SimulatedMessage;
import dev.pitwall.simulator.TelemetryPublisher;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Hands a scenario's messages, in event-time order, to a {@link TelemetryPublisher} (QoS 1 on each vehicle's
 * telemetry topic), paced by their event times, then waits for the acknowledgements. The clock and the waiting are
 * passed in, so pacing is tested without waiting.
 */
public final class ScenarioPublisher {

    /** Waits a number of nanoseconds; {@link #SLEEP} in production, a fake clock in tests. */
    @FunctionalInterface
    public interface Waiter {
        void waitNanos(long nanos) throws InterruptedException;

        Waiter SLEEP = nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }

    private static final TelemetryCodec CODEC = new TelemetryCodec();
    private static final long SETTLE_NANOS = 1_000_000_000L;

    private final TelemetryPublisher publisher;
    private final Pace pace;
    private final LongSupplier nanoClock;
    private final Waiter waiter;
    private final AtomicLong handedOver = new AtomicLong();

    public ScenarioPublisher(TelemetryPublisher publisher, Pace pace, LongSupplier nanoClock, Waiter waiter) {
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.pace = Objects.requireNonNull(pace, "pace");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.waiter = Objects.requireNonNull(waiter, "waiter");
    }

    public ScenarioPublisher(TelemetryPublisher publisher, Pace pace) {
        this(publisher, pace, System::nanoTime, Waiter.SLEEP);
    }

    /** The MQTT message of one telemetry record: its vehicle's topic and the wire payload. */
    public static SimulatedMessage message(Telemetry t) {
        return new SimulatedMessage(t.vin(), MqttTelemetryTopic.forVin(t.vin()), t.seq(), t.eventTime(), CODEC.encode(t),
                SimulatedMessage.Delivery.IN_ORDER, null);
    }

    /**
     * Publishes every message of the scenario and waits up to {@code drainTimeout} for the outstanding
     * acknowledgements.
     */
    public Result publish(Scenario scenario, PublishStats stats, Duration drainTimeout) throws InterruptedException {
        List<Telemetry> messages = scenario.telemetry();
        long startNanos = nanoClock.getAsLong();
        for (Telemetry t : messages) {
            long due = startNanos + pace.dueAfterNanos(Duration.between(scenario.start(), t.eventTime()));
            long wait = due - nanoClock.getAsLong();
            if (wait > 0) {
                waiter.waitNanos(wait);
            }
            publisher.publish(message(t));
            handedOver.incrementAndGet();
        }
        boolean drained = publisher.awaitAcknowledged(drainTimeout);
        PublishStats.Snapshot s = settledCounts(stats, messages.size(), drained);
        return new Result(messages.size(), s.acknowledged(), s.rejected(), s.retries(), s.reconnects(), drained,
                Duration.ofNanos(nanoClock.getAsLong() - startNanos));
    }

    /**
     * The counters once they account for every message. A publisher's acknowledgement callback takes a message off
     * its outstanding list a moment before it counts it, so right after a successful drain the last count or two may
     * still be on their way; they are waited for (briefly: the callback is between two statements).
     */
    private static PublishStats.Snapshot settledCounts(PublishStats stats, long published, boolean drained) {
        PublishStats.Snapshot s = stats.snapshot();
        long deadline = System.nanoTime() + SETTLE_NANOS;
        while (drained && s.acknowledged() + s.rejected() < published && System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
            s = stats.snapshot();
        }
        return s;
    }

    /** Messages handed to the publisher so far (for progress). */
    public long handedOver() {
        return handedOver.get();
    }

    /** The outcome of publishing a scenario. */
    public record Result(long published, long acknowledged, long rejected, long retries, long reconnects,
            boolean drained, Duration elapsed) {

        public boolean allAcknowledged() {
            return drained && rejected == 0 && acknowledged >= published;
        }

        public String summary() {
            return String.format(java.util.Locale.ROOT,
                    "published %,d | acknowledged %,d | rejected %,d | re-sent %,d | reconnects %d | %.1f s",
                    published, acknowledged, rejected, retries, reconnects, elapsed.toNanos() / 1e9);
        }
    }
}
