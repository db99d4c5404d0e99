package dev.pitwall.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** The send order and failure rules, against a producer whose answer per row the test chooses. */
class OutboxSenderTest {

    static final String TOPIC = Topics.MARKETING_CONSENTS.name();
    static final String A = "WVWZZZCDZLW000001";
    static final String B = "WVWZZZCDZLW000002";

    private final ScriptedProducer producer = new ScriptedProducer();
    private final OutboxSender sender = new OutboxSender(producer, Duration.ofSeconds(5));

    @Test
    void sendsEachKeysRowsInWavesWithKeyPayloadAndIdHeader() {
        List<OutboxRow> rows = List.of(row(1, A), row(2, A), row(3, B), row(4, A));

        OutboxSender.Report report = sender.send(rows);

        assertThat(report.published()).extracting(OutboxRow::id).containsExactly(1L, 3L, 2L, 4L);
        assertThat(report.failed()).isEmpty();
        // a key's next row goes out only in the wave after its previous one was acknowledged
        assertThat(producer.sentIds()).containsExactly(1L, 3L, 2L, 4L);
        ProducerRecord<byte[], byte[]> first = producer.sent.get(0);
        assertThat(first.topic()).isEqualTo(TOPIC);
        assertThat(new String(first.key(), StandardCharsets.US_ASCII)).isEqualTo(A);
        assertThat(first.value()).isEqualTo(payload(1));
        assertThat(new String(first.headers().lastHeader(OutboxSender.ID_HEADER).value(), StandardCharsets.US_ASCII))
                .isEqualTo("1");
    }

    @Test
    void neverSendsALaterRowOfAKeyWhoseEarlierRowFailed() {
        producer.failures.put(1L, new RecordTooLargeException("too large"));

        OutboxSender.Report report = sender.send(List.of(row(1, A), row(2, B), row(3, A), row(4, B)));

        assertThat(producer.sentIds()).containsExactly(1L, 2L, 4L);
        assertThat(report.published()).extracting(OutboxRow::id).containsExactly(2L, 4L);
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.row().id()).isEqualTo(1L);
            assertThat(f.describe()).isEqualTo("RecordTooLargeException: too large");
        });
    }

    @Test
    void endsTheRoundWhenASendTimesOutBecauseKafkaIsUnreachable() {
        producer.failures.put(1L, new TimeoutException("Topic not present in metadata after 2000 ms."));

        OutboxSender.Report report = sender.send(List.of(row(1, A), row(2, B), row(3, A)));

        assertThat(producer.sentIds()).containsExactly(1L); // B's row would have waited just as long: not tried
        assertThat(report.published()).isEmpty();
        assertThat(report.failed()).extracting(f -> f.row().id()).containsExactly(1L);
    }

    @Test
    void failsARowOfAnUnregisteredTopicAndSendsTheOthers() {
        OutboxRow unknown = new OutboxRow(1, "no-such-topic.v9", A, payload(1), 0);

        OutboxSender.Report report = sender.send(List.of(unknown, row(2, B)));

        assertThat(report.published()).extracting(OutboxRow::id).containsExactly(2L);
        assertThat(report.failed()).singleElement()
                .satisfies(f -> assertThat(f.describe()).contains("no registered topic 'no-such-topic.v9'"));
    }

    private static OutboxRow row(long id, String key) {
        return new OutboxRow(id, TOPIC, key, payload(id), 0);
    }

    private static byte[] payload(long id) {
        return ("{\"row\":" + id + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** Acknowledges every send at once, except those of the rows the test wants to fail. */
    static final class ScriptedProducer extends MockProducer<byte[], byte[]> {

        final List<ProducerRecord<byte[], byte[]>> sent = new ArrayList<>();
        final Map<Long, RuntimeException> failures = new HashMap<>();

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record) {
            sent.add(record);
            RuntimeException failure = failures.get(id(record));
            if (failure != null) {
                return CompletableFuture.failedFuture(failure);
            }
            return CompletableFuture.completedFuture(
                    new RecordMetadata(new TopicPartition(record.topic(), 0), sent.size(), 0, 0, 0, 0));
        }

        @Override
        public synchronized void flush() {
            // every answer is already there
        }

        List<Long> sentIds() {
            return sent.stream().map(ScriptedProducer::id).toList();
        }

        private static long id(ProducerRecord<byte[], byte[]> record) {
            return Long.parseLong(new String(record.headers().lastHeader(OutboxSender.ID_HEADER).value(),
                    StandardCharsets.US_ASCII));
        }
    }
}
