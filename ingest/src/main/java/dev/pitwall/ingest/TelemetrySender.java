package dev.pitwall.ingest;

import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * The transport from ingest to the log (Kafka in production, see {@link KafkaTelemetrySender}).
 *
 * <p>Delivery contract: a returned stage completes normally only once the record is durably stored
 * (for Kafka: acknowledged by all in-sync replicas). Ingest acknowledges the MQTT message only then, so
 * a message is never acknowledged to the broker before the log has it. A stage that completes
 * exceptionally means "not stored"; the MQTT message then stays unacknowledged and is redelivered.
 * Delivery is therefore at least once; {@code (vin, seq)} makes duplicates harmless downstream.
 */
public interface TelemetrySender extends AutoCloseable {

    /** Sends a valid payload, unchanged, keyed by VIN. */
    CompletionStage<Void> sendValid(Route.Forward forward);

    /** Sends a rejected payload, unchanged, with the reason and its origin in headers. */
    CompletionStage<Void> sendRejected(Route.DeadLetter letter, String sourceTopic, Instant receivedAt);

    /** Blocks until every record sent so far has completed, successfully or not. */
    void flush();

    @Override
    void close();
}
