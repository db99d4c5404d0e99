package dev.pitwall.system;

import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;

/**
 * Ends persistent MQTT sessions a test created. On a shared broker (the machine's Mosquitto) a leftover
 * session in a shared-subscription group would keep receiving, and swallowing, a later run's messages.
 */
final class MqttSessions {

    private MqttSessions() {
    }

    static void discard(String serverUri, String clientId) {
        try {
            MqttClient client = new MqttClient(serverUri, clientId, new MemoryPersistence());
            MqttConnectionOptions options = new MqttConnectionOptions();
            options.setCleanStart(true);
            options.setSessionExpiryInterval(0L);
            client.connect(options);
            client.disconnect();
            client.close();
        } catch (MqttException e) {
            System.err.println("could not discard MQTT session " + clientId + ": " + e);
        }
    }
}
