package dev.pitwall.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One MQTT message the simulator publishes, with the ground truth about it. {@code seq} is the sample's
 * sequence number even when the payload is corrupted (it may then carry a different one, or none).
 * The payload array is shared, not copied: do not modify it.
 *
 * @param corruption how the payload was broken, {@code null} for a valid payload
 */
public record SimulatedMessage(String vin, String topic, long seq, Instant eventTime, byte[] payload,
        Delivery delivery, Corruption corruption) {

    /** How the message relates to the vehicle's stream of samples. */
    public enum Delivery {
        /** The first copy, published when it was produced. */
        IN_ORDER,
        /** A second copy of the previous message (same payload, same seq). */
        DUPLICATE,
        /** Held back and published after the vehicle's next message. */
        DELAYED
    }

    public boolean malformed() {
        return corruption != null;
    }

    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    SimulatedMessage as(Delivery newDelivery) {
        return new SimulatedMessage(vin, topic, seq, eventTime, payload, newDelivery, corruption);
    }
}
