package dev.pitwall.simulator;

import java.time.Duration;

/**
 * Where the simulator's messages go: an MQTT broker ({@link PahoTelemetryPublisher}) or nowhere
 * ({@link DiscardingPublisher}). One publisher serves one connection and is used by one thread.
 *
 * <p>Delivery contract: a message counts as acknowledged once the transport confirmed it (for MQTT, the
 * broker's PUBACK at QoS 1). Messages whose acknowledgement is lost with the connection are published again
 * after reconnecting, with the same payload and seq, so the broker may see them twice: at least once.
 */
public interface TelemetryPublisher extends AutoCloseable {

    /** Opens the connection; fails with {@link SimulatorException} naming the address when it cannot. */
    void connect();

    /** Hands a message over; blocks while the in-flight window is full or the connection is down. */
    void publish(SimulatedMessage message) throws InterruptedException;

    /** Waits until every message handed over was acknowledged; {@code false} if the timeout came first. */
    boolean awaitAcknowledged(Duration timeout) throws InterruptedException;

    /** Messages handed over and not acknowledged yet. */
    long unacknowledged();

    @Override
    void close();

    /** Opens the publisher of one connection; {@code stats} receives its acknowledgements and retries. */
    @FunctionalInterface
    interface Factory {
        TelemetryPublisher open(int connectionIndex, PublishStats stats);
    }
}
