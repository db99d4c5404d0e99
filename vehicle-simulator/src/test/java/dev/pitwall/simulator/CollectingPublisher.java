package dev.pitwall.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** In-memory transport for tests: keeps every message it is handed and acknowledges it at once. */
final class CollectingPublisher implements TelemetryPublisher {

    private final PublishStats stats;
    private final List<SimulatedMessage> messages;

    CollectingPublisher(PublishStats stats, List<SimulatedMessage> sink) {
        this.stats = stats;
        this.messages = sink;
    }

    /** A factory whose publishers all add to one thread-safe list. */
    static Factory into(List<SimulatedMessage> sink) {
        return (index, stats) -> new CollectingPublisher(stats, sink);
    }

    static List<SimulatedMessage> newSink() {
        return Collections.synchronizedList(new ArrayList<>());
    }

    @Override
    public void connect() {
    }

    @Override
    public void publish(SimulatedMessage message) {
        messages.add(message);
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
