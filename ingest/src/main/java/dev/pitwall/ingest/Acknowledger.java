package dev.pitwall.ingest;

/** Settles an inbound MQTT message once its Kafka record is stored, or leaves it for redelivery. */
public interface Acknowledger {

    /** The record is stored: acknowledge the message to the broker (PUBACK). */
    void acknowledge(InboundMessage message);

    /** The record could not be stored: do not acknowledge, and get the broker to deliver it again. */
    void withhold(InboundMessage message, Throwable cause);
}
