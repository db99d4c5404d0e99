package dev.pitwall.ingest;

import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;

/**
 * Removes persistent sessions a test created. The machine's Mosquitto is shared and keeps sessions (and their
 * shared subscriptions, which would take a share of later runs' messages) until told otherwise.
 */
final class MqttSessions {

    private MqttSessions() {
    }

    static void clean(String serverUri, String... clientIds) {
        for (String clientId : clientIds) {
            try {
                var client = new MqttAsyncClient(serverUri, clientId, new MemoryPersistence());
                var options = new MqttConnectionOptions();
                options.setCleanStart(true);
                options.setSessionExpiryInterval(0L);
                client.connect(options).waitForCompletion(10_000);
                client.disconnect().waitForCompletion(5_000);
                client.close(true);
            } catch (MqttException e) {
                System.err.println("could not clean MQTT session " + clientId + ": " + e);
            }
        }
    }
}
