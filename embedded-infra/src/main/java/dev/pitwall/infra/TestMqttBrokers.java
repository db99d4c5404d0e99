package dev.pitwall.infra;

/**
 * The MQTT broker integration tests talk to. System property {@code pitwall.test.mqtt} chooses it:
 * {@code embedded} (default: a fresh HiveMQ CE per call) or the URI of a running broker, e.g.
 * {@code tcp://127.0.0.1:1883} for the machine's Mosquitto.
 */
public final class TestMqttBrokers {

    public static final String PROPERTY = "pitwall.test.mqtt";

    private TestMqttBrokers() {
    }

    /** A broker to use for one test class; closing it stops it when it is embedded. */
    public static Broker open() {
        String target = System.getProperty(PROPERTY, "embedded");
        if ("embedded".equals(target)) {
            EmbeddedMqttBroker broker = EmbeddedMqttBroker.startTemporary();
            return new Broker(broker.serverUri(), "embedded HiveMQ CE", broker);
        }
        return new Broker(target, "external broker at " + target, null);
    }

    public static boolean isEmbedded() {
        return "embedded".equals(System.getProperty(PROPERTY, "embedded"));
    }

    /** A broker's address; {@code embedded} is null for an external broker, which tests never stop. */
    public record Broker(String serverUri, String description, EmbeddedMqttBroker embedded) implements AutoCloseable {
        @Override
        public void close() {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
