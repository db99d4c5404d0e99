package dev.pitwall.ingest;

import dev.pitwall.core.transport.MqttSocketFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/**
 * A plain Paho v5 publisher, QoS 1, like a vehicle (clean session, nothing left on the broker). Keeps at most
 * the broker's Receive Maximum in flight, which Paho otherwise answers with "too many publishes in progress".
 */
final class TestPublisher implements AutoCloseable {

    record Message(String topic, byte[] payload) {
    }

    private final MqttAsyncClient client;
    private final Semaphore window;
    private final int windowSize;
    private final AtomicLong acknowledged = new AtomicLong();
    private final ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();

    TestPublisher(String serverUri) {
        try {
            client = new MqttAsyncClient(serverUri, "it-pub-" + UUID.randomUUID(), new MemoryPersistence());
            var options = new MqttConnectionOptions();
            options.setCleanStart(true);
            options.setSessionExpiryInterval(0L);
            options.setSocketFactory(new MqttSocketFactory());
            IMqttToken connected = client.connect(options);
            connected.waitForCompletion(10_000);
            Integer serverMaximum = connected.getResponseProperties() == null
                    ? null : connected.getResponseProperties().getReceiveMaximum();
            windowSize = serverMaximum == null ? 100 : Math.min(serverMaximum, 1_000);
            window = new Semaphore(windowSize);
        } catch (MqttException e) {
            throw new IllegalStateException("test publisher cannot connect to " + serverUri, e);
        }
    }

    /** Publishes every message with QoS 1 and waits for all PUBACKs. */
    void publishAll(List<Message> messages, Duration timeout) {
        long before = acknowledged.get();
        for (Message m : messages) {
            publish(m);
        }
        awaitAcknowledged(before + messages.size(), timeout);
    }

    /**
     * Publishes in steps, never more than {@code maxBacklog} ahead of what subscribers {@code delivered}.
     * Mosquitto drops QoS 1 messages queued beyond max_queued_messages (default 1000) even for a connected
     * subscriber whose Receive Maximum is used up; a fleet of real vehicles never bursts like a test does.
     */
    void publishPaced(List<Message> messages, LongSupplier delivered, int maxBacklog, Duration timeout) {
        long start = delivered.getAsLong();
        int step = Math.max(1, maxBacklog / 2);
        for (int from = 0; from < messages.size(); from += step) {
            List<Message> chunk = messages.subList(from, Math.min(messages.size(), from + step));
            publishAll(chunk, timeout);
            long published = from + chunk.size();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (published - (delivered.getAsLong() - start) > step) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("subscribers took only " + (delivered.getAsLong() - start) + " of "
                            + published + " messages within " + timeout);
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(2));
            }
        }
    }

    void publish(Message m) {
        try {
            window.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        while (true) {
            try {
                var message = new MqttMessage(m.payload(), 1, false, null);
                client.publish(m.topic(), message, null, new MqttActionListener() {
                    @Override
                    public void onSuccess(IMqttToken token) {
                        acknowledged.incrementAndGet();
                        window.release();
                    }

                    @Override
                    public void onFailure(IMqttToken token, Throwable error) {
                        failures.add(error);
                        window.release();
                    }
                });
                return;
            } catch (MqttException e) {
                if (e.getReasonCode() != MqttClientException.REASON_CODE_MAX_INFLIGHT) {
                    window.release();
                    throw new IllegalStateException("publish to " + m.topic() + " failed", e);
                }
                // Paho frees its in-flight slot a moment after our listener ran: try again shortly
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
            }
        }
    }

    long acknowledged() {
        return acknowledged.get();
    }

    void awaitAcknowledged(long count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acknowledged.get() < count) {
            if (!failures.isEmpty()) {
                throw new IllegalStateException("publish failed", failures.peek());
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acknowledged.get() + " of " + count + " publishes acknowledged within " + timeout);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    @Override
    public void close() {
        try {
            client.disconnect().waitForCompletion(5_000);
        } catch (MqttException ignored) {
            // best effort
        }
        try {
            client.close(true);
        } catch (MqttException ignored) {
            // best effort
        }
    }
}
