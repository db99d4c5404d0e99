package dev.pitwall.simulator.scenario;

import dev.pitwall.simulator.DurationParser;
import dev.pitwall.simulator.PahoTelemetryPublisher;
import dev.pitwall.simulator.PublishStats;
import dev.pitwall.simulator.SimulatorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scenario}: publishes a scripted scenario file over MQTT (docs/scenarios.md). */
@Command(name = "scenario", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        usageHelpWidth = 120,
        description = {"Publishes the telemetry of a scenario file (a scripted story of a few vehicles, see docs/scenarios.md)",
                "over MQTT 5 at QoS 1 to pitwall/v1/vehicles/{vin}/telemetry, in event-time order, then waits for the",
                "acknowledgements. Event times are the file's, whatever --pace; --pace only spaces the publishes in real time.",
                "Examples ship in the jar: --file classpath:/scenarios/oil-service-due.json."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every message was acknowledged", "1:some messages were not acknowledged",
                "2:invalid options or scenario file", "3:the run failed (e.g. broker unreachable)"})
public final class ScenarioCommand implements Callable<Integer> {

    /** Prefix of {@code --file} for a scenario on the classpath, e.g. the examples in this jar. */
    public static final String CLASSPATH_PREFIX = "classpath:";

    private static final Logger log = LoggerFactory.getLogger(ScenarioCommand.class);
    private static final Logger progressLog = LoggerFactory.getLogger("dev.pitwall.simulator.progress");

    @Option(names = "--file", required = true, paramLabel = "PATH",
            description = "Scenario file (JSON), or classpath:/scenarios/NAME.json for a bundled example.")
    String file;

    @Option(names = "--broker", defaultValue = SimulatorConfig.DEFAULT_BROKER, description = "MQTT broker URI.")
    String broker;

    @Option(names = "--pace", defaultValue = "asap",
            description = "asap, realtime, or simulated seconds per real second (e.g. 60).")
    String pace;

    @Option(names = "--max-in-flight", defaultValue = "" + SimulatorConfig.DEFAULT_MAX_IN_FLIGHT,
            description = "Unacknowledged publishes; the broker's Receive Maximum may lower it.")
    int maxInFlight;

    @Option(names = "--progress-interval", defaultValue = SimulatorConfig.DEFAULT_PROGRESS_INTERVAL,
            description = "How often to log progress to stderr; 0s = never.")
    String progressInterval;

    @Option(names = "--drain-timeout", defaultValue = SimulatorConfig.DEFAULT_DRAIN_TIMEOUT,
            description = "How long to wait at the end for outstanding acknowledgements.")
    String drainTimeout;

    /** The scenario named by {@code --file}. */
    Scenario scenario() {
        return file.startsWith(CLASSPATH_PREFIX)
                ? ScenarioFile.readResource(file.substring(CLASSPATH_PREFIX.length()))
                : ScenarioFile.read(Path.of(file));
    }

    Pace pace() {
        return Pace.parse(pace);
    }

    @Override
    public Integer call() throws InterruptedException {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("--max-in-flight: expected at least 1, got " + maxInFlight);
        }
        Pace chosenPace = pace();
        Duration progressEvery = duration("--progress-interval", progressInterval);
        Duration drain = duration("--drain-timeout", drainTimeout);
        Scenario scenario = scenario();
        log.info("scenario '{}': {} vehicle(s), {} messages from {} to {}, pace {}, to {}", scenario.name(),
                scenario.vehicles().size(), scenario.telemetry().size(), scenario.start(), scenario.end(), chosenPace, broker);

        PublishStats stats = new PublishStats();
        String clientId = "pitwall-sim-scenario-" + UUID.randomUUID().toString().substring(0, 8);
        try (PahoTelemetryPublisher publisher = new PahoTelemetryPublisher(broker, clientId, maxInFlight, stats)) {
            publisher.connect();
            ScenarioPublisher scenarioPublisher = new ScenarioPublisher(publisher, chosenPace);
            ScenarioPublisher.Result result;
            ScheduledExecutorService progress = progress(scenarioPublisher, stats, scenario.telemetry().size(), progressEvery);
            try {
                result = scenarioPublisher.publish(scenario, stats, drain);
            } finally {
                if (progress != null) {
                    progress.shutdownNow();
                }
            }
            if (result.allAcknowledged()) {
                log.info("done: {}", result.summary());
                return 0;
            }
            log.warn("done, NOT everything acknowledged within --drain-timeout {}: {}", drain, result.summary());
            return 1;
        }
    }

    private static ScheduledExecutorService progress(ScenarioPublisher publisher, PublishStats stats, int total,
            Duration every) {
        if (every.isZero()) {
            return null;
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pitwall-sim-scenario-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = every.toMillis();
        timer.scheduleAtFixedRate(() -> {
            PublishStats.Snapshot s = stats.snapshot();
            long sent = publisher.handedOver();
            progressLog.info(String.format(java.util.Locale.ROOT, "sent %,d of %,d | acked %,d | in flight %,d | re-sent %,d",
                    sent, total, s.acknowledged(), Math.max(0, sent - s.acknowledged() - s.rejected()), s.retries()));
        }, ms, ms, TimeUnit.MILLISECONDS);
        return timer;
    }

    private static Duration duration(String option, String text) {
        try {
            return DurationParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }
}
