package dev.pitwall.localstack;

import dev.pitwall.api.security.Role;
import dev.pitwall.simulator.vehicle.ScriptedFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar local-stack/target/pitwall-local-stack-app.jar}: the whole platform on this machine until Ctrl-C. */
@Command(name = "pitwall-local-stack", mixinStandardHelpOptions = true, sortOptions = false,
        subcommands = TokenCommand.class,
        description = "Starts PostgreSQL, Kafka, an MQTT broker, the Flink job, ingest, the API and the vehicle "
                + "simulator in one process. Ctrl-C stops everything cleanly; data stays in --data-dir.")
public final class LocalStackMain implements Callable<Integer> {

    @Option(names = "--data-dir", description = "Where databases, logs and checkpoints are kept (default: ${DEFAULT-VALUE}).")
    Path dataDir = LocalStackConfig.DEFAULT_DATA_DIR;

    @Option(names = "--api-port", description = "API port (default: ${DEFAULT-VALUE}).")
    int apiPort = LocalStackConfig.DEFAULT_API_PORT;

    @Option(names = "--mqtt-port", description = "MQTT broker port (default: ${DEFAULT-VALUE}).")
    int mqttPort = LocalStackConfig.DEFAULT_MQTT_PORT;

    @Option(names = "--mqtt-uri", description = "Use this running MQTT broker (e.g. tcp://127.0.0.1:1883) instead of "
            + "the embedded HiveMQ.")
    String mqttUri;

    @Option(names = "--kafka-port", description = "Kafka broker port (default: ${DEFAULT-VALUE}).")
    int kafkaPort = LocalStackConfig.DEFAULT_KAFKA_PORT;

    @Option(names = "--kafka-controller-port", description = "Kafka KRaft controller port (default: ${DEFAULT-VALUE}).")
    int kafkaControllerPort = LocalStackConfig.DEFAULT_KAFKA_CONTROLLER_PORT;

    @Option(names = "--postgres-port", description = "PostgreSQL port (default: ${DEFAULT-VALUE}).")
    int postgresPort = LocalStackConfig.DEFAULT_POSTGRES_PORT;

    @Option(names = "--flink-ui-port", description = "Flink web UI port (default: ${DEFAULT-VALUE}).")
    int flinkUiPort = LocalStackConfig.DEFAULT_FLINK_UI_PORT;

    @Option(names = "--ingest-metrics-port", description = "Ingest's Prometheus port (default: ${DEFAULT-VALUE}).")
    int ingestMetricsPort = LocalStackConfig.DEFAULT_INGEST_METRICS_PORT;

    @Option(names = "--vehicles", description = "Simulated vehicles (default: ${DEFAULT-VALUE}).")
    int vehicles = LocalStackConfig.DEFAULT_VEHICLES;

    @Option(names = "--time-scale", description = "Simulated seconds per real second (default: ${DEFAULT-VALUE}).")
    double timeScale = LocalStackConfig.DEFAULT_TIME_SCALE;

    @Option(names = "--seed", description = "Simulator seed: the same seed gives the same fleet (default: ${DEFAULT-VALUE}).")
    long seed = LocalStackConfig.DEFAULT_SEED;

    @Option(names = "--no-simulator", description = "Start the platform without simulated vehicles.")
    boolean noSimulator;

    @Option(names = "--script", paramLabel = "PART-fails-after=DURATION@VEHICLE",
            description = "Make a simulated vehicle's part fail at a set simulated time, e.g. battery-fails-after=P20D@0 "
                    + "(repeatable; see docs/simulator.md).")
    List<String> scripts = new ArrayList<>();

    @Option(names = "--sample-interval", description = "How often each vehicle reports, in simulated time, as an "
            + "ISO-8601 duration (default: ${DEFAULT-VALUE}); raise it with a high --time-scale.")
    Duration sampleInterval = LocalStackConfig.DEFAULT_SAMPLE_INTERVAL;

    @Option(names = "--smtp-host", description = "Send e-mail to subscribers through this SMTP server (e.g. a "
            + "Mailpit or GreenMail on this machine); without it e-mail is off and e-mail messages wait.")
    String smtpHost;

    @Option(names = "--smtp-port", description = "The SMTP server's port (default: ${DEFAULT-VALUE}).")
    int smtpPort = LocalStackConfig.DEFAULT_SMTP_PORT;

    public static void main(String[] args) {
        // before any logger exists: HiveMQ's jar carries a logback.xml that would otherwise win
        System.setProperty("logback.configurationFile", "logback-local-stack.xml");
        System.exit(new CommandLine(new LocalStackMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        LocalStackConfig config = new LocalStackConfig(dataDir, apiPort, mqttPort, kafkaPort, kafkaControllerPort,
                postgresPort, flinkUiPort, ingestMetricsPort, vehicles, timeScale, seed, !noSimulator, mqttUri,
                scripts.stream().map(ScriptedFailure::parse).toList(), sampleInterval, null)
                .withSmtp(smtpHost == null ? null : new LocalStackConfig.Smtp(smtpHost, smtpPort));
        LocalStack stack = LocalStack.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Pitwall...");
            stack.close();
            stopped.countDown();
        }, "local-stack-stop"));
        printBanner(stack);
        stopped.await();
        return 0;
    }

    private static void printBanner(LocalStack stack) {
        String token = stack.token(Role.OPERATOR, Duration.ofHours(12));
        StringBuilder out = new StringBuilder("\n  Pitwall is running. Ctrl-C stops it.\n\n");
        stack.endpoints().forEach((name, url) -> out.append(String.format("  %-20s %s%n", name, url)));
        out.append("\n  Operator token (12 h; get another with the same command after a restart):\n\n")
                .append("  curl -s -H 'Authorization: Bearer ").append(token).append("' ")
                .append(stack.apiUrl()).append("/api/v1/vehicles\n\n")
                .append("  A token for any role (SUBSCRIBER speaks for ").append(TokenCommand.DEMO_SUBSCRIBER)
                .append(" unless --subject says otherwise):\n\n");
        for (Role role : Role.values()) {
            out.append(String.format("  %-16s TOKEN=$(java -jar local-stack/target/pitwall-local-stack-app.jar token "
                    + "--role %s --data-dir %s)%n", role.name().toLowerCase(), role.name(), stack.config().dataDir()));
        }
        System.out.println(out);
    }
}
