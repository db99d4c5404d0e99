package dev.pitwall.simulator.history;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.simulator.FleetGenerator;
import dev.pitwall.simulator.SimulatorConfig;
import dev.pitwall.simulator.SimulatorException;
import dev.pitwall.simulator.groundtruth.FleetDescription;
import dev.pitwall.simulator.groundtruth.GroundTruthLog;
import dev.pitwall.simulator.history.HistorySampler.Event;
import dev.pitwall.simulator.history.HistorySampler.Line;
import dev.pitwall.simulator.vehicle.FleetMember;
import dev.pitwall.simulator.vehicle.FleetSettings;
import dev.pitwall.simulator.vehicle.MaintenanceEvent;
import dev.pitwall.simulator.vehicle.MaintenanceEvent.Kind;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * History mode: simulates a fleet over days as fast as the machine allows, without MQTT, and writes what it
 * would have published ({@code telemetry.ndjson.gz}: one wire payload per line, encoded by the same codec) with
 * the ground truth ({@code ground-truth.csv}, {@code fleet.csv}). The fleet advances day by day: the vehicles of a
 * day are simulated in parallel (they are independent), then that day's messages are sorted by event time (ties
 * by vehicle index) and compressed by a writer thread while the next day is simulated, and its ground-truth
 * events are appended in time order and flushed. So both files are in time order, readable while the run goes
 * on (the gzip stream is flushed after each day), and byte for byte the same for a seed whatever the number of
 * threads.
 */
public final class FleetHistory {

    public static final String TELEMETRY_FILE = "telemetry.ndjson.gz";
    private static final long DAY = 86_400_000L;
    /** Small enough to balance the threads' load, large enough to keep the task overhead negligible. */
    private static final int VEHICLES_PER_TASK = 4;

    private final HistoryConfig config;
    private final PrintStream progressOut;
    private final AtomicInteger vehiclesThroughDay = new AtomicInteger();
    private final Map<Component, Map<Kind, Long>> counts = new EnumMap<>(Component.class);
    private volatile int daysDone;
    private volatile long messages;
    private volatile long failures;

    public FleetHistory(HistoryConfig config) {
        this(config, System.err);
    }

    /** @param progressOut where progress lines go ({@code System.err} on the command line) */
    public FleetHistory(HistoryConfig config, PrintStream progressOut) {
        this.config = config;
        this.progressOut = progressOut;
    }

    public HistoryReport run() {
        long t0 = System.nanoTime();
        SimulatorConfig fleet = config.fleet();
        Path gtDir = config.groundTruthDir();
        Path telemetryFile = config.out().resolve(TELEMETRY_FILE);
        try {
            Files.createDirectories(config.out());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output directory " + config.out(), e);
        }
        List<FleetMember> members = FleetGenerator.members(fleet);
        Path fleetFile = FleetDescription.write(gtDir, members, fleet.region(), fleet.scriptedFailures());
        HistorySampler[] samplers = samplers(members, fleet);
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), daemon("pitwall-history-sim"));
        ExecutorService writer = Executors.newSingleThreadExecutor(daemon("pitwall-history-writer"));
        HistoryProgress progress = new HistoryProgress(this, config, progressOut, fleet.progressInterval(), t0);
        try (GroundTruthLog truth = GroundTruthLog.create(gtDir);
                OutputStream file = new BufferedOutputStream(Files.newOutputStream(telemetryFile), 1 << 16);
                GZIPOutputStream gz = fastGzip(file)) {
            TelemetryCodec codec = new TelemetryCodec();
            long start = fleet.startTime().toEpochMilli();
            Future<?> writing = null;
            for (int day = 0; day < config.days(); day++) {
                vehiclesThroughDay.set(0);
                List<Line> lines = new ArrayList<>();
                List<Event> events = new ArrayList<>();
                simulateDay(pool, samplers, start + (day + 1) * DAY, codec, lines, events);
                lines.sort(Comparator.comparingLong(Line::epochMillis).thenComparingInt(Line::vehicleIndex));
                events.sort(Comparator.comparingLong((Event e) -> e.event().epochMillis()).thenComparingInt(Event::vehicleIndex));
                if (writing != null) {
                    writing.get(); // at most one day waits for compression: memory stays bounded
                }
                writing = writer.submit(() -> write(lines, gz));
                truth.onAll(events.stream().map(Event::event).toList());
                count(events, lines.size());
                daysDone = day + 1;
            }
            if (writing != null) {
                writing.get();
            }
            gz.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + telemetryFile, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulatorException("history run interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new SimulatorException("history run failed", e.getCause());
        } finally {
            progress.close();
            pool.shutdownNow();
            writer.shutdownNow();
        }
        HistoryReport report = new HistoryReport(fleet.vehicles(), config.days(), messages, copyOfCounts(),
                Duration.ofNanos(System.nanoTime() - t0), telemetryFile, gtDir.resolve(GroundTruthLog.FILE_NAME), fleetFile);
        progress.done(report);
        return report;
    }

    int daysDone() {
        return daysDone;
    }

    int vehiclesThroughDay() {
        return vehiclesThroughDay.get();
    }

    long messages() {
        return messages;
    }

    long failures() {
        return failures;
    }

    private HistorySampler[] samplers(List<FleetMember> members, SimulatorConfig fleet) {
        FleetSettings settings = fleet.fleetSettings();
        long interval = fleet.sampleInterval().toMillis();
        long parked = config.parkedSampleInterval().toMillis();
        HistorySampler[] samplers = new HistorySampler[members.size()];
        for (int i = 0; i < samplers.length; i++) {
            FleetMember m = members.get(i);
            List<MaintenanceEvent> buffer = HistorySampler.newEventBuffer();
            samplers[i] = new HistorySampler(m.simulate(fleet.seed(), settings, buffer::add), buffer, m.startMillis(),
                    interval, parked);
        }
        return samplers;
    }

    private void simulateDay(ExecutorService pool, HistorySampler[] samplers, long endMillis, TelemetryCodec codec,
            List<Line> lines, List<Event> events) throws InterruptedException, ExecutionException {
        record Block(List<Line> lines, List<Event> events) {
        }
        List<Future<Block>> blocks = new ArrayList<>();
        for (int from = 0; from < samplers.length; from += VEHICLES_PER_TASK) {
            int first = from;
            int last = Math.min(samplers.length, from + VEHICLES_PER_TASK);
            blocks.add(pool.submit(() -> {
                Block block = new Block(new ArrayList<>(), new ArrayList<>());
                for (int i = first; i < last; i++) {
                    samplers[i].runUntil(endMillis, codec, block.lines(), block.events());
                    vehiclesThroughDay.incrementAndGet();
                }
                return block;
            }));
        }
        for (Future<Block> f : blocks) { // in vehicle order, so the merge does not depend on scheduling
            Block b = f.get();
            lines.addAll(b.lines());
            events.addAll(b.events());
        }
    }

    private static Void write(List<Line> lines, GZIPOutputStream gz) throws IOException {
        for (Line line : lines) {
            gz.write(line.payload());
            gz.write('\n');
        }
        gz.flush(); // sync flush: what is written so far can be decompressed while the run goes on
        return null;
    }

    private synchronized void count(List<Event> events, int lines) {
        messages += lines;
        for (Event e : events) {
            MaintenanceEvent m = e.event();
            counts.computeIfAbsent(m.component(), c -> new EnumMap<>(Kind.class)).merge(m.kind(), 1L, Long::sum);
            if (m.kind() == Kind.FAILURE) {
                failures++;
            }
        }
    }

    synchronized Map<Component, Map<Kind, Long>> copyOfCounts() {
        Map<Component, Map<Kind, Long>> copy = new EnumMap<>(Component.class);
        counts.forEach((c, m) -> copy.put(c, Map.copyOf(m)));
        return copy;
    }

    /** Fast compression (the run is CPU-bound); deterministic for the same input; sync-flushable. */
    private static GZIPOutputStream fastGzip(OutputStream out) throws IOException {
        return new GZIPOutputStream(out, 1 << 16, true) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        };
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.getAndIncrement());
            t.setDaemon(true);
            return t;
        };
    }
}
