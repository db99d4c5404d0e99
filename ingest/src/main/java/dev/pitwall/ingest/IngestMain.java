package dev.pitwall.ingest;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Command line entry point: {@code java -jar pitwall-ingest.jar --mqtt tcp://broker:1883 --kafka kafka:9092}.
 * Runs until SIGTERM/SIGINT, then stops gracefully (see {@link IngestService#close()}).
 * Options left out take the defaults documented on {@link IngestConfig}.
 */
@Command(name = "pitwall-ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Bridges vehicle telemetry from an MQTT 5 shared subscription to Kafka (telemetry.v1, "
                + "invalid payloads to telemetry.dlq.v1).")
public final class IngestMain implements Callable<Integer> {

    /** Used when none is set: a packaged logback config that does not clash with other modules' logback.xml. */
    static final String LOGBACK_CONFIG = "pitwall-ingest-logback.xml";
    /** Prometheus exporters' customary port range; scrape http://host:9464/metrics. */
    static final int DEFAULT_METRICS_PORT = 9464;

    @Option(names = "--mqtt", paramLabel = "URI",
            description = "MQTT broker, tcp://host:port or ssl://host:port (default " + IngestConfig.DEFAULT_MQTT_SERVER_URI + ")")
    String mqtt;

    @Option(names = "--kafka", paramLabel = "HOST:PORT[,...]",
            description = "Kafka bootstrap servers (default " + IngestConfig.DEFAULT_KAFKA_BOOTSTRAP_SERVERS + ")")
    String kafka;

    @Option(names = "--group", description = "Shared-subscription group (default " + IngestConfig.DEFAULT_SHARED_GROUP + ")")
    String group;

    @Option(names = "--client-id", description = "MQTT client id; stable per instance (default <host>-ingest-<instance>)")
    String clientId;

    @Option(names = "--instance", description = "Instance index used in the default client id (default 0)")
    int instance;

    @Option(names = "--session-expiry", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long the broker keeps the session while ingest is down, e.g. 1d, 30m, PT2H (default 1d)")
    Duration sessionExpiry;

    @Option(names = "--receive-maximum",
            description = "Unacknowledged QoS 1 messages in flight from the broker (default " + IngestConfig.DEFAULT_RECEIVE_MAXIMUM + ")")
    Integer receiveMaximum;

    @Option(names = "--workers",
            description = "Validation/dispatch threads; a VIN stays on one (default " + IngestConfig.DEFAULT_WORKER_THREADS + ")")
    Integer workers;

    @Option(names = "--metrics-port",
            description = "Port for /metrics and /health; 0 = any free port, -1 = off (default " + DEFAULT_METRICS_PORT + ")")
    int metricsPort = DEFAULT_METRICS_PORT;

    @Option(names = {"-P", "--producer-property"}, paramLabel = "KEY=VALUE",
            description = "Kafka producer property overriding ingest's defaults; repeatable")
    Map<String, String> producerProperties = new LinkedHashMap<>();

    @Option(names = "--keep-alive", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "MQTT keep-alive (default 30s)")
    Duration keepAlive;

    @Option(names = "--reconnect-min-delay", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "First reconnect delay (default 1s)")
    Duration reconnectMinDelay;

    @Option(names = "--reconnect-max-delay", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Largest reconnect delay (default 60s)")
    Duration reconnectMaxDelay;

    @Option(names = "--start-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Give up starting if the broker cannot be reached for this long (default 60s)")
    Duration startTimeout;

    @Option(names = "--shutdown-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "On SIGTERM, wait this long for Kafka to acknowledge in-flight messages (default 30s)")
    Duration shutdownTimeout;

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
        }
        CommandLine cli = new CommandLine(new IngestMain());
        cli.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("pitwall-ingest: " + e.getMessage());
            return 1;
        });
        System.exit(cli.execute(args));
    }

    IngestConfig toConfig() {
        IngestConfig.Builder b = IngestConfig.builder();
        if (mqtt != null) b.mqttServerUri(mqtt);
        if (kafka != null) b.kafkaBootstrapServers(kafka);
        if (group != null) b.sharedGroup(group);
        b.clientId(clientId != null ? clientId : IngestConfig.defaultClientId(instance));
        if (sessionExpiry != null) b.sessionExpiry(sessionExpiry);
        if (receiveMaximum != null) b.receiveMaximum(receiveMaximum);
        if (workers != null) b.workerThreads(workers);
        b.metricsPort(metricsPort < 0 ? null : metricsPort);
        b.producerOverrides(producerProperties);
        if (keepAlive != null) b.keepAlive(keepAlive);
        if (reconnectMinDelay != null) b.reconnectMinDelay(reconnectMinDelay);
        if (reconnectMaxDelay != null) b.reconnectMaxDelay(reconnectMaxDelay);
        if (startTimeout != null) b.startTimeout(startTimeout);
        if (shutdownTimeout != null) b.shutdownTimeout(shutdownTimeout);
        return b.build();
    }

    @Override
    public Integer call() throws InterruptedException {
        IngestService service = new IngestService(toConfig());
        CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM/SIGINT run shutdown hooks: stop gracefully there, and let main return afterwards
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "pitwall-ingest-shutdown"));
        service.start();
        stopped.await();
        return 0;
    }

    /** Reads {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d} or ISO-8601 ({@code PT30S}). */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)");

        @Override
        public Duration convert(String value) {
            Matcher m = SHORT.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                return switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
            try {
                return Duration.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException(
                        "expected a duration such as 30s, 5m, 1d or PT30S, got '" + value + "'");
            }
        }
    }
}
