package dev.pitwall.simulator;

import dev.pitwall.core.transport.MqttSocketFactory;
import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes over one MQTT 5 connection (Paho async client) at QoS 1, with at most {@code maxInFlight}
 * unacknowledged messages (less if the broker's Receive Maximum is lower), TCP_NODELAY, and its own reconnect
 * loop. Publishes lost with the connection are sent again after reconnecting (clean start: the broker keeps
 * no session, so this client keeps the outstanding messages itself).
 */
public final class PahoTelemetryPublisher implements TelemetryPublisher {

    private static final Logger log = LoggerFactory.getLogger(PahoTelemetryPublisher.class);
    private static final long WAIT_SLICE_MILLIS = 100;
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int KEEP_ALIVE_SECONDS = 30;
    private static final int QOS = MqttTelemetryTopic.QOS;
    /** Marks "wait as long as it takes" (System.nanoTime values can be anything, so no time value can). */
    private static final long NO_DEADLINE = Long.MIN_VALUE;
    private static final long MAX_RECONNECT_DELAY_MILLIS = 5_000;
    /** Broker reason codes from 0x80 up mean "refused"; Paho's own codes are 32000 and above. */
    private static final int FIRST_ERROR_REASON = 0x80;
    private static final Set<Integer> TRANSIENT = Set.of(
            (int) MqttClientException.REASON_CODE_CLIENT_NOT_CONNECTED,
            (int) MqttClientException.REASON_CODE_CONNECTION_LOST,
            (int) MqttClientException.REASON_CODE_CLIENT_DISCONNECTING,
            (int) MqttClientException.REASON_CODE_MAX_INFLIGHT,
            (int) MqttClientException.REASON_CODE_CONNECT_IN_PROGRESS,
            (int) MqttClientException.REASON_CODE_NO_MESSAGE_IDS_AVAILABLE);

    private final String brokerUri;
    private final String clientId;
    private final int maxInFlight;
    private final PublishStats stats;
    private final InFlightWindow window;
    private final ConcurrentHashMap<Long, SimulatedMessage> outstanding = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<SimulatedMessage> resend = new ConcurrentLinkedQueue<>();
    private final AtomicLong publishIds = new AtomicLong();
    private final ScheduledExecutorService reconnector;
    private final MqttActionListener deliveryListener = new DeliveryListener();
    private volatile boolean connected;
    private volatile boolean closing;
    private int reconnectAttempt;
    private MqttAsyncClient client;

    public PahoTelemetryPublisher(String brokerUri, String clientId, int maxInFlight, PublishStats stats) {
        this.brokerUri = brokerUri;
        this.clientId = clientId;
        this.maxInFlight = maxInFlight;
        this.stats = stats;
        this.window = new InFlightWindow(maxInFlight);
        this.reconnector = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pitwall-sim-reconnect-" + clientId);
            t.setDaemon(true);
            return t;
        });
    }

    /** One publisher per connection, client ids unique per run so that two simulators never take over each other's session. */
    public static TelemetryPublisher.Factory factory(SimulatorConfig config) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return (index, stats) -> new PahoTelemetryPublisher(
                config.brokerUri(), "pitwall-sim-" + run + "-" + index, config.maxInFlight(), stats);
    }

    @Override
    public void connect() {
        try {
            client = new MqttAsyncClient(brokerUri, clientId, new MemoryPersistence());
            client.setCallback(new ConnectionWatcher());
            IMqttToken token = client.connect(options());
            token.waitForCompletion(TimeUnit.SECONDS.toMillis(CONNECT_TIMEOUT_SECONDS));
            if (!token.isComplete() || token.getException() != null) {
                throw new MqttException(MqttClientException.REASON_CODE_CLIENT_TIMEOUT);
            }
            onConnected(token);
        } catch (MqttException | IllegalArgumentException e) {
            close();
            throw new SimulatorException("--broker: cannot connect to the MQTT broker at " + brokerUri + " ("
                    + e.getMessage() + "); is it running?", e);
        }
    }

    @Override
    public void publish(SimulatedMessage message) throws InterruptedException {
        resendLost(NO_DEADLINE);
        send(message, NO_DEADLINE);
    }

    @Override
    public boolean awaitAcknowledged(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (connected && !resendLost(deadline)) {
                return false;
            }
            if (outstanding.isEmpty() && resend.isEmpty()) {
                return true;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            window.awaitChange(Math.min(left, TimeUnit.MILLISECONDS.toNanos(WAIT_SLICE_MILLIS)), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public long unacknowledged() {
        return outstanding.size() + resend.size();
    }

    /** The in-flight limit in force: {@code maxInFlight} or the broker's Receive Maximum, whichever is lower. */
    public int inFlightLimit() {
        return window.limit();
    }

    @Override
    public void close() {
        closing = true;
        reconnector.shutdownNow();
        if (client == null) {
            return;
        }
        try {
            if (client.isConnected()) {
                client.disconnect(TimeUnit.SECONDS.toMillis(2)).waitForCompletion(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (MqttException e) {
            log.debug("{}: disconnect failed, closing anyway: {}", clientId, e.getMessage());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            log.debug("{}: close failed: {}", clientId, e.getMessage());
        }
    }

    private boolean resendLost(long deadlineNanos) throws InterruptedException {
        SimulatedMessage lost;
        while ((lost = resend.poll()) != null) {
            if (!send(lost, deadlineNanos)) {
                resend.add(lost);
                return false;
            }
        }
        return true;
    }

    /** Publishes once there is a connection and a free slot; {@code false} if the deadline passed first. */
    private boolean send(SimulatedMessage message, long deadlineNanos) throws InterruptedException {
        while (true) {
            if (deadlineNanos != NO_DEADLINE && System.nanoTime() - deadlineNanos > 0) {
                return false;
            }
            if (!connected) {
                window.awaitChange(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS); // onConnected wakes us
                continue;
            }
            if (!window.tryAcquire(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS)) {
                continue;
            }
            long id = publishIds.incrementAndGet();
            outstanding.put(id, message);
            try {
                client.publish(message.topic(), message.payload(), QOS, false, id, deliveryListener);
                return true;
            } catch (MqttException e) {
                if (outstanding.remove(id) != null) {
                    window.release();
                }
                if (!TRANSIENT.contains(e.getReasonCode())) {
                    throw new SimulatorException("cannot publish to " + brokerUri + " on " + message.topic() + ": " + e.getMessage(), e);
                }
                window.awaitChange(WAIT_SLICE_MILLIS, TimeUnit.MILLISECONDS);
            }
        }
    }

    private MqttConnectionOptions options() {
        MqttConnectionOptions o = new MqttConnectionOptions();
        o.setCleanStart(true);
        o.setSessionExpiryInterval(0L);
        o.setAutomaticReconnect(false); // our own loop, so that each CONNACK's Receive Maximum is read
        o.setKeepAliveInterval(KEEP_ALIVE_SECONDS);
        o.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS);
        if (brokerUri.startsWith("tcp://")) {
            o.setSocketFactory(new MqttSocketFactory());
        }
        return o;
    }

    private void onConnected(IMqttToken token) {
        MqttProperties props = token.getResponseProperties();
        Integer brokerLimit = props == null ? null : props.getReceiveMaximum();
        int limit = brokerLimit == null || brokerLimit <= 0 ? maxInFlight : Math.min(maxInFlight, brokerLimit);
        window.resize(limit);
        connected = true;
        window.wakeUp();
        log.info("{} connected to {}, in-flight limit {} (broker Receive Maximum {})", clientId, brokerUri, limit, brokerLimit);
    }

    private void scheduleReconnect() {
        if (closing) {
            return;
        }
        long delay = Math.min(MAX_RECONNECT_DELAY_MILLIS, 100L << Math.min(reconnectAttempt, 6));
        reconnectAttempt++;
        try {
            reconnector.schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closing
        }
    }

    private void reconnect() {
        if (closing || connected) {
            return;
        }
        try {
            client.connect(options(), null, new MqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    reconnectAttempt = 0;
                    stats.onReconnect();
                    log.info("{} reconnected to {}; re-sending {} unacknowledged messages", clientId, brokerUri, resend.size());
                    onConnected(token);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    log.debug("{}: reconnect to {} failed: {}", clientId, brokerUri, e.getMessage());
                    scheduleReconnect();
                }
            });
        } catch (MqttException e) {
            log.debug("{}: reconnect to {} failed: {}", clientId, brokerUri, e.getMessage());
            scheduleReconnect();
        }
    }

    /** Moves everything in flight to the re-send queue, oldest first. Each message is moved once. */
    private void requeueOutstanding() {
        List<Long> ids = new ArrayList<>(outstanding.keySet());
        ids.sort(null);
        for (Long id : ids) {
            requeue(id);
        }
    }

    private void requeue(Long id) {
        SimulatedMessage message = outstanding.remove(id);
        if (message != null) {
            window.release();
            resend.add(message);
            stats.onRetry();
        }
    }

    /** Completion of each publish: PUBACK, or failure when the connection went. */
    private final class DeliveryListener implements MqttActionListener {
        @Override
        public void onSuccess(IMqttToken token) {
            Long id = (Long) token.getUserContext();
            if (outstanding.remove(id) == null) {
                return; // already re-queued after a disconnect
            }
            window.release();
            int[] codes = token.getReasonCodes();
            if (codes != null && codes.length > 0 && codes[0] >= FIRST_ERROR_REASON) {
                stats.onRejected();
                log.warn("{}: broker refused a message on {} with reason code {}", clientId, token.getTopics(), codes[0]);
            } else {
                stats.onAcknowledged();
            }
        }

        @Override
        public void onFailure(IMqttToken token, Throwable e) {
            Long id = (Long) token.getUserContext();
            if (e instanceof MqttException me && me.getReasonCode() >= FIRST_ERROR_REASON
                    && me.getReasonCode() < MqttClientException.REASON_CODE_CLIENT_TIMEOUT) {
                if (outstanding.remove(id) != null) { // refused by the broker: sending again would not help
                    window.release();
                    stats.onRejected();
                    log.warn("{}: broker refused a message: {}", clientId, e.getMessage());
                }
                return;
            }
            requeue(id);
        }
    }

    /** Connection-level events. */
    private final class ConnectionWatcher implements MqttCallback {
        @Override
        public void disconnected(MqttDisconnectResponse response) {
            connected = false;
            if (closing) {
                return;
            }
            log.warn("{} lost its connection to {} ({}); reconnecting", clientId, brokerUri,
                    response.getException() != null ? response.getException().getMessage() : response.getReasonString());
            requeueOutstanding();
            window.wakeUp();
            scheduleReconnect();
        }

        @Override
        public void mqttErrorOccurred(MqttException e) {
            log.warn("{}: MQTT error: {}", clientId, e.getMessage());
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            // publish-only client
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
            // handled per message by DeliveryListener
        }

        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
        }
    }
}
