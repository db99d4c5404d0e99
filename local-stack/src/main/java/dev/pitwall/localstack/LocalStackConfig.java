package dev.pitwall.localstack;

import dev.pitwall.simulator.vehicle.ScriptedFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the local stack can be told, with its defaults in one place. Ports sit in a Pitwall range
 * (19xxx) so they never collide with a developer's own Mosquitto (1883), PostgreSQL (5432), Kafka (9092)
 * or Flink (8081); only the API keeps the customary 8080.
 *
 * @param externalMqttUri a running MQTT broker to use instead of the embedded HiveMQ, or {@code null}
 * @param scriptedFailures simulated vehicles whose part fails at a set time (demos, the prediction end-to-end test)
 * @param sampleInterval  how often each simulated vehicle reports, in simulated time; with a high time scale a longer
 *                        interval keeps the message rate down
 * @param simulationStart the simulated clock's start, or {@code null} for now; a fixed start makes a run repeatable
 * @param smtp            the SMTP server the API sends e-mail through, or {@code null}: e-mail off, e-mail messages
 *                        wait (PENDING) until a stack with SMTP runs
 * @param apiProperties   Spring properties for the in-process API, applied after (and over) the stack's own, e.g.
 *                        {@code pitwall.prompts.poll-interval} for a test; empty for the defaults
 */
public record LocalStackConfig(
        Path dataDir,
        int apiPort,
        int mqttPort,
        int kafkaPort,
        int kafkaControllerPort,
        int postgresPort,
        int flinkUiPort,
        int ingestMetricsPort,
        int vehicles,
        double timeScale,
        long seed,
        boolean simulator,
        String externalMqttUri,
        List<ScriptedFailure> scriptedFailures,
        Duration sampleInterval,
        Instant simulationStart,
        Smtp smtp,
        Map<String, String> apiProperties) {

    /** Each simulated vehicle reports this often, in simulated time. */
    public static final Duration DEFAULT_SAMPLE_INTERVAL = Duration.ofSeconds(10);

    public LocalStackConfig {
        scriptedFailures = scriptedFailures == null ? List.of() : List.copyOf(scriptedFailures);
        sampleInterval = sampleInterval == null ? DEFAULT_SAMPLE_INTERVAL : sampleInterval;
        apiProperties = apiProperties == null ? Map.of() : Map.copyOf(apiProperties);
    }

    /** Without SMTP (e-mail off) and without extra API properties. */
    public LocalStackConfig(Path dataDir, int apiPort, int mqttPort, int kafkaPort, int kafkaControllerPort,
            int postgresPort, int flinkUiPort, int ingestMetricsPort, int vehicles, double timeScale, long seed,
            boolean simulator, String externalMqttUri, List<ScriptedFailure> scriptedFailures, Duration sampleInterval,
            Instant simulationStart) {
        this(dataDir, apiPort, mqttPort, kafkaPort, kafkaControllerPort, postgresPort, flinkUiPort, ingestMetricsPort,
                vehicles, timeScale, seed, simulator, externalMqttUri, scriptedFailures, sampleInterval,
                simulationStart, null, Map.of());
    }

    /**
     * An SMTP server for the API's e-mail notifications (spring.mail.host and port), without authentication: a
     * development mail catcher such as GreenMail or Mailpit.
     */
    public record Smtp(String host, int port) {

        public Smtp {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("smtp host: expected a host name or address, got '" + host + "'");
            }
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("smtp port: expected 1 to 65535, got " + port);
            }
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    /** This configuration with e-mail sent through {@code smtp} ({@code null}: e-mail off). */
    public LocalStackConfig withSmtp(Smtp smtp) {
        return new LocalStackConfig(dataDir, apiPort, mqttPort, kafkaPort, kafkaControllerPort, postgresPort,
                flinkUiPort, ingestMetricsPort, vehicles, timeScale, seed, simulator, externalMqttUri, scriptedFailures,
                sampleInterval, simulationStart, smtp, apiProperties);
    }

    /** This configuration with these Spring properties for the API, over the stack's own. */
    public LocalStackConfig withApiProperties(Map<String, String> properties) {
        return new LocalStackConfig(dataDir, apiPort, mqttPort, kafkaPort, kafkaControllerPort, postgresPort,
                flinkUiPort, ingestMetricsPort, vehicles, timeScale, seed, simulator, externalMqttUri, scriptedFailures,
                sampleInterval, simulationStart, smtp, properties);
    }

    public static final Path DEFAULT_DATA_DIR = Path.of("pitwall-data");
    public static final int DEFAULT_API_PORT = 8080;
    public static final int DEFAULT_MQTT_PORT = 19883;
    public static final int DEFAULT_KAFKA_PORT = 19092;
    public static final int DEFAULT_KAFKA_CONTROLLER_PORT = 19093;
    public static final int DEFAULT_POSTGRES_PORT = 19432;
    public static final int DEFAULT_FLINK_UI_PORT = 19081;
    public static final int DEFAULT_INGEST_METRICS_PORT = 19400;
    public static final int DEFAULT_VEHICLES = 100;
    /** One simulated minute per real second: trips, refuelling and parking show within minutes. */
    public static final double DEFAULT_TIME_SCALE = 60;
    public static final long DEFAULT_SEED = 42;
    /** The SMTP port when only a host is given. */
    public static final int DEFAULT_SMTP_PORT = 25;

    public static LocalStackConfig defaults() {
        return new LocalStackConfig(DEFAULT_DATA_DIR, DEFAULT_API_PORT, DEFAULT_MQTT_PORT, DEFAULT_KAFKA_PORT,
                DEFAULT_KAFKA_CONTROLLER_PORT, DEFAULT_POSTGRES_PORT, DEFAULT_FLINK_UI_PORT,
                DEFAULT_INGEST_METRICS_PORT, DEFAULT_VEHICLES, DEFAULT_TIME_SCALE, DEFAULT_SEED, true, null, List.of(),
                DEFAULT_SAMPLE_INTERVAL, null, null, Map.of());
    }

    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    public Path mqttDir() {
        return dataDir.resolve("mqtt");
    }

    /** The simulator's ground truth (fleet.csv, ground-truth.csv): what really failed, to compare predictions with. */
    public Path groundTruthDir() {
        return dataDir.resolve("ground-truth");
    }

    public Path flinkCheckpointDir() {
        return dataDir.resolve("flink-checkpoints");
    }

    /**
     * Where the stream job looks for failure-prediction model bundles ({@code pitwall-model-*.zip}, newest by
     * name wins); a bundle put there is picked up while the platform runs.
     */
    public Path modelDir() {
        return dataDir.resolve("models");
    }
}
