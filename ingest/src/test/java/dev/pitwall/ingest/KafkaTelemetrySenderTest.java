package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.topic.DeadLetterHeaders;
import dev.pitwall.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class KafkaTelemetrySenderTest {

    private static final String VIN = "WVWZZZ1JZXW000001";

    // autoComplete=false: the test decides when Kafka "acknowledges"
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final KafkaTelemetrySender sender = new KafkaTelemetrySender(producer);

    @Test
    void sendsValidPayloadUnchangedKeyedByVin() {
        byte[] payload = TelemetryFixtures.valid(VIN, 1);

        sender.sendValid(new Route.Forward(VIN, payload));

        ProducerRecord<byte[], byte[]> record = producer.history().get(0);
        assertThat(record.topic()).isEqualTo(Topics.TELEMETRY.name());
        assertThat(record.key()).isEqualTo(VIN.getBytes(StandardCharsets.US_ASCII));
        assertThat(record.value()).isSameAs(payload);
        assertThat(record.headers().toArray()).isEmpty();
    }

    @Test
    void sendsRejectedPayloadWithReasonHeaders() {
        byte[] payload = "{oops".getBytes(StandardCharsets.UTF_8);
        Instant receivedAt = Instant.parse("2026-11-22T10:15:30.123Z");

        sender.sendRejected(new Route.DeadLetter(VIN, payload, "$: expected a JSON object; $.seq: missing", "$"),
                "pitwall/v1/vehicles/" + VIN + "/telemetry", receivedAt);

        ProducerRecord<byte[], byte[]> record = producer.history().get(0);
        assertThat(record.topic()).isEqualTo(Topics.TELEMETRY_DLQ.name());
        assertThat(record.key()).isEqualTo(VIN.getBytes(StandardCharsets.US_ASCII));
        assertThat(record.value()).isSameAs(payload);
        assertThat(header(record, DeadLetterHeaders.REASON)).isEqualTo("$: expected a JSON object; $.seq: missing");
        assertThat(header(record, DeadLetterHeaders.FIELD)).isEqualTo("$");
        assertThat(header(record, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo("pitwall/v1/vehicles/" + VIN + "/telemetry");
        assertThat(header(record, DeadLetterHeaders.RECEIVED_AT)).isEqualTo("2026-11-22T10:15:30.123Z");
    }

    @Test
    void completesOnlyWhenKafkaAcknowledges() {
        CompletableFuture<Void> stored = sender.sendValid(new Route.Forward(VIN, TelemetryFixtures.valid(VIN, 1)))
                .toCompletableFuture();

        assertThat(stored).isNotDone();
        producer.completeNext();
        assertThat(stored).isCompleted();
    }

    @Test
    void failsWhenKafkaFails() {
        CompletableFuture<Void> stored = sender.sendValid(new Route.Forward(VIN, TelemetryFixtures.valid(VIN, 1)))
                .toCompletableFuture();

        producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("expired"));

        assertThat(stored).isCompletedExceptionally();
    }

    @Test
    void failsWhenTheProducerRefusesTheRecord() {
        producer.close();

        CompletableFuture<Void> stored = sender.sendValid(new Route.Forward(VIN, TelemetryFixtures.valid(VIN, 1)))
                .toCompletableFuture();

        assertThat(stored).isCompletedExceptionally();
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
