package dev.pitwall.simulator;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.simulator.vehicle.ClimateMix;
import dev.pitwall.simulator.vehicle.FleetSettings;
import dev.pitwall.simulator.vehicle.Region;
import dev.pitwall.simulator.vehicle.ScriptedFailure;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every option of a simulation run, with its default: the single source of truth for the CLI
 * ({@link SimulatorMain}), the local stack and the tests. Build one with {@link #builder()}.
 *
 * @param brokerUri MQTT broker, e.g. {@code tcp://127.0.0.1:1883}
 * @param vehicles fleet size (1..1,000,000)
 * @param seed everything random (VINs, models, trips, faults) derives from it
 * @param startTime simulated time of the first sample; {@code null} means "now" when the run starts
 * @param sampleInterval simulated time between two messages of one vehicle
 * @param timeScale simulated seconds per wall-clock second; {@code 0} means "as fast as possible"
 * @param rate total publish rate cap in messages/s over all connections; {@code 0} means no cap
 * @param messages samples (distinct seqs) to produce in total, spread evenly over the vehicles; {@code 0} means no limit.
 *                 Injected duplicates are published on top of this count
 * @param duration wall-clock run time; {@code null} means until {@code messages} are done or the run is stopped
 * @param region the rectangle vehicles drive in
 * @param duplicateRate probability per sample that its payload is published twice (same seq)
 * @param outOfOrderRate probability per sample that it is held back and published after the vehicle's next message
 * @param malformedRate probability per sample that a corrupted payload is published instead (its seq is consumed)
 * @param dtcRatePerEngineHour onsets of a spontaneous trouble code per vehicle per engine hour
 * @param tireLeakRatePerTrip probability per trip that a tire starts a slow leak
 * @param connections MQTT client connections; vehicles are spread over them
 * @param maxInFlight unacknowledged QoS 1 publishes per connection, further capped by the broker's Receive Maximum
 * @param manifest where to write the manifest (JSON) at the end; {@code null} for none
 * @param progressInterval how often progress is logged; {@code Duration.ZERO} for never
 * @param drainTimeout how long to wait at the end for outstanding acknowledgements
 * @param dryRun generate and pace the messages but publish nothing (no broker needed); for benchmarks
 * @param firstSeq every vehicle's first seq; a restarted fleet continues above what it sent before, so that
 *                 (vin, seq) stays unique across runs (the local stack raises it on each start)
 * @param groundTruthDir where to write {@code ground-truth.csv} (failures, repairs, services, as they happen) and
 *                       {@code fleet.csv} (the fleet description); {@code null} for none
 * @param scriptedFailures failures written into individual vehicles' scripts (at most one per vehicle and part)
 * @param wearFactor multiplies every part's degradation rate (1 = the documented, already accelerated rates)
 * @param climateMix share of the fleet in each climate zone
 */
public record SimulatorConfig(
        String brokerUri,
        int vehicles,
        long seed,
        Instant startTime,
        Duration sampleInterval,
        double timeScale,
        double rate,
        long messages,
        Duration duration,
        Region region,
        double duplicateRate,
        double outOfOrderRate,
        double malformedRate,
        double dtcRatePerEngineHour,
        double tireLeakRatePerTrip,
        int connections,
        int maxInFlight,
        Path manifest,
        Duration progressInterval,
        Duration drainTimeout,
        boolean dryRun,
        long firstSeq,
        Path groundTruthDir,
        List<ScriptedFailure> scriptedFailures,
        double wearFactor,
        ClimateMix climateMix) {

    // Defaults as constants so that picocli's annotations can show the same values (see SimulatorMain).
    public static final String DEFAULT_BROKER = "tcp://127.0.0.1:1883";
    public static final int DEFAULT_VEHICLES = 100;
    public static final long DEFAULT_SEED = 1;
    public static final String DEFAULT_SAMPLE_INTERVAL = "10s";
    public static final double DEFAULT_TIME_SCALE = 1.0;
    public static final double DEFAULT_RATE = 0;
    public static final long DEFAULT_MESSAGES = 0;
    public static final String DEFAULT_REGION = "48.0,11.3,48.3,11.8";
    public static final double DEFAULT_DTC_RATE = 0.01;
    public static final double DEFAULT_TIRE_LEAK_RATE = 0.001;
    public static final int DEFAULT_CONNECTIONS = 2;
    public static final int DEFAULT_MAX_IN_FLIGHT = 1000;
    public static final String DEFAULT_PROGRESS_INTERVAL = "5s";
    public static final String DEFAULT_DRAIN_TIMEOUT = "60s";
    public static final int MAX_VEHICLES = 1_000_000;
    public static final double DEFAULT_WEAR_FACTOR = 1.0;

    public SimulatorConfig {
        Objects.requireNonNull(brokerUri, "brokerUri");
        Objects.requireNonNull(sampleInterval, "sampleInterval");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(progressInterval, "progressInterval");
        Objects.requireNonNull(drainTimeout, "drainTimeout");
        Objects.requireNonNull(climateMix, "climateMix");
        scriptedFailures = List.copyOf(scriptedFailures);
        require(vehicles >= 1 && vehicles <= MAX_VEHICLES, "--vehicles", "1.." + MAX_VEHICLES, vehicles);
        require(sampleInterval.toMillis() >= 100, "--sample-interval", "at least 100ms", sampleInterval);
        require(timeScale >= 0 && Double.isFinite(timeScale), "--time-scale", "a number >= 0 (0 = as fast as possible)", timeScale);
        require(rate >= 0 && Double.isFinite(rate), "--rate", "messages per second >= 0 (0 = no cap)", rate);
        require(messages >= 0, "--messages", "a count >= 0 (0 = no limit)", messages);
        require(firstSeq >= 0, "--first-seq", "a seq >= 0", firstSeq);
        require(duration == null || !duration.isNegative(), "--duration", "a duration >= 0", duration);
        requireProbability(duplicateRate, "--duplicate-rate");
        requireProbability(outOfOrderRate, "--out-of-order-rate");
        requireProbability(malformedRate, "--malformed-rate");
        require(dtcRatePerEngineHour >= 0 && Double.isFinite(dtcRatePerEngineHour), "--dtc-rate", "a rate >= 0", dtcRatePerEngineHour);
        requireProbability(tireLeakRatePerTrip, "--tire-leak-rate");
        require(connections >= 1 && connections <= 64, "--connections", "1..64", connections);
        require(maxInFlight >= 1 && maxInFlight <= 65_535, "--max-in-flight", "1..65535", maxInFlight);
        require(!progressInterval.isNegative(), "--progress-interval", "a duration >= 0", progressInterval);
        require(!drainTimeout.isNegative(), "--drain-timeout", "a duration >= 0", drainTimeout);
        require(wearFactor >= 0 && wearFactor <= 10_000 && Double.isFinite(wearFactor), "--wear-factor",
                "a factor 0..10000 (1 = the documented rates)", wearFactor);
        requireDistinctScripts(scriptedFailures, vehicles);
        if (duration != null && duration.isZero()) {
            duration = null;
        }
    }

    /** What every simulated vehicle of this run needs to know. */
    public FleetSettings fleetSettings() {
        return new FleetSettings(region, dtcRatePerEngineHour, tireLeakRatePerTrip, wearFactor, climateMix, scriptedFailures);
    }

    private static void requireDistinctScripts(List<ScriptedFailure> scripts, int vehicles) {
        Set<String> seen = new HashSet<>();
        for (ScriptedFailure s : scripts) {
            require(s.vehicleIndex() < vehicles, "--script", "a vehicle index 0.." + (vehicles - 1) + " (the fleet has "
                    + vehicles + " vehicles)", s.spec());
            require(seen.add(s.vehicleIndex() + "/" + s.component()), "--script",
                    "one script per vehicle and part", s.spec() + " (vehicle " + s.vehicleIndex() + "'s "
                            + s.component().displayName() + " is scripted twice)");
        }
    }

    public static SimulatorConfig defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** True when the run has no natural end and goes on until stopped. */
    public boolean unbounded() {
        return messages == 0 && duration == null;
    }

    /** The same configuration with {@code startTime} fixed (the runner resolves "now" once, then it never changes). */
    public SimulatorConfig withStartTime(Instant start) {
        return toBuilder().startTime(start).build();
    }

    private static void require(boolean ok, String option, String expected, Object actual) {
        if (!ok) {
            throw new IllegalArgumentException(option + ": expected " + expected + ", got " + actual);
        }
    }

    private static void requireProbability(double p, String option) {
        require(p >= 0 && p <= 1, option, "a probability 0..1", p);
    }

    /** Fluent construction; unset options keep the documented defaults. */
    public static final class Builder {
        private String brokerUri = DEFAULT_BROKER;
        private int vehicles = DEFAULT_VEHICLES;
        private long seed = DEFAULT_SEED;
        private Instant startTime;
        private Duration sampleInterval = DurationParser.parse(DEFAULT_SAMPLE_INTERVAL);
        private double timeScale = DEFAULT_TIME_SCALE;
        private double rate = DEFAULT_RATE;
        private long messages = DEFAULT_MESSAGES;
        private Duration duration;
        private Region region = Region.parse(DEFAULT_REGION);
        private double duplicateRate;
        private double outOfOrderRate;
        private double malformedRate;
        private double dtcRatePerEngineHour = DEFAULT_DTC_RATE;
        private double tireLeakRatePerTrip = DEFAULT_TIRE_LEAK_RATE;
        private int connections = DEFAULT_CONNECTIONS;
        private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;
        private Path manifest;
        private Duration progressInterval = DurationParser.parse(DEFAULT_PROGRESS_INTERVAL);
        private Duration drainTimeout = DurationParser.parse(DEFAULT_DRAIN_TIMEOUT);
        private boolean dryRun;
        private long firstSeq;
        private Path groundTruthDir;
        private List<ScriptedFailure> scriptedFailures = new ArrayList<>();
        private double wearFactor = DEFAULT_WEAR_FACTOR;
        private ClimateMix climateMix = ClimateMix.DEFAULT;

        private Builder() {
        }

        private Builder(SimulatorConfig c) {
            brokerUri = c.brokerUri;
            vehicles = c.vehicles;
            seed = c.seed;
            startTime = c.startTime;
            sampleInterval = c.sampleInterval;
            timeScale = c.timeScale;
            rate = c.rate;
            messages = c.messages;
            duration = c.duration;
            region = c.region;
            duplicateRate = c.duplicateRate;
            outOfOrderRate = c.outOfOrderRate;
            malformedRate = c.malformedRate;
            dtcRatePerEngineHour = c.dtcRatePerEngineHour;
            tireLeakRatePerTrip = c.tireLeakRatePerTrip;
            connections = c.connections;
            maxInFlight = c.maxInFlight;
            manifest = c.manifest;
            progressInterval = c.progressInterval;
            drainTimeout = c.drainTimeout;
            dryRun = c.dryRun;
            firstSeq = c.firstSeq;
            groundTruthDir = c.groundTruthDir;
            scriptedFailures = new ArrayList<>(c.scriptedFailures);
            wearFactor = c.wearFactor;
            climateMix = c.climateMix;
        }

        public Builder brokerUri(String v) { brokerUri = v; return this; }
        public Builder vehicles(int v) { vehicles = v; return this; }
        public Builder seed(long v) { seed = v; return this; }
        public Builder startTime(Instant v) { startTime = v; return this; }
        public Builder sampleInterval(Duration v) { sampleInterval = v; return this; }
        public Builder timeScale(double v) { timeScale = v; return this; }
        /** Shorthand for {@code timeScale(0)}: simulated time runs as fast as publishing allows. */
        public Builder asFastAsPossible() { timeScale = 0; return this; }
        public Builder rate(double v) { rate = v; return this; }
        public Builder messages(long v) { messages = v; return this; }
        public Builder duration(Duration v) { duration = v; return this; }
        public Builder region(Region v) { region = v; return this; }
        public Builder duplicateRate(double v) { duplicateRate = v; return this; }
        public Builder outOfOrderRate(double v) { outOfOrderRate = v; return this; }
        public Builder malformedRate(double v) { malformedRate = v; return this; }
        public Builder dtcRatePerEngineHour(double v) { dtcRatePerEngineHour = v; return this; }
        public Builder tireLeakRatePerTrip(double v) { tireLeakRatePerTrip = v; return this; }
        public Builder connections(int v) { connections = v; return this; }
        public Builder maxInFlight(int v) { maxInFlight = v; return this; }
        public Builder manifest(Path v) { manifest = v; return this; }
        public Builder progressInterval(Duration v) { progressInterval = v; return this; }
        public Builder drainTimeout(Duration v) { drainTimeout = v; return this; }
        public Builder dryRun(boolean v) { dryRun = v; return this; }
        public Builder firstSeq(long v) { firstSeq = v; return this; }
        public Builder groundTruthDir(Path v) { groundTruthDir = v; return this; }
        public Builder scriptedFailures(List<ScriptedFailure> v) { scriptedFailures = new ArrayList<>(v); return this; }
        public Builder wearFactor(double v) { wearFactor = v; return this; }
        public Builder climateMix(ClimateMix v) { climateMix = v; return this; }

        /**
         * Vehicle {@code vehicleIndex}'s {@code component} degrades along a straight line from its state at the start
         * to its failure limit and fails {@code after} the start (see {@link ScriptedFailure}).
         */
        public Builder scriptFailure(int vehicleIndex, Component component, Duration after) {
            scriptedFailures.add(new ScriptedFailure(vehicleIndex, component, after));
            return this;
        }

        public SimulatorConfig build() {
            return new SimulatorConfig(brokerUri, vehicles, seed, startTime, sampleInterval, timeScale, rate, messages,
                    duration, region, duplicateRate, outOfOrderRate, malformedRate, dtcRatePerEngineHour,
                    tireLeakRatePerTrip, connections, maxInFlight, manifest, progressInterval, drainTimeout, dryRun, firstSeq,
                    groundTruthDir, scriptedFailures, wearFactor, climateMix);
        }
    }
}
