package dev.pitwall.simulator;

import dev.pitwall.simulator.history.FleetHistory;
import dev.pitwall.simulator.history.HistoryConfig;
import dev.pitwall.simulator.history.HistoryReport;
import dev.pitwall.simulator.vehicle.ClimateMix;
import dev.pitwall.simulator.vehicle.Region;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code history}: a fleet's days simulated as fast as possible into files, for model training. */
@Command(name = "history", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        usageHelpWidth = 120,
        description = {"Simulates the fleet over --days without MQTT, as fast as the machine allows, and writes",
                "DIR/telemetry.ndjson.gz (one telemetry-v1 payload per line, in event-time order, seq increasing per vin),",
                "DIR/ground-truth.csv and DIR/fleet.csv. A sample every --sample-interval while the engine runs, one every",
                "--parked-interval while parked. The same seed and options give the same bytes, whatever --threads."})
final class HistoryCommand implements Callable<Integer> {

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if needed).")
    Path out;

    @Option(names = "--vehicles", defaultValue = "" + HistoryConfig.DEFAULT_VEHICLES, description = "Fleet size.")
    int vehicles;

    @Option(names = "--days", defaultValue = "" + HistoryConfig.DEFAULT_DAYS, description = "Simulated days.")
    int days;

    @Option(names = "--seed", defaultValue = "" + SimulatorConfig.DEFAULT_SEED, description = "Seed for everything random.")
    long seed;

    @Option(names = "--start-time", defaultValue = HistoryConfig.DEFAULT_START_TEXT,
            description = "Simulated time the history starts, ISO-8601.")
    String startTime;

    @Option(names = "--sample-interval", defaultValue = HistoryConfig.DEFAULT_SAMPLE_INTERVAL,
            description = "Time between two samples of a vehicle whose engine runs.")
    String sampleInterval;

    @Option(names = "--parked-interval", defaultValue = HistoryConfig.DEFAULT_PARKED_INTERVAL,
            description = "Time between two samples of a parked vehicle (the parked heartbeat).")
    String parkedInterval;

    @Option(names = "--threads", description = "Simulation threads (default: the number of cores); the output does not depend on it.")
    Integer threads;

    @Option(names = "--ground-truth", paramLabel = "DIR", description = "Write ground-truth.csv and fleet.csv here instead of --out.")
    Path groundTruth;

    @Option(names = "--script", paramLabel = "SPEC",
            description = "Script a failure, repeatable: COMPONENT-fails-after=DURATION@VEHICLE, e.g. battery-fails-after=P20D@0.")
    List<String> scripts = new ArrayList<>();

    @Option(names = "--wear-factor", defaultValue = "" + SimulatorConfig.DEFAULT_WEAR_FACTOR,
            description = "Multiplies every part's degradation rate (1 = the documented, already accelerated rates).")
    double wearFactor;

    @Option(names = "--climate-mix", defaultValue = ClimateMix.DEFAULT_TEXT, description = "Share of the fleet per climate zone.")
    String climateMix;

    @Option(names = "--region", defaultValue = SimulatorConfig.DEFAULT_REGION, description = "Where vehicles drive: minLat,minLon,maxLat,maxLon.")
    String region;

    @Option(names = "--dtc-rate", defaultValue = "" + SimulatorConfig.DEFAULT_DTC_RATE,
            description = "Spontaneous trouble codes (unrelated to wear) per vehicle per engine hour.")
    double dtcRate;

    @Option(names = "--tire-leak-rate", defaultValue = "" + SimulatorConfig.DEFAULT_TIRE_LEAK_RATE,
            description = "Probability per trip that a tyre starts a leak.")
    double tireLeakRate;

    @Option(names = "--progress-interval", defaultValue = SimulatorConfig.DEFAULT_PROGRESS_INTERVAL,
            description = "How often to print progress to stderr; 0s = never.")
    String progressInterval;

    HistoryConfig toConfig() {
        SimulatorConfig fleet = SimulatorConfig.builder()
                .vehicles(vehicles)
                .seed(seed)
                .startTime(startTime())
                .sampleInterval(SimulatorMain.duration("--sample-interval", sampleInterval))
                .region(Region.parse(region))
                .dtcRatePerEngineHour(dtcRate)
                .tireLeakRatePerTrip(tireLeakRate)
                .groundTruthDir(groundTruth)
                .scriptedFailures(SimulatorMain.parseScripts(scripts))
                .wearFactor(wearFactor)
                .climateMix(ClimateMix.parse(climateMix))
                .progressInterval(SimulatorMain.duration("--progress-interval", progressInterval))
                .build();
        return new HistoryConfig(fleet, days, SimulatorMain.duration("--parked-interval", parkedInterval), out,
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
    }

    /** "now" works here too, but the default is a fixed instant so that a seed alone reproduces a history. */
    private java.time.Instant startTime() {
        java.time.Instant start = SimulatorMain.parseStartTime(startTime);
        return start != null ? start : java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    @Override
    public Integer call() {
        HistoryReport report = new FleetHistory(toConfig()).run();
        return report.messages() > 0 ? 0 : 3;
    }
}
