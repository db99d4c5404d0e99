package dev.pitwall.simulator;

import java.time.Duration;

/** Acknowledges every message at once and sends nothing: {@code --dry-run}, for measuring generation alone. */
final class DiscardingPublisher implements TelemetryPublisher {

    private final PublishStats stats;

    DiscardingPublisher(PublishStats stats) {
        this.stats = stats;
    }

    @Override
    public void connect() {
    }

    @Override
    public void publish(SimulatedMessage message) {
        stats.onAcknowledged();
    }

    @Override
    public boolean awaitAcknowledged(Duration timeout) {
        return true;
    }

    @Override
    public long unacknowledged() {
        return 0;
    }

    @Override
    public void close() {
    }
}
