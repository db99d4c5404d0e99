package dev.pitwall.simulator;

import dev.pitwall.core.telemetry.DecodeResult;
import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;

/**
 * Test subscriber for exactly the given vehicles' topics (so runs on a shared broker never see each other's
 * messages). Decodes the arrivals with the wire codec, as ingest would, on the test's thread: the callback
 * only queues them, because a slow subscriber makes Mosquitto drop QoS 1 messages beyond its queue limit.
 */
final class TelemetrySubscriber implements AutoCloseable {

    private static final TelemetryCodec CODEC = new TelemetryCodec();

    private record Arrival(String topic, byte[] payload) {
    }

    private final MqttAsyncClient client;
    private final ConcurrentLinkedQueue<Arrival> undecoded = new ConcurrentLinkedQueue<>();
    private final AtomicInteger count = new AtomicInteger();
    private final Set<Manifest.MessageKey> validKeys = new HashSet<>();
    private final Map<String, Long> malformedPerVin = new HashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private long validCopies;

    TelemetrySubscriber(String brokerUri, List<String> vins) throws MqttException {
        client = new MqttAsyncClient(brokerUri, "pitwall-sim-test-" + UUID.randomUUID(), new MemoryPersistence());
        client.setCallback(new MqttCallback() {
            @Override
            public void messageArrived(String topic, MqttMessage message) {
                undecoded.add(new Arrival(topic, message.getPayload()));
                count.incrementAndGet();
            }

            @Override
            public void disconnected(MqttDisconnectResponse response) {
            }

            @Override
            public void mqttErrorOccurred(MqttException exception) {
            }

            @Override
            public void deliveryComplete(IMqttToken token) {
            }

            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
            }

            @Override
            public void authPacketArrived(int reasonCode, MqttProperties properties) {
            }
        });
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setCleanStart(true);
        client.connect(options).waitForCompletion(10_000);
        MqttSubscription[] subscriptions = vins.stream()
                .map(vin -> new MqttSubscription(MqttTelemetryTopic.forVin(vin), MqttTelemetryTopic.QOS))
                .toArray(MqttSubscription[]::new);
        client.subscribe(subscriptions).waitForCompletion(10_000);
    }

    int count() {
        return count.get();
    }

    /** Distinct (vin, seq) of the valid messages received. */
    synchronized Set<Manifest.MessageKey> validKeys() {
        decodeArrivals();
        return Set.copyOf(validKeys);
    }

    synchronized int distinctValid() {
        decodeArrivals();
        return validKeys.size();
    }

    /** Valid messages received, counting every copy. */
    synchronized long validCopies() {
        decodeArrivals();
        return validCopies;
    }

    synchronized Map<String, Long> malformedPerVin() {
        decodeArrivals();
        return Map.copyOf(malformedPerVin);
    }

    /** Messages whose payload VIN differs from their topic's. */
    synchronized List<String> mismatches() {
        decodeArrivals();
        return List.copyOf(mismatches);
    }

    private void decodeArrivals() {
        Arrival a;
        while ((a = undecoded.poll()) != null) {
            String topicVin = MqttTelemetryTopic.vinOf(a.topic());
            if (CODEC.decode(a.payload()) instanceof DecodeResult.Valid valid) {
                Telemetry t = valid.telemetry();
                if (!t.vin().equals(topicVin)) {
                    mismatches.add(a.topic() + " carried " + t.vin());
                }
                validKeys.add(new Manifest.MessageKey(t.vin(), t.seq()));
                validCopies++;
            } else {
                malformedPerVin.merge(topicVin, 1L, Long::sum);
            }
        }
    }

    @Override
    public void close() throws MqttException {
        client.disconnect().waitForCompletion(5_000);
        client.close();
    }
}
