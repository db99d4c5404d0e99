package dev.pitwall.ingest;

import dev.pitwall.core.transport.MqttSocketFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MQTT side of ingest: one Paho v5 client in a persistent session ({@code cleanStart=false}, stable
 * client id) with a QoS 1 shared subscription and manual acknowledgements.
 *
 * <p>Why it looks the way it does:
 * <ul>
 *   <li>Paho calls {@code messageArrived} on its single callback thread; blocking there stalls the whole
 *       client (including keep-alive), so a message is only handed to the sink there.</li>
 *   <li>PUBACK is sent from {@link #acknowledge} (on Kafka's callback thread) via
 *       {@code messageArrivedComplete}, which only queues the packet for Paho's sender thread.</li>
 *   <li>The broker stops sending once Receive Maximum messages are unacknowledged, which bounds the work
 *       in progress. An unacknowledged message is redelivered only when the session reconnects (MQTT 5),
 *       so {@link #withhold} reconnects, with backoff, to get failed messages back.</li>
 *   <li>After any disconnect the broker may reuse a packet id for another message; acknowledgements for
 *       messages of an earlier connection are therefore dropped (the broker redelivers those: at least
 *       once). Residual window: a PUBACK queued in the instant the connection drops may reach the next
 *       connection.</li>
 *   <li>Paho's automatic reconnect (exponential, min/max delay) keeps the session; every successful
 *       connect re-subscribes, which is harmless when the broker kept the subscription and repairs it when
 *       the session was lost (expired or broker without persistence).</li>
 * </ul>
 */
final class MqttTelemetrySubscriber implements Acknowledger, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MqttTelemetrySubscriber.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final Duration DISCONNECT_QUIESCE = Duration.ofSeconds(5);

    private final IngestConfig config;
    private final IngestMetrics metrics;
    private final MqttAsyncClient client;
    private final MqttConnectionOptions options;
    /** Messages of the current connection handed to the sink and not yet settled, by packet id. */
    private final Map<Integer, InboundMessage> unacked = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> firstSubscription = new CompletableFuture<>();
    private final ExponentialBackoff redeliveryBackoff;
    private final AtomicBoolean redeliveryScheduled = new AtomicBoolean();
    private final ScheduledExecutorService redeliveryScheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pitwall-ingest-redelivery");
        t.setDaemon(true);
        return t;
    });
    private volatile Consumer<InboundMessage> sink;
    private volatile boolean accepting;
    private volatile boolean closing;

    MqttTelemetrySubscriber(IngestConfig config, IngestMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.redeliveryBackoff = new ExponentialBackoff(config.reconnectMinDelay(), config.reconnectMaxDelay());
        try {
            // in-memory: QoS 1 inbound state lives in the broker's session, nothing worth a file in the cwd
            client = new MqttAsyncClient(config.mqttServerUri(), config.clientId(), new MemoryPersistence());
        } catch (MqttException | IllegalArgumentException e) {
            throw new IllegalArgumentException("mqttServerUri/clientId: cannot create an MQTT client for '"
                    + config.mqttServerUri() + "' as '" + config.clientId() + "': " + e.getMessage(), e);
        }
        client.setManualAcks(true);
        client.setCallback(new Callback());
        options = connectionOptions(config);
    }

    static MqttConnectionOptions connectionOptions(IngestConfig config) {
        var o = new MqttConnectionOptions();
        o.setCleanStart(false);
        o.setSessionExpiryInterval(config.sessionExpiry().toSeconds());
        o.setReceiveMaximum(config.receiveMaximum());
        o.setKeepAliveInterval((int) Math.max(1, config.keepAlive().toSeconds()));
        o.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS);
        o.setAutomaticReconnect(true);
        o.setAutomaticReconnectDelay(seconds(config.reconnectMinDelay()), seconds(config.reconnectMaxDelay()));
        if (config.mqttServerUri().startsWith("tcp://")) {
            o.setSocketFactory(new MqttSocketFactory());
        }
        return o;
    }

    private static int seconds(Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, d.toSeconds()));
    }

    /** Connects (retrying with backoff up to the start timeout) and returns once the subscription is granted. */
    void start(Consumer<InboundMessage> messageSink) {
        this.sink = messageSink;
        this.accepting = true;
        long deadline = System.nanoTime() + config.startTimeout().toNanos();
        connect(deadline);
        try {
            firstSubscription.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("could not subscribe to " + config.subscription() + " on "
                    + config.mqttServerUri() + " within " + config.startTimeout() + ": " + cause.getMessage(), cause);
        }
    }

    /** Tries to connect until it works or {@code deadlineNanos} passes (0: no deadline, until closed). */
    private void connect(long deadlineNanos) {
        var backoff = new ExponentialBackoff(config.reconnectMinDelay(), config.reconnectMaxDelay());
        while (!closing) {
            try {
                client.connect(options).waitForCompletion(TimeUnit.SECONDS.toMillis(CONNECT_TIMEOUT_SECONDS + 5));
                return;
            } catch (MqttException e) {
                Duration delay = backoff.next();
                if (deadlineNanos != 0 && System.nanoTime() + delay.toNanos() > deadlineNanos) {
                    throw new IllegalStateException("cannot connect to the MQTT broker at " + config.mqttServerUri()
                            + " as '" + config.clientId() + "' within " + config.startTimeout() + ": " + e, e);
                }
                log.warn("cannot connect to {} ({}); retrying in {}", config.mqttServerUri(), e, delay);
                try {
                    Thread.sleep(delay.toMillis()); // backoff between attempts, not synchronisation
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void subscribe() {
        try {
            client.subscribe(new MqttSubscription[] {new MqttSubscription(config.subscription(), 1)}, null,
                    new MqttActionListener() {
                        @Override
                        public void onSuccess(IMqttToken token) {
                            int[] codes = token.getReasonCodes();
                            if (codes != null && codes.length > 0 && codes[0] >= 0x80) {
                                var error = new IllegalStateException("broker refused subscription "
                                        + config.subscription() + " with reason code 0x" + Integer.toHexString(codes[0]));
                                log.error(error.getMessage());
                                firstSubscription.completeExceptionally(error);
                                return;
                            }
                            log.info("subscribed to {} on {} as {}", config.subscription(), config.mqttServerUri(),
                                    config.clientId());
                            firstSubscription.complete(null);
                        }

                        @Override
                        public void onFailure(IMqttToken token, Throwable error) {
                            log.error("subscription to {} failed", config.subscription(), error);
                            firstSubscription.completeExceptionally(error);
                        }
                    }, new MqttProperties());
        } catch (MqttException e) {
            log.error("cannot subscribe to {}", config.subscription(), e);
            firstSubscription.completeExceptionally(e);
        }
    }

    @Override
    public void acknowledge(InboundMessage message) {
        redeliveryBackoff.reset();
        if (message.qos() == 0 || !unacked.remove(message.packetId(), message)) {
            return; // QoS 0 needs no PUBACK; otherwise it came from an earlier connection: it will be redelivered
        }
        try {
            client.messageArrivedComplete(message.packetId(), message.qos());
        } catch (MqttException | RuntimeException e) {
            log.debug("cannot acknowledge {}; the broker will redeliver it", message, e);
        }
    }

    @Override
    public void withhold(InboundMessage message, Throwable cause) {
        unacked.remove(message.packetId(), message);
        if (message.qos() == 0 || !accepting || closing || !redeliveryScheduled.compareAndSet(false, true)) {
            return;
        }
        Duration delay = redeliveryBackoff.next();
        log.warn("will reconnect in {} so that the broker redelivers unacknowledged messages", delay);
        redeliveryScheduler.schedule(this::reconnectForRedelivery, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void reconnectForRedelivery() {
        redeliveryScheduled.set(false);
        if (closing || !client.isConnected()) {
            return; // a connection that is down redelivers by itself when Paho reconnects it
        }
        metrics.redeliveryRequested();
        try {
            client.disconnect(DISCONNECT_QUIESCE.toMillis()).waitForCompletion(DISCONNECT_QUIESCE.toMillis() * 2);
        } catch (MqttException e) {
            log.warn("disconnect before redelivery failed: {}", e.toString());
        }
        unacked.clear();
        connect(0);
    }

    /** Stops handing messages to the sink; they stay unacknowledged and go to the next session. */
    void stopAccepting() {
        accepting = false;
    }

    boolean isConnected() {
        return client.isConnected();
    }

    /** Sends the PUBACKs still queued, disconnects (the broker keeps the session) and releases the client. */
    @Override
    public void close() {
        closing = true;
        accepting = false;
        redeliveryScheduler.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect(DISCONNECT_QUIESCE.toMillis()).waitForCompletion(DISCONNECT_QUIESCE.toMillis() * 2);
            } else {
                client.disconnectForcibly(0, 1_000, false);
            }
        } catch (MqttException e) {
            log.warn("MQTT disconnect did not complete cleanly: {}", e.toString());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            log.debug("closing the MQTT client", e);
        }
    }

    private final class Callback implements MqttCallback {

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            // Paho's callback thread: never throw (Paho would drop the connection) and never block on Kafka
            if (!accepting) {
                return;
            }
            var inbound = new InboundMessage(message.getId(), message.getQos(), topic, message.getPayload(),
                    Instant.now(), System.nanoTime());
            if (inbound.qos() > 0) {
                unacked.put(inbound.packetId(), inbound);
            }
            try {
                sink.accept(inbound);
            } catch (RuntimeException e) {
                unacked.remove(inbound.packetId(), inbound);
                log.error("cannot hand over {}; it stays unacknowledged", inbound, e);
            }
        }

        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            log.info("{} to {} as {}", reconnect ? "reconnected" : "connected", serverUri, config.clientId());
            subscribe();
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            unacked.clear();
            if (!closing) {
                log.warn("disconnected from {}: {}; Paho reconnects with backoff", config.mqttServerUri(), response);
            }
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
            log.error("MQTT error", exception);
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
            // ingest publishes nothing
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
            // no enhanced authentication
        }
    }
}
