package dev.pitwall.ingest;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves each inbound MQTT message to Kafka: triage on a worker lane (never on the MQTT callback thread),
 * send through the {@link TelemetrySender}, and settle the message from the send's completion: acknowledge
 * when stored, withhold when not. Knows nothing about Paho or Kafka.
 */
final class TelemetryBridge {

    private static final Logger log = LoggerFactory.getLogger(TelemetryBridge.class);

    private final PayloadTriage triage;
    private final TelemetrySender sender;
    private final Acknowledger acknowledger;
    private final IngestMetrics metrics;
    private final OrderedLanes lanes;

    TelemetryBridge(PayloadTriage triage, TelemetrySender sender, Acknowledger acknowledger,
                    IngestMetrics metrics, int workerThreads, int queueCapacity) {
        this.triage = Objects.requireNonNull(triage, "triage");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.acknowledger = Objects.requireNonNull(acknowledger, "acknowledger");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.lanes = new OrderedLanes("pitwall-ingest-worker", workerThreads, queueCapacity);
    }

    /** Called on the MQTT callback thread: count and hand off, nothing slow. */
    void submit(InboundMessage message) {
        metrics.received();
        // the topic carries the VIN: same VIN, same lane, same order
        lanes.execute(message.topic(), () -> process(message));
    }

    private void process(InboundMessage message) {
        Route route;
        try {
            route = triage.route(message.topic(), message.payload());
        } catch (RuntimeException e) {
            // a bug on our side, but a deterministic one: redelivery would loop, so dead-letter the message
            log.error("cannot validate {}; sending it to the dead-letter topic", message, e);
            route = PayloadTriage.unexamined(message.topic(), message.payload(), e);
        }
        CompletionStage<Void> stored;
        try {
            stored = route instanceof Route.Forward forward
                    ? sender.sendValid(forward)
                    : sender.sendRejected((Route.DeadLetter) route, message.topic(), message.receivedAt());
        } catch (RuntimeException e) {
            stored = CompletableFuture.failedFuture(e);
        }
        Route decided = route;
        stored.whenComplete((ignored, error) -> settle(message, decided, error));
    }

    // Runs on the Kafka producer's I/O thread: keep it short (a PUBACK is only queued in Paho).
    private void settle(InboundMessage message, Route route, Throwable error) {
        try {
            if (error == null) {
                acknowledger.acknowledge(message);
                if (route instanceof Route.DeadLetter letter) {
                    metrics.rejected(letter.field(), message.receivedNanos());
                } else {
                    metrics.forwarded(message.receivedNanos());
                }
            } else {
                metrics.failed();
                log.warn("Kafka did not store the record for {} ({}); leaving it unacknowledged for redelivery",
                        message, error.toString());
                acknowledger.withhold(message, error);
            }
        } catch (RuntimeException e) {
            log.error("cannot settle {}", message, e);
        } finally {
            metrics.settled();
        }
    }

    /**
     * Hands every queued message to the sender, waits for Kafka to settle them all, and stops the workers.
     * Call after the MQTT side stopped accepting messages. True if everything settled within {@code timeout}.
     */
    boolean drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean lanesDone = lanes.shutdown(timeout);
        // flush() has no timeout of its own; run it aside so that a dead Kafka cannot hang shutdown
        CompletableFuture<Void> flushed = CompletableFuture.runAsync(sender::flush, runnable -> {
            Thread t = new Thread(runnable, "pitwall-ingest-flush");
            t.setDaemon(true);
            t.start();
        });
        try {
            flushed.get(Math.max(0, deadline - System.nanoTime()), java.util.concurrent.TimeUnit.NANOSECONDS);
        } catch (Exception e) {
            log.warn("Kafka did not acknowledge everything within {}; unacknowledged messages will be redelivered",
                    timeout);
            return false;
        }
        return lanesDone && metrics.snapshot().inflight() == 0;
    }
}
