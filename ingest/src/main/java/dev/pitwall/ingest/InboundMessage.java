package dev.pitwall.ingest;

import java.time.Instant;
import java.util.Objects;

/**
 * One PUBLISH received from the broker, not yet acknowledged. Compared by identity on purpose: after a
 * reconnect the broker may reuse {@code packetId} for a redelivery, and only the exact message that was
 * stored may be acknowledged.
 *
 * @param packetId       MQTT packet identifier (0 for QoS 0)
 * @param qos            QoS the message arrived with
 * @param receivedAt     wall-clock arrival time, for the dead-letter header
 * @param receivedNanos  monotonic arrival time, for the latency timer
 */
public record InboundMessage(int packetId, int qos, String topic, byte[] payload, Instant receivedAt,
                             long receivedNanos) {

    public InboundMessage {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "InboundMessage[packetId=" + packetId + ", qos=" + qos + ", topic=" + topic
                + ", " + payload.length + " bytes]";
    }
}
