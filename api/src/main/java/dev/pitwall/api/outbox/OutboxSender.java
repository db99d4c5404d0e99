package dev.pitwall.api.outbox;

import dev.pitwall.api.outbox.OutboxRow.OrderingKey;
import dev.pitwall.core.topic.Topic;
import dev.pitwall.core.topic.Topics;
import dev.pitwall.core.topic.WireFormat;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Sends outbox rows to Kafka and waits for the acknowledgements, keeping each key's order strictly: the rows go
 * out in waves, the first pending row of every key, then the second, and so on, and a key's next row is sent only
 * once Kafka acknowledged the one before it. A key whose row failed sends nothing more in this round.
 *
 * <p>When a send times out (Kafka unreachable, or too slow) the round ends after the current wave: every further
 * send would wait just as long, holding the claimed rows. The rows not tried stay as they were.
 */
class OutboxSender {

    /** Header carrying the row's id: consumers may drop the duplicates at-least-once delivery can bring. */
    static final String ID_HEADER = "pitwall.outbox.id";

    private final Producer<byte[], byte[]> producer;
    private final Duration ackTimeout;

    /** @param ackTimeout how long to wait for an acknowledgement after a flush, beyond the producer's own timeouts */
    OutboxSender(Producer<byte[], byte[]> producer, Duration ackTimeout) {
        this.producer = producer;
        this.ackTimeout = ackTimeout;
    }

    /** Sends {@code rows} (in id order) and reports each row it tried: acknowledged or failed. */
    Report send(List<OutboxRow> rows) {
        Map<OrderingKey, Deque<OutboxRow>> queues = new LinkedHashMap<>();
        rows.forEach(row -> queues.computeIfAbsent(row.orderingKey(), k -> new ArrayDeque<>()).add(row));
        List<OutboxRow> published = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        boolean unreachable = false;
        while (!queues.isEmpty() && !unreachable) {
            Map<OutboxRow, Future<RecordMetadata>> wave = new LinkedHashMap<>();
            for (Deque<OutboxRow> queue : queues.values()) {
                OutboxRow row = queue.peekFirst();
                Future<RecordMetadata> ack = sendOne(row);
                wave.put(row, ack);
                if (ack.isDone() && timedOut(ack)) { // waited max.block.ms for metadata: the next would, too
                    unreachable = true;
                    break;
                }
            }
            producer.flush();
            for (Map.Entry<OutboxRow, Future<RecordMetadata>> sent : wave.entrySet()) {
                OutboxRow row = sent.getKey();
                Exception error = outcome(sent.getValue());
                if (error == null) {
                    published.add(row);
                    queues.get(row.orderingKey()).removeFirst();
                } else {
                    failed.add(new Failure(row, error));
                    queues.remove(row.orderingKey()); // its later rows wait for it
                    unreachable |= error instanceof TimeoutException;
                }
            }
            for (Iterator<Deque<OutboxRow>> it = queues.values().iterator(); it.hasNext();) {
                if (it.next().isEmpty()) {
                    it.remove();
                }
            }
        }
        return new Report(published, failed);
    }

    private Future<RecordMetadata> sendOne(OutboxRow row) {
        try {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(row.topic(), keyFormat(row.topic())
                    .encode(row.key()), row.payload());
            record.headers().add(ID_HEADER, Long.toString(row.id()).getBytes(StandardCharsets.US_ASCII));
            return producer.send(record);
        } catch (RuntimeException e) { // an unknown topic, or a send Kafka refused before queueing it
            return CompletableFuture.failedFuture(e);
        }
    }

    private Exception outcome(Future<RecordMetadata> ack) {
        try {
            ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() instanceof Exception cause ? cause : e;
        } catch (java.util.concurrent.TimeoutException e) {
            return new TimeoutException("no acknowledgement within " + ackTimeout + " after flush", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.apache.kafka.common.errors.InterruptException(e);
        }
    }

    private static boolean timedOut(Future<RecordMetadata> ack) {
        try {
            ack.get(0, TimeUnit.MILLISECONDS);
            return false;
        } catch (ExecutionException e) {
            return e.getCause() instanceof TimeoutException;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static WireFormat<String> keyFormat(String topic) {
        Topic<?, ?> registered = Topics.byName(topic);
        return (WireFormat<String>) registered.keyFormat(); // every registered topic is keyed by text
    }

    /** What one round's sends came to; rows not listed were not tried. */
    record Report(List<OutboxRow> published, List<Failure> failed) {

        Report {
            published = List.copyOf(published);
            failed = List.copyOf(failed);
        }
    }

    /** A row Kafka did not acknowledge, and why. */
    record Failure(OutboxRow row, Exception error) {

        String describe() {
            return error.getClass().getSimpleName() + ": " + error.getMessage();
        }
    }
}
