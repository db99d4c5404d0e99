package dev.pitwall.ingest;

import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting of one ingest instance, with its default. The one source of truth: {@link IngestMain}
 * maps its options onto this record and the README's configuration table documents it.
 *
 * @param mqttServerUri      broker to subscribe to, {@code tcp://host:port} (TCP_NODELAY is set) or {@code ssl://host:port}
 * @param clientId           MQTT client id; must be stable across restarts (the persistent session hangs on it)
 *                           and unique per instance (a second connection with the same id evicts the first)
 * @param sharedGroup        shared-subscription group; instances in one group split the load
 * @param sessionExpiry      how long the broker keeps the session (subscription and queued messages) while
 *                           this instance is down
 * @param receiveMaximum     MQTT 5 Receive Maximum: unacknowledged QoS 1 messages the broker may have in flight
 *                           to this instance, hence the bound on work in progress inside ingest
 * @param keepAlive          MQTT keep-alive interval
 * @param reconnectMinDelay  first delay of the exponential reconnect backoff
 * @param reconnectMaxDelay  cap of the exponential reconnect backoff
 * @param kafkaBootstrapServers Kafka {@code bootstrap.servers}
 * @param producerOverrides  Kafka producer properties that replace ingest's defaults ({@link KafkaProducerSettings})
 * @param workerThreads      threads that validate and hand payloads to Kafka; a VIN always goes to the same one,
 *                           which keeps each vehicle's order
 * @param metricsPort        port of the {@code /metrics} and {@code /health} HTTP endpoint; {@code null} disables
 *                           it, 0 picks a free port
 * @param startTimeout       how long {@link IngestService#start()} keeps trying to reach the broker
 * @param shutdownTimeout    how long a graceful stop waits for Kafka to acknowledge what is in flight
 */
public record IngestConfig(
        String mqttServerUri,
        String clientId,
        String sharedGroup,
        Duration sessionExpiry,
        int receiveMaximum,
        Duration keepAlive,
        Duration reconnectMinDelay,
        Duration reconnectMaxDelay,
        String kafkaBootstrapServers,
        Map<String, String> producerOverrides,
        int workerThreads,
        Integer metricsPort,
        Duration startTimeout,
        Duration shutdownTimeout) {

    public static final String DEFAULT_MQTT_SERVER_URI = "tcp://127.0.0.1:1883";
    public static final String DEFAULT_SHARED_GROUP = MqttTelemetryTopic.DEFAULT_GROUP;
    public static final Duration DEFAULT_SESSION_EXPIRY = Duration.ofDays(1);
    /** Enough to keep Kafka batches full at a few thousand msg/s while bounding memory to a few MB. */
    public static final int DEFAULT_RECEIVE_MAXIMUM = 2_000;
    public static final Duration DEFAULT_KEEP_ALIVE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RECONNECT_MIN_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_RECONNECT_MAX_DELAY = Duration.ofSeconds(60);
    public static final String DEFAULT_KAFKA_BOOTSTRAP_SERVERS = "127.0.0.1:9092";
    public static final int DEFAULT_WORKER_THREADS = 2;
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    /** MQTT 5 caps Receive Maximum at 65,535 (two-byte integer). */
    private static final int MAX_RECEIVE_MAXIMUM = 65_535;

    public IngestConfig {
        requireText(mqttServerUri, "mqttServerUri", "a broker URI such as tcp://127.0.0.1:1883");
        if (!mqttServerUri.startsWith("tcp://") && !mqttServerUri.startsWith("ssl://")) {
            throw new IllegalArgumentException(
                    "mqttServerUri: expected tcp://host:port or ssl://host:port, got '" + mqttServerUri + "'");
        }
        requireText(clientId, "clientId", "a stable, unique MQTT client id");
        requireText(sharedGroup, "sharedGroup", "a shared-subscription group name");
        if (sharedGroup.contains("/") || sharedGroup.contains("+") || sharedGroup.contains("#")) {
            throw new IllegalArgumentException(
                    "sharedGroup: expected a name without '/', '+' or '#', got '" + sharedGroup + "'");
        }
        requirePositive(sessionExpiry, "sessionExpiry");
        if (sessionExpiry.toSeconds() > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("sessionExpiry: expected at most 4294967295 s, got " + sessionExpiry);
        }
        if (receiveMaximum < 1 || receiveMaximum > MAX_RECEIVE_MAXIMUM) {
            throw new IllegalArgumentException(
                    "receiveMaximum: expected 1.." + MAX_RECEIVE_MAXIMUM + ", got " + receiveMaximum);
        }
        requirePositive(keepAlive, "keepAlive");
        requirePositive(reconnectMinDelay, "reconnectMinDelay");
        requirePositive(reconnectMaxDelay, "reconnectMaxDelay");
        if (reconnectMaxDelay.compareTo(reconnectMinDelay) < 0) {
            throw new IllegalArgumentException("reconnectMaxDelay: expected at least reconnectMinDelay ("
                    + reconnectMinDelay + "), got " + reconnectMaxDelay);
        }
        requireText(kafkaBootstrapServers, "kafkaBootstrapServers", "host:port[,host:port...]");
        producerOverrides = Map.copyOf(producerOverrides == null ? Map.of() : producerOverrides);
        if (workerThreads < 1) {
            throw new IllegalArgumentException("workerThreads: expected at least 1, got " + workerThreads);
        }
        if (metricsPort != null && (metricsPort < 0 || metricsPort > 65_535)) {
            throw new IllegalArgumentException("metricsPort: expected 0..65535 (0 = any free port), got " + metricsPort);
        }
        requirePositive(startTimeout, "startTimeout");
        requirePositive(shutdownTimeout, "shutdownTimeout");
    }

    /** All defaults; the client id is derived from the host name, instance 0. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The topic filter this instance subscribes to. */
    public String subscription() {
        return MqttTelemetryTopic.sharedSubscription(sharedGroup);
    }

    /**
     * {@code <host>-ingest-<instance>}: stable across restarts of the same instance on the same host (a
     * Kubernetes StatefulSet pod name is a good host name), different between instances.
     */
    public static String defaultClientId(int instance) {
        if (instance < 0) {
            throw new IllegalArgumentException("instance: expected an index >= 0, got " + instance);
        }
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "localhost";
            }
        }
        String safe = host.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return safe + "-ingest-" + instance;
    }

    private static void requireText(String value, String name, String expected) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": expected " + expected + ", got '" + value + "'");
        }
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": expected a positive duration, got " + value);
        }
    }

    /** Mutable builder pre-filled with the defaults above. */
    public static final class Builder {
        private String mqttServerUri = DEFAULT_MQTT_SERVER_URI;
        private String clientId;
        private String sharedGroup = DEFAULT_SHARED_GROUP;
        private Duration sessionExpiry = DEFAULT_SESSION_EXPIRY;
        private int receiveMaximum = DEFAULT_RECEIVE_MAXIMUM;
        private Duration keepAlive = DEFAULT_KEEP_ALIVE;
        private Duration reconnectMinDelay = DEFAULT_RECONNECT_MIN_DELAY;
        private Duration reconnectMaxDelay = DEFAULT_RECONNECT_MAX_DELAY;
        private String kafkaBootstrapServers = DEFAULT_KAFKA_BOOTSTRAP_SERVERS;
        private Map<String, String> producerOverrides = Map.of();
        private int workerThreads = DEFAULT_WORKER_THREADS;
        private Integer metricsPort;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;
        private Duration shutdownTimeout = DEFAULT_SHUTDOWN_TIMEOUT;

        private Builder() {
        }

        private Builder(IngestConfig c) {
            mqttServerUri = c.mqttServerUri;
            clientId = c.clientId;
            sharedGroup = c.sharedGroup;
            sessionExpiry = c.sessionExpiry;
            receiveMaximum = c.receiveMaximum;
            keepAlive = c.keepAlive;
            reconnectMinDelay = c.reconnectMinDelay;
            reconnectMaxDelay = c.reconnectMaxDelay;
            kafkaBootstrapServers = c.kafkaBootstrapServers;
            producerOverrides = c.producerOverrides;
            workerThreads = c.workerThreads;
            metricsPort = c.metricsPort;
            startTimeout = c.startTimeout;
            shutdownTimeout = c.shutdownTimeout;
        }

        public Builder mqttServerUri(String v) { mqttServerUri = v; return this; }
        public Builder clientId(String v) { clientId = v; return this; }
        public Builder sharedGroup(String v) { sharedGroup = v; return this; }
        public Builder sessionExpiry(Duration v) { sessionExpiry = v; return this; }
        public Builder receiveMaximum(int v) { receiveMaximum = v; return this; }
        public Builder keepAlive(Duration v) { keepAlive = v; return this; }
        public Builder reconnectMinDelay(Duration v) { reconnectMinDelay = v; return this; }
        public Builder reconnectMaxDelay(Duration v) { reconnectMaxDelay = v; return this; }
        public Builder kafkaBootstrapServers(String v) { kafkaBootstrapServers = v; return this; }
        public Builder producerOverrides(Map<String, String> v) { producerOverrides = v; return this; }
        public Builder workerThreads(int v) { workerThreads = v; return this; }
        public Builder metricsPort(Integer v) { metricsPort = v; return this; }
        public Builder startTimeout(Duration v) { startTimeout = v; return this; }
        public Builder shutdownTimeout(Duration v) { shutdownTimeout = v; return this; }

        public IngestConfig build() {
            return new IngestConfig(mqttServerUri, clientId == null ? defaultClientId(0) : clientId, sharedGroup,
                    sessionExpiry, receiveMaximum, keepAlive, reconnectMinDelay, reconnectMaxDelay,
                    kafkaBootstrapServers, producerOverrides, workerThreads, metricsPort, startTimeout,
                    shutdownTimeout);
        }
    }
}
