package dev.pitwall.localstack;

import dev.pitwall.api.PitwallApiApplication;
import dev.pitwall.api.security.DevelopmentTokens;
import dev.pitwall.api.security.Role;
import dev.pitwall.core.topic.Topic;
import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.EmbeddedDatabase;
import dev.pitwall.infra.EmbeddedKafka;
import dev.pitwall.infra.EmbeddedMqttBroker;
import dev.pitwall.infra.Ports;
import dev.pitwall.ingest.IngestConfig;
import dev.pitwall.ingest.IngestService;
import dev.pitwall.simulator.FleetGenerator;
import dev.pitwall.simulator.FleetSimulator;
import dev.pitwall.simulator.SimulatorConfig;
import dev.pitwall.storage.SchemaMigrator;
import dev.pitwall.stream.PipelineSettings;
import dev.pitwall.stream.TelemetryPipelineJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in one process: PostgreSQL, Kafka, an MQTT broker, the Flink job, ingest, the API and
 * the simulator, started in dependency order and stopped in reverse. For development machines only.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalStack.class);
    /**
     * Flink's slots in the local environment: more than the reference machine's 2 cores on purpose. The sinks
     * wait on PostgreSQL round trips in the task threads; with 2 subtasks those waits left the cores idle while
     * the backlog grew (5,000 msg/s: p99 3.1 s at 4, 1.8 s at 8; docs/benchmarks.md).
     */
    private static final int FLINK_PARALLELISM = 8;
    /** One partition per subtask, as docker-compose creates them. */
    private static final int TOPIC_PARTITIONS = FLINK_PARALLELISM;
    /** Room for a billion messages per vehicle and run (ten years at one message a second). */
    static final long SEQS_PER_RUN = 1_000_000_000L;

    private final LocalStackConfig config;
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private String jdbcUrl;
    private String mqttUri;
    private String kafkaBootstrap;
    private String devTokenSecret;
    private int apiPort;
    private FleetSimulator simulator;

    private LocalStack(LocalStackConfig config) {
        this.config = config;
    }

    /** Starts everything; on any failure stops what already runs and rethrows. */
    public static LocalStack start(LocalStackConfig config) {
        LocalStack stack = new LocalStack(config);
        try {
            stack.startAll();
            return stack;
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startAll() {
        checkPortsFree();
        createDirectories(config.dataDir());
        createDirectories(config.modelDir());
        long t0 = System.nanoTime();

        EmbeddedDatabase db = step("PostgreSQL", () -> EmbeddedDatabase.start(config.postgresDir(), config.postgresPort()));
        jdbcUrl = db.jdbcUrl("postgres");
        run("schema", () -> SchemaMigrator.migrate(jdbcUrl, null, null));

        EmbeddedKafka kafka = step("Kafka", () -> EmbeddedKafka.start(config.kafkaDir(), config.kafkaPort(),
                config.kafkaControllerPort()));
        kafkaBootstrap = kafka.bootstrapServers();
        kafka.createTopics(Topics.ALL.stream().map(Topic::name).toList(), TOPIC_PARTITIONS);

        if (config.externalMqttUri() != null) {
            mqttUri = config.externalMqttUri();
            LOG.info("using the MQTT broker at {}", mqttUri);
        } else {
            EmbeddedMqttBroker mqtt = step("MQTT broker",
                    () -> EmbeddedMqttBroker.start(config.mqttDir(), config.mqttPort(), true));
            mqttUri = mqtt.serverUri();
        }

        step("Flink job", this::startFlinkJob);
        step("ingest", () -> new IngestService(IngestConfig.builder()
                .mqttServerUri(mqttUri)
                .kafkaBootstrapServers(kafkaBootstrap)
                .clientId("pitwall-local-ingest")
                .metricsPort(config.ingestMetricsPort())
                .build()).start());

        devTokenSecret = devTokenSecret(config.dataDir());
        Map<String, Object> apiProperties = new LinkedHashMap<>(Map.of(
                "spring.datasource.url", jdbcUrl,
                "pitwall.security.dev-token.secret", devTokenSecret,
                // the outbox relay publishes service records and consents for the stream job
                "pitwall.outbox.kafka-bootstrap", kafkaBootstrap,
                "server.port", config.apiPort(),
                "logging.config", "classpath:logback-local-stack.xml",
                // the local stack stops the API itself, before the database it reads
                "spring.main.register-shutdown-hook", false,
                "logging.register-shutdown-hook", false,
                "spring.main.banner-mode", "off"));
        // the demo subscriptions' plans, priced for renewal offers
        DemoData.PLAN_PRICES.forEach((plan, price) -> apiProperties.put("pitwall.renewals.plan-prices[" + plan + "]",
                price));
        // unsubscribe links in e-mails lead to this API
        apiProperties.put("pitwall.notifications.public-base-url", "http://localhost:" + config.apiPort());
        if (config.smtp() != null) {
            apiProperties.put("spring.mail.host", config.smtp().host());
            apiProperties.put("spring.mail.port", config.smtp().port());
            // the API refuses e-mail without it: links in e-mails already sent must keep working after a restart
            apiProperties.put("pitwall.notifications.unsubscribe.secret", unsubscribeSecret(config.dataDir()));
            LOG.info("e-mail to subscribers goes through the SMTP server at {}", config.smtp());
        }
        apiProperties.putAll(config.apiProperties());
        ConfigurableApplicationContext api = step("API", () -> PitwallApiApplication.start(apiProperties));
        apiPort = Integer.parseInt(api.getEnvironment().getProperty("local.server.port"));

        if (config.simulator()) {
            simulator = step("simulator", () -> {
                FleetSimulator sim = new FleetSimulator(SimulatorConfig.builder()
                        .brokerUri(mqttUri)
                        .vehicles(config.vehicles())
                        .seed(config.seed())
                        .timeScale(config.timeScale())
                        .sampleInterval(config.sampleInterval())
                        .firstSeq(nextSimulatorRun(config.dataDir()) * SEQS_PER_RUN)
                        .scriptedFailures(config.scriptedFailures())
                        .groundTruthDir(config.groundTruthDir())
                        .startTime(config.simulationStart())
                        .build());
                sim.start();
                return sim;
            });
            seedDemoDataOnFirstStart();
        }
        LOG.info("Pitwall is up in {} s", Duration.ofNanos(System.nanoTime() - t0).toMillis() / 1000.0);
    }

    /**
     * Consents, annual inspections and one scripted vehicle ({@link DemoData}), so that leads and offers show
     * within minutes; once per data directory, since restarts must not add service records.
     */
    private void seedDemoDataOnFirstStart() {
        Path marker = config.dataDir().resolve("demo-data-seeded");
        if (Files.exists(marker)) {
            return;
        }
        SimulatorConfig resolved = simulator.config();
        DemoData demo = new DemoData(apiUrl(), token(Role.OPERATOR, Duration.ofMinutes(10)));
        run("demo data", () -> demo.seedFleet(FleetGenerator.members(resolved), resolved.startTime()));
        // the service records follow in the background, as the vehicles report for the first time
        demo.startDemoVehicle(mqttUri, resolved.startTime(), config.timeScale());
        try {
            Files.writeString(marker, resolved.startTime() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }

    private AutoCloseable startFlinkJob() throws Exception {
        PipelineSettings settings = PipelineSettings.resolve(Map.of(), new String[] {
                "--kafka-bootstrap", kafkaBootstrap,
                "--jdbc-url", jdbcUrl,
                "--checkpoint-dir", config.flinkCheckpointDir().toUri().toString(),
                "--model", config.modelDir().toAbsolutePath().toString(),
                "--parallelism", String.valueOf(FLINK_PARALLELISM)});
        Configuration conf = settings.flinkConfiguration();
        RetainedCheckpoints.newest(config.flinkCheckpointDir()).ifPresent(checkpoint -> {
            LOG.info("resuming the Flink job from {}", checkpoint);
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, checkpoint.toUri().toString());
        });
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.PORT, config.flinkUiPort());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(conf);
        env.setParallelism(FLINK_PARALLELISM);
        TelemetryPipelineJob.production(settings).build(env);
        JobClient job = env.executeAsync(TelemetryPipelineJob.JOB_NAME);
        return () -> {
            job.cancel().get();
            env.close();
        };
    }

    private void checkPortsFree() {
        Ports.requireFree(config.apiPort(), "API", "--api-port");
        Ports.requireFree(config.flinkUiPort(), "Flink web UI", "--flink-ui-port");
        Ports.requireFree(config.ingestMetricsPort(), "ingest metrics", "--ingest-metrics-port");
        // PostgreSQL, Kafka and MQTT check their own ports as they start
    }

    /** Runs one start-up step, remembers it for shutdown, and logs how long it took. */
    private <T extends AutoCloseable> T step(String name, CheckedSupplier<T> start) {
        long t0 = System.nanoTime();
        try {
            T component = start.get();
            running.push(new Named(name, component));
            LOG.info("started {} in {} ms", name, Duration.ofNanos(System.nanoTime() - t0).toMillis());
            return component;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(name + " did not start: " + e.getMessage(), e);
        }
    }

    private void run(String name, Runnable action) {
        long t0 = System.nanoTime();
        action.run();
        LOG.info("{} ready in {} ms", name, Duration.ofNanos(System.nanoTime() - t0).toMillis());
    }

    /**
     * Counts local-stack starts in the data directory. Each start's simulator numbers its seqs from
     * {@code run * SEQS_PER_RUN}, so (vin, seq) never repeats across restarts: a repeat would be dropped as
     * a duplicate by the restored Flink state. Counted at start, so a crashed run is never reused.
     */
    static long nextSimulatorRun(Path dataDir) {
        Path file = dataDir.resolve("simulator-runs");
        try {
            long run = Files.exists(file) ? Long.parseLong(Files.readString(file).trim()) + 1 : 0;
            Files.writeString(file, Long.toString(run));
            return run;
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot count simulator runs in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file in the data directory that holds the development token secret. */
    static final String DEV_TOKEN_SECRET_FILE = "dev-token-secret";

    /** The development token secret, kept in the data directory so tokens survive a restart. */
    static String devTokenSecret(Path dataDir) {
        return keptSecret(dataDir.resolve(DEV_TOKEN_SECRET_FILE), "the development token secret");
    }

    /** The file in the data directory that holds the key of the e-mails' unsubscribe links. */
    static final String UNSUBSCRIBE_SECRET_FILE = "unsubscribe-secret";

    /** The unsubscribe links' key, kept in the data directory so links in e-mails survive a restart. */
    static String unsubscribeSecret(Path dataDir) {
        return keptSecret(dataDir.resolve(UNSUBSCRIBE_SECRET_FILE), "the unsubscribe link secret");
    }

    /** The secret in {@code file}, or a new random one (48 bytes, base64url) written there. */
    private static String keptSecret(Path file, String what) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            byte[] bytes = new byte[48];
            new SecureRandom().nextBytes(bytes);
            String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            Files.writeString(file, secret);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep " + what + " in " + file, e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create data directory " + dir, e);
        }
    }

    public String apiUrl() {
        return "http://127.0.0.1:" + apiPort;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String mqttUri() {
        return mqttUri;
    }

    public String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    public String flinkUiUrl() {
        return "http://127.0.0.1:" + config.flinkUiPort();
    }

    public LocalStackConfig config() {
        return config;
    }

    /** A fresh development token for {@code role}, valid for {@code ttl}. */
    public String token(Role role, Duration ttl) {
        return token(role, TokenCommand.subjectFor(null, List.of(role)), ttl);
    }

    /** A fresh development token for {@code role} speaking for {@code subject} (for SUBSCRIBER: a subscriber id). */
    public String token(Role role, String subject, Duration ttl) {
        return new DevelopmentTokens(devTokenSecret).issue(subject, ttl, role);
    }

    /** Where each thing runs, for the banner. */
    public Map<String, String> endpoints() {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("API", apiUrl() + "/api/v1/vehicles");
        endpoints.put("Swagger UI", apiUrl() + "/swagger-ui/index.html");
        endpoints.put("Prometheus (API)", apiUrl() + "/actuator/prometheus");
        endpoints.put("Prometheus (ingest)", "http://127.0.0.1:" + config.ingestMetricsPort() + "/metrics");
        endpoints.put("Flink web UI", flinkUiUrl());
        endpoints.put("MQTT", mqttUri + "  (topic pitwall/v1/vehicles/{vin}/telemetry)");
        endpoints.put("Kafka", kafkaBootstrap);
        endpoints.put("PostgreSQL", jdbcUrl);
        endpoints.put("SMTP", config.smtp() != null ? config.smtp() + "  (e-mail to subscribers)"
                : "off: e-mails wait until a start with --smtp-host");
        endpoints.put("data", config.dataDir().toAbsolutePath().toString());
        endpoints.put("ground truth", config.groundTruthDir().toAbsolutePath()
                + "  (what the simulated vehicles really went through)");
        endpoints.put("models", config.modelDir().toAbsolutePath()
                + "  (drop a pitwall-model-*.zip here: predictions start without a restart)");
        return endpoints;
    }

    /** Stops everything that started, newest first; keeps going when one component fails to stop. */
    @Override
    public synchronized void close() {
        while (!running.isEmpty()) {
            AutoCloseable component = running.pop();
            try {
                component.close();
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", component, e.toString());
            }
        }
    }

    @FunctionalInterface
    private interface CheckedSupplier<T> {
        T get() throws Exception;
    }

    private record Named(String name, AutoCloseable component) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            LOG.info("stopping {}", name);
            component.close();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
