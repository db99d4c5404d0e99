package dev.pitwall.simulator;

import dev.pitwall.simulator.groundtruth.FleetDescription;
import dev.pitwall.simulator.groundtruth.GroundTruthLog;
import dev.pitwall.simulator.vehicle.MaintenanceListener;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a simulated fleet against a broker: one connection and one producer thread per partition of the
 * vehicles, paced by simulated time and the rate cap, until the message limit or duration is reached or
 * {@link #stop()} is called; then waits for acknowledgements and writes the manifest. With a ground-truth
 * directory it writes {@code fleet.csv} before the first message and appends each failure, repair and service to
 * {@code ground-truth.csv} as the simulation reaches it (the parts wear in simulated time, so with a time scale
 * they wear that much faster than the wall clock).
 *
 * <pre>{@code
 * SimulationReport report = new FleetSimulator(config).run();          // blocking
 *
 * FleetSimulator sim = new FleetSimulator(config); sim.start();         // in the background
 * ... sim.progress() ...; SimulationReport report = sim.stop();
 * }</pre>
 */
public final class FleetSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FleetSimulator.class);
    /** Extra time {@link #stop()} allows beyond the drain timeout before it interrupts the producers. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final SimulatorConfig requested;
    private final TelemetryPublisher.Factory publishers;
    private final PublishStats stats = new PublishStats();
    private final CompletableFuture<SimulationReport> result = new CompletableFuture<>();
    private final List<Thread> producers = new ArrayList<>();
    private volatile SimulatorConfig config;
    private volatile RunControl control;
    private Thread coordinator;
    private GroundTruthLog groundTruth;

    /** Publishes to {@code config.brokerUri()} with Paho, or nowhere when {@code config.dryRun()}. */
    public FleetSimulator(SimulatorConfig config) {
        this(config, config.dryRun() ? (index, stats) -> new DiscardingPublisher(stats) : PahoTelemetryPublisher.factory(config));
    }

    /** Publishes through {@code publishers} (tests pass an in-memory one). */
    public FleetSimulator(SimulatorConfig config, TelemetryPublisher.Factory publishers) {
        this.requested = config;
        this.config = config;
        this.publishers = publishers;
    }

    /** Runs to the end (message limit, duration, or {@link #stop()} from another thread) and reports. */
    public SimulationReport run() {
        start();
        return awaitCompletion();
    }

    /**
     * Connects and starts publishing in the background; returns once every connection is up.
     *
     * @throws SimulatorException if the broker cannot be reached
     */
    public synchronized void start() {
        if (coordinator != null) {
            throw new IllegalStateException("this simulator was already started; create a new one for another run");
        }
        Instant start = requested.startTime() != null ? requested.startTime() : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        config = requested.withStartTime(start);
        int parts = Math.min(config.connections(), config.vehicles());
        List<TelemetryPublisher> connected = new ArrayList<>(parts);
        MaintenanceListener truth = MaintenanceListener.NONE;
        if (config.groundTruthDir() != null) {
            FleetDescription.write(config.groundTruthDir(), FleetGenerator.members(config), config.region(),
                    config.scriptedFailures());
            groundTruth = GroundTruthLog.create(config.groundTruthDir());
            truth = groundTruth;
        }
        try {
            for (int i = 0; i < parts; i++) {
                TelemetryPublisher publisher = publishers.open(i, stats);
                connected.add(publisher);
                publisher.connect();
            }
        } catch (RuntimeException e) {
            connected.forEach(TelemetryPublisher::close);
            closeGroundTruth();
            result.completeExceptionally(e);
            throw e;
        }
        long startNanos = System.nanoTime();
        if (requested.startTime() == null && config.timeScale() == 1.0) {
            // Real time: a sample's event time must be the moment it is published. Starting the simulated clock
            // here, not at the whole second before connecting, keeps every message from being dated up to a
            // second or two early, which the end-to-end benchmark would otherwise count as latency.
            start = Instant.now();
            config = requested.withStartTime(start);
        }
        control = new RunControl(startNanos, config.duration());
        var clock = new SimulatedClock(start.toEpochMilli(), startNanos, config.timeScale());
        List<PartitionRunner> runners = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            var pacer = new RatePacer(config.rate() / parts, System::nanoTime);
            runners.add(new PartitionRunner(FleetGenerator.partition(config, i, parts, truth), connected.get(i), pacer, clock,
                    control, stats, config.drainTimeout()));
        }
        log.info("simulating {} vehicles (seed {}, from {}, a sample every {} per vehicle, time scale {}, rate cap {}) over {} connection(s) to {}",
                config.vehicles(), config.seed(), start, DurationParser.format(config.sampleInterval()),
                config.timeScale() == 0 ? "none" : config.timeScale(), config.rate() == 0 ? "none" : config.rate() + " msg/s",
                parts, config.dryRun() ? "nowhere (dry run)" : config.brokerUri());
        coordinator = new Thread(() -> coordinate(runners, connected, startNanos), "pitwall-sim-coordinator");
        coordinator.start();
    }

    /** Asks the run to end, waits for outstanding acknowledgements, and reports. */
    public SimulationReport stop() {
        RunControl c = control;
        if (c == null) {
            throw new IllegalStateException("the simulator was not started");
        }
        c.requestStop();
        try {
            return result.get(config.drainTimeout().plus(STOP_GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("the simulator did not finish within the drain timeout; interrupting it");
            synchronized (producers) {
                producers.forEach(Thread::interrupt);
            }
            return awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulatorException("interrupted while stopping the simulator", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    /** Blocks until the run ends. */
    public SimulationReport awaitCompletion() {
        try {
            return result.join();
        } catch (CompletionException e) {
            throw unwrap(e.getCause());
        }
    }

    public boolean isRunning() {
        return coordinator != null && !result.isDone();
    }

    /** Live counters. */
    public PublishStats.Snapshot progress() {
        return stats.snapshot();
    }

    /** The configuration in force; after {@link #start()} its start time is resolved. */
    public SimulatorConfig config() {
        return config;
    }

    /** VINs of the fleet, in vehicle order (known before the run starts). */
    public List<String> vins() {
        return FleetGenerator.vins(requested);
    }

    @Override
    public void close() {
        if (isRunning()) {
            stop();
        }
    }

    private void coordinate(List<PartitionRunner> runners, List<TelemetryPublisher> connections, long startNanos) {
        try (var progress = new ProgressReporter(stats, startNanos, config.progressInterval())) {
            synchronized (producers) {
                for (int i = 0; i < runners.size(); i++) {
                    Thread t = new Thread(runners.get(i), "pitwall-sim-producer-" + i);
                    producers.add(t);
                    t.start();
                }
            }
            for (Thread t : producers) {
                t.join();
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
            connections.forEach(TelemetryPublisher::close);
            closeGroundTruth();
            Manifest manifest = Manifest.merge(runners.stream().map(r -> r.generator().manifest()).toList());
            if (config.manifest() != null) {
                manifest.write(config.manifest());
                log.info("manifest written to {}", config.manifest().toAbsolutePath());
            }
            PublishStats.Snapshot s = stats.snapshot();
            boolean allAcknowledged = runners.stream().allMatch(PartitionRunner::acknowledged);
            var report = new SimulationReport(config, elapsed, s.published(), s.acknowledged(), s.duplicates(),
                    s.outOfOrder(), s.malformed(), s.retries(), s.rejected(), s.reconnects(), allAcknowledged, manifest);
            log.info("done: {}", report.summary());
            RuntimeException failure = runners.stream().map(PartitionRunner::failure)
                    .filter(f -> f != null).findFirst().orElse(null);
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(report);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.completeExceptionally(new SimulatorException("interrupted", e));
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    private void closeGroundTruth() {
        if (groundTruth != null) {
            groundTruth.close();
            log.info("ground truth: {} events in {}", groundTruth.events(), groundTruth.file().toAbsolutePath());
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        return new SimulatorException("the simulation failed: " + cause, cause);
    }
}
