package dev.pitwall.ingest;

import dev.pitwall.core.topic.DeadLetterHeaders;
import dev.pitwall.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Sends telemetry to Kafka: valid payloads to {@code telemetry.v1}, rejected ones to {@code telemetry.dlq.v1}
 * (names and key format from {@link Topics}), always the original bytes.
 *
 * <p>Delivery contract: the stage returned by a send completes normally only from the producer's
 * acknowledgement callback without error, i.e. once every in-sync replica has the record
 * ({@code acks=all}, see {@link KafkaProducerSettings}). Ingest acknowledges the MQTT message to the
 * broker only then; an MQTT message is never acknowledged before Kafka acknowledged its record. A failed
 * send (including one the producer refuses synchronously) completes the stage exceptionally and the MQTT
 * message stays unacknowledged.
 */
public final class KafkaTelemetrySender implements TelemetrySender {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Producer<byte[], byte[]> producer;

    public KafkaTelemetrySender(Producer<byte[], byte[]> producer) {
        this.producer = Objects.requireNonNull(producer, "producer");
    }

    public static KafkaTelemetrySender create(IngestConfig config) {
        return new KafkaTelemetrySender(new KafkaProducer<>(KafkaProducerSettings.forConfig(config)));
    }

    @Override
    public CompletionStage<Void> sendValid(Route.Forward forward) {
        return send(new ProducerRecord<>(Topics.TELEMETRY.name(), null,
                Topics.TELEMETRY.keyFormat().encode(forward.vin()), forward.payload()));
    }

    @Override
    public CompletionStage<Void> sendRejected(Route.DeadLetter letter, String sourceTopic, Instant receivedAt) {
        List<Header> headers = List.of(
                header(DeadLetterHeaders.REASON, letter.reason()),
                header(DeadLetterHeaders.FIELD, letter.field()),
                header(DeadLetterHeaders.SOURCE_TOPIC, String.valueOf(sourceTopic)),
                header(DeadLetterHeaders.RECEIVED_AT, receivedAt.toString()));
        return send(new ProducerRecord<>(Topics.TELEMETRY_DLQ.name(), null,
                Topics.TELEMETRY_DLQ.keyFormat().encode(letter.key()), letter.payload(), headers));
    }

    private CompletionStage<Void> send(ProducerRecord<byte[], byte[]> record) {
        var acknowledged = new CompletableFuture<Void>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    acknowledged.complete(null);
                } else {
                    acknowledged.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            // metadata timeout, producer closed, record too large: the record was never accepted
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    private static Header header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }
}
