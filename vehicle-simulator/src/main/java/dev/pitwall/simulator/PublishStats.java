package dev.pitwall.simulator;

import java.util.concurrent.atomic.LongAdder;

/** Live counters of a run, updated by the producer threads and the MQTT callback threads. */
public final class PublishStats {

    private final LongAdder published = new LongAdder();
    private final LongAdder acknowledged = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder outOfOrder = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder rejected = new LongAdder();
    private final LongAdder reconnects = new LongAdder();

    /** A consistent-enough view of the counters at one moment. */
    public record Snapshot(long published, long acknowledged, long duplicates, long outOfOrder, long malformed,
            long retries, long rejected, long reconnects) {

        /** Published and neither acknowledged nor rejected yet. */
        public long inFlight() {
            return Math.max(0, published - acknowledged - rejected);
        }
    }

    void onPublished(SimulatedMessage message) {
        published.increment();
        switch (message.delivery()) {
            case DUPLICATE -> duplicates.increment();
            case DELAYED -> outOfOrder.increment();
            default -> {
            }
        }
        if (message.malformed()) {
            malformed.increment();
        }
    }

    public void onAcknowledged() {
        acknowledged.increment();
    }

    /** A publish failed (connection lost) and the message is queued to be sent again. */
    public void onRetry() {
        retries.increment();
    }

    /** The broker refused the message (PUBACK reason code 0x80 or above); it is not sent again. */
    public void onRejected() {
        rejected.increment();
    }

    public void onReconnect() {
        reconnects.increment();
    }

    public Snapshot snapshot() {
        return new Snapshot(published.sum(), acknowledged.sum(), duplicates.sum(), outOfOrder.sum(), malformed.sum(),
                retries.sum(), rejected.sum(), reconnects.sum());
    }
}
