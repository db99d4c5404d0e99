package dev.pitwall.simulator;

import dev.pitwall.simulator.scenario.ScenarioCommand;
import dev.pitwall.simulator.vehicle.ClimateMix;
import dev.pitwall.simulator.vehicle.Region;
import dev.pitwall.simulator.vehicle.ScriptedFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Command line entry point: {@code java -jar pitwall-vehicle-simulator.jar --help}. */
@Command(name = "pitwall-vehicle-simulator", mixinStandardHelpOptions = true, showDefaultValues = true,
        sortOptions = false, usageHelpWidth = 120,
        subcommands = {HistoryCommand.class, ScenarioCommand.class},
        description = {"Simulates a fleet of connected cars and publishes their telemetry over MQTT 5 (QoS 1) to",
                "pitwall/v1/vehicles/{vin}/telemetry, with optional injected faults and a manifest of the ground truth.",
                "Runs until --messages or --duration is reached, or until Ctrl-C (the manifest is still written).",
                "Parts wear, fail and get repaired in simulated time; --ground-truth records it.",
                "'history' simulates days of a fleet as fast as possible into files instead (see 'history --help').",
                "'scenario' publishes a scripted scenario file (see 'scenario --help' and docs/scenarios.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every message was acknowledged", "1:some messages were not acknowledged",
                "2:invalid options", "3:the run failed (e.g. broker unreachable)"})
public final class SimulatorMain implements Callable<Integer> {

    /** Logging setup shipped in this jar under a name that cannot clash with an application's logback.xml. */
    static final String LOGBACK_CONFIG = "pitwall-simulator-logback.xml";

    @Option(names = "--broker", defaultValue = SimulatorConfig.DEFAULT_BROKER, description = "MQTT broker URI.")
    String broker;

    @Option(names = "--vehicles", defaultValue = "" + SimulatorConfig.DEFAULT_VEHICLES, description = "Fleet size (up to 1,000,000).")
    int vehicles;

    @Option(names = "--seed", defaultValue = "" + SimulatorConfig.DEFAULT_SEED,
            description = "Seed for VINs, trips and faults: same seed and options give the same messages.")
    long seed;

    @Option(names = "--start-time", defaultValue = "now",
            description = "Simulated time of the first sample, ISO-8601 (e.g. 2026-03-01T06:00:00Z) or 'now'.")
    String startTime;

    @Option(names = "--sample-interval", defaultValue = SimulatorConfig.DEFAULT_SAMPLE_INTERVAL,
            description = "Simulated time between two messages of one vehicle (e.g. 1s, 10s, 1m).")
    String sampleInterval;

    @Option(names = "--time-scale", defaultValue = "" + SimulatorConfig.DEFAULT_TIME_SCALE,
            description = "Simulated seconds per real second (3600 = an hour per second); 0 = as fast as possible.")
    double timeScale;

    @Option(names = "--rate", defaultValue = "" + SimulatorConfig.DEFAULT_RATE,
            description = "Cap on the total publish rate, messages/s over all connections; 0 = no cap.")
    double rate;

    @Option(names = "--messages", defaultValue = "" + SimulatorConfig.DEFAULT_MESSAGES,
            description = "Samples (distinct seqs) to send in total, spread over the vehicles; duplicates come on top. 0 = no limit.")
    long messages;

    @Option(names = "--duration", description = "Wall-clock run time (e.g. 15s, 10m, 2h); default: until --messages or Ctrl-C.")
    String duration;

    @Option(names = "--region", defaultValue = SimulatorConfig.DEFAULT_REGION,
            description = "Where vehicles drive: minLat,minLon,maxLat,maxLon (default: Munich).")
    String region;

    @Option(names = "--duplicate-rate", defaultValue = "0", description = "Probability per sample of publishing it twice (same seq).")
    double duplicateRate;

    @Option(names = "--out-of-order-rate", defaultValue = "0",
            description = "Probability per sample of holding it back until after the vehicle's next message.")
    double outOfOrderRate;

    @Option(names = "--malformed-rate", defaultValue = "0",
            description = "Probability per sample of publishing a corrupted payload instead (its seq is used up).")
    double malformedRate;

    @Option(names = "--dtc-rate", defaultValue = "" + SimulatorConfig.DEFAULT_DTC_RATE,
            description = "Spontaneous trouble codes per vehicle per engine hour.")
    double dtcRate;

    @Option(names = "--tire-leak-rate", defaultValue = "" + SimulatorConfig.DEFAULT_TIRE_LEAK_RATE,
            description = "Probability per trip that a tire starts a slow leak.")
    double tireLeakRate;

    @Option(names = "--connections", defaultValue = "" + SimulatorConfig.DEFAULT_CONNECTIONS,
            description = "MQTT connections (and producer threads); vehicles are spread over them.")
    int connections;

    @Option(names = "--max-in-flight", defaultValue = "" + SimulatorConfig.DEFAULT_MAX_IN_FLIGHT,
            description = "Unacknowledged publishes per connection; the broker's Receive Maximum may lower it.")
    int maxInFlight;

    @Option(names = "--manifest", description = "Write the manifest (JSON ground truth) to this file at the end.")
    Path manifest;

    @Option(names = "--progress-interval", defaultValue = SimulatorConfig.DEFAULT_PROGRESS_INTERVAL,
            description = "How often to log progress to stderr; 0s = never.")
    String progressInterval;

    @Option(names = "--drain-timeout", defaultValue = SimulatorConfig.DEFAULT_DRAIN_TIMEOUT,
            description = "How long to wait at the end for outstanding acknowledgements.")
    String drainTimeout;

    @Option(names = "--first-seq", description = "Every vehicle's first seq; continue above a previous run's (default: 0).")
    long firstSeq;

    @Option(names = "--dry-run", description = "Generate and pace messages but publish nothing (measures generation alone).")
    boolean dryRun;

    @Option(names = "--ground-truth", paramLabel = "DIR",
            description = "Write fleet.csv and ground-truth.csv (failures, repairs, services, flushed as they happen) here.")
    Path groundTruth;

    @Option(names = "--script", paramLabel = "SPEC",
            description = "Script a failure, repeatable: COMPONENT-fails-after=DURATION@VEHICLE, e.g. battery-fails-after=P20D@0"
                    + " (components: battery, brake-pads, tires, engine-oil, cooling, ignition).")
    List<String> scripts = new ArrayList<>();

    @Option(names = "--wear-factor", defaultValue = "" + SimulatorConfig.DEFAULT_WEAR_FACTOR,
            description = "Multiplies every part's degradation rate (1 = the documented, already accelerated rates).")
    double wearFactor;

    @Option(names = "--climate-mix", defaultValue = ClimateMix.DEFAULT_TEXT,
            description = "Share of the fleet per climate zone (cold, temperate, hot).")
    String climateMix;

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
        }
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SimulatorMain());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println(e.getMessage());
            return e instanceof IllegalArgumentException ? 2 : 3;
        });
        return cli;
    }

    /** The options as a configuration; invalid values fail with a message naming the option. */
    SimulatorConfig toConfig() {
        return SimulatorConfig.builder()
                .brokerUri(broker)
                .vehicles(vehicles)
                .seed(seed)
                .startTime(parseStartTime(startTime))
                .sampleInterval(duration("--sample-interval", sampleInterval))
                .timeScale(timeScale)
                .rate(rate)
                .messages(messages)
                .duration(duration == null ? null : duration("--duration", duration))
                .region(Region.parse(region))
                .duplicateRate(duplicateRate)
                .outOfOrderRate(outOfOrderRate)
                .malformedRate(malformedRate)
                .dtcRatePerEngineHour(dtcRate)
                .tireLeakRatePerTrip(tireLeakRate)
                .connections(connections)
                .maxInFlight(maxInFlight)
                .manifest(manifest)
                .progressInterval(duration("--progress-interval", progressInterval))
                .drainTimeout(duration("--drain-timeout", drainTimeout))
                .dryRun(dryRun)
                .firstSeq(firstSeq)
                .groundTruthDir(groundTruth)
                .scriptedFailures(parseScripts(scripts))
                .wearFactor(wearFactor)
                .climateMix(ClimateMix.parse(climateMix))
                .build();
    }

    static List<ScriptedFailure> parseScripts(List<String> specs) {
        List<ScriptedFailure> scripts = new ArrayList<>(specs.size());
        for (String spec : specs) {
            scripts.add(ScriptedFailure.parse(spec));
        }
        return scripts;
    }

    @Override
    public Integer call() {
        FleetSimulator simulator = new FleetSimulator(toConfig());
        Thread hook = new Thread(() -> {
            if (simulator.isRunning()) {
                simulator.stop(); // Ctrl-C: finish in-flight messages and write the manifest before the JVM exits
            }
        }, "pitwall-sim-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        SimulationReport report = simulator.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running; fine
        }
        return report.allAcknowledged() ? 0 : 1;
    }

    static Instant parseStartTime(String text) {
        if (text == null || "now".equalsIgnoreCase(text.trim())) {
            return null;
        }
        try {
            return Instant.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--start-time: expected an ISO-8601 instant such as 2026-03-01T06:00:00Z or 'now', got '" + text + "'");
        }
    }

    static Duration duration(String option, String text) {
        try {
            return DurationParser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage());
        }
    }
}
