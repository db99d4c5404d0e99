package dev.pitwall.system;

import dev.pitwall.core.topic.Topic;
import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.EmbeddedKafka;
import dev.pitwall.infra.TestDatabases;
import dev.pitwall.infra.TestMqttBrokers;
import dev.pitwall.simulator.Manifest;
import dev.pitwall.storage.SchemaMigrator;
import dev.pitwall.stream.PipelineSettings;
import dev.pitwall.stream.TelemetryPipelineJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The real chain for one test: an MQTT broker (embedded HiveMQ, or the machine's Mosquitto with
 * -Dpitwall.test.mqtt), a Kafka broker, a PostgreSQL database (embedded, or the machine's with
 * -Dpitwall.test.jdbc) and the Flink job on a local cluster. Ingest is started by the test, in this JVM or
 * as a separate process, because some tests kill it.
 */
final class Pipeline implements AutoCloseable {

    /** Unique per run: several runs against one shared Mosquitto must not split each other's messages. */
    final String mqttGroup = "it-" + UUID.randomUUID().toString().substring(0, 8);
    final EmbeddedKafka kafka;
    final TestMqttBrokers.Broker broker;
    final String jdbcUrl;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private final Set<String> ingestClientIds = new HashSet<>();
    private JobClient job;
    private StreamExecutionEnvironment env;

    private Pipeline(EmbeddedKafka kafka, TestMqttBrokers.Broker broker, String jdbcUrl) {
        this.kafka = kafka;
        this.broker = broker;
        this.jdbcUrl = jdbcUrl;
    }

    static Pipeline start() {
        EmbeddedKafka kafka = EmbeddedKafka.startTemporary();
        kafka.createTopics(Topics.ALL.stream().map(Topic::name).toList(), 4);
        String jdbcUrl = TestDatabases.createDatabase();
        SchemaMigrator.migrate(jdbcUrl, null, null);
        return new Pipeline(kafka, TestMqttBrokers.open(), jdbcUrl);
    }

    /** Starts the Flink job with test-friendly timings; {@code tune} may change any other setting. */
    Pipeline startStreamJob(UnaryOperator<List<String>> tune) throws Exception {
        Path checkpoints = Files.createTempDirectory("pitwall-it-checkpoints");
        List<String> args = new ArrayList<>(List.of(
                "--kafka-bootstrap", kafka.bootstrapServers(),
                "--jdbc-url", jdbcUrl,
                "--checkpoint-dir", checkpoints.toUri().toString(),
                "--checkpoint-interval", "1 s",
                "--parallelism", "2",
                "--restart-initial-backoff", "200 ms",
                "--restart-max-backoff", "2 s"));
        PipelineSettings settings = PipelineSettings.resolve(Map.of(), tune.apply(args).toArray(String[]::new));
        Configuration conf = settings.flinkConfiguration();
        env = StreamExecutionEnvironment.createLocalEnvironment(conf);
        env.setParallelism(2);
        TelemetryPipelineJob.production(settings).build(env);
        job = env.executeAsync(TelemetryPipelineJob.JOB_NAME);
        return this;
    }

    Pipeline startStreamJob() throws Exception {
        return startStreamJob(UnaryOperator.identity());
    }

    /** Registers something to close with the pipeline (ingest, simulator, proxies), newest first. */
    <T extends AutoCloseable> T track(T resource) {
        resources.add(0, resource);
        return resource;
    }

    Set<Manifest.MessageKey> storedTelemetryKeys() throws SQLException {
        Set<Manifest.MessageKey> keys = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT vin, seq FROM telemetry")) {
            while (rs.next()) {
                keys.add(new Manifest.MessageKey(rs.getString(1), rs.getLong(2)));
            }
        }
        return keys;
    }

    long count(String sql) {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1; // the database may be unreachable on purpose in outage tests
        }
    }

    long telemetryRows() {
        return count("SELECT count(*) FROM telemetry");
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("closing " + resource + " failed: " + e);
            }
        }
        if (job != null) {
            try {
                job.cancel().get();
            } catch (Exception e) {
                System.err.println("cancelling the Flink job failed: " + e);
            }
            env.close();
        }
        for (String clientId : ingestClientIds) {
            MqttSessions.discard(broker.serverUri(), clientId);
        }
        broker.close();
        kafka.close();
    }

    /** The MQTT client id of ingest instance {@code n} in this run; its session is discarded at the end. */
    String ingestClientId(int n) {
        String id = mqttGroup + "-ingest-" + n;
        ingestClientIds.add(id);
        return id;
    }
}
