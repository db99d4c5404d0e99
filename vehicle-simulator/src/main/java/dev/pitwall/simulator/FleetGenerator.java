package dev.pitwall.simulator;

import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.simulator.vehicle.FleetMember;
import dev.pitwall.simulator.vehicle.FleetSettings;
import dev.pitwall.simulator.vehicle.MaintenanceListener;
import dev.pitwall.simulator.vehicle.Seeds;
import dev.pitwall.simulator.vehicle.SimulatedVehicle;
import dev.pitwall.simulator.vehicle.VehicleIdentity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The fleet's messages without any transport, in simulated-time order: round after round, each vehicle's
 * next sample at its staggered moment. Use it directly in tests and benchmarks; {@link FleetSimulator} runs
 * one per MQTT connection over a partition of the vehicles. Deterministic: for a given seed and configuration
 * every vehicle produces the same (topic, payload) sequence, however the fleet is partitioned. The vehicles'
 * failures, repairs and services go to the {@link MaintenanceListener} given (never into the payloads).
 * Not thread-safe.
 */
public final class FleetGenerator {

    private final SimulatorConfig config;
    private final VehicleStream[] streams; // ordered by sampling offset: one round is in time order
    private final List<VehicleLedger> ledgers;
    private int cursor;
    private long remainingSamples;

    private FleetGenerator(SimulatorConfig config, int part, int parts, MaintenanceListener listener) {
        if (config.startTime() == null) {
            config = config.withStartTime(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
        this.config = config;
        TelemetryCodec codec = new TelemetryCodec();
        FaultRates rates = FaultRates.of(config);
        long interval = config.sampleInterval().toMillis();
        long start = config.startTime().toEpochMilli();
        List<VehicleStream> list = new ArrayList<>();
        List<VehicleLedger> ledgerList = new ArrayList<>();
        List<Long> offsets = new ArrayList<>();
        long total = 0;
        FleetSettings settings = config.fleetSettings();
        for (int i = part; i < config.vehicles(); i += parts) {
            FleetMember member = FleetMember.of(config.seed(), i, start, interval, config.climateMix());
            VehicleIdentity identity = member.identity();
            long firstSample = member.startMillis();
            SimulatedVehicle vehicle = member.simulate(config.seed(), settings, listener);
            long limit = samplesFor(config, i);
            var stream = new VehicleStream(vehicle, Seeds.random(config.seed(), i, Seeds.FAULTS), rates, codec,
                    firstSample, interval, limit, config.firstSeq());
            list.add(stream);
            ledgerList.add(stream.ledger());
            offsets.add(identity.sampleOffsetMillis());
            total = limit == Long.MAX_VALUE || total == Long.MAX_VALUE ? Long.MAX_VALUE : total + limit;
        }
        Integer[] order = new Integer[list.size()];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, Comparator.comparing(offsets::get));
        this.streams = Arrays.stream(order).map(list::get).toArray(VehicleStream[]::new);
        this.ledgers = List.copyOf(ledgerList);
        this.remainingSamples = total;
    }

    /** All vehicles of the configured fleet; their ground truth is dropped. */
    public static FleetGenerator create(SimulatorConfig config) {
        return create(config, MaintenanceListener.NONE);
    }

    /** All vehicles of the configured fleet, their ground truth to {@code listener}. */
    public static FleetGenerator create(SimulatorConfig config, MaintenanceListener listener) {
        return new FleetGenerator(config, 0, 1, listener);
    }

    /** The vehicles whose index modulo {@code parts} is {@code part}. */
    public static FleetGenerator partition(SimulatorConfig config, int part, int parts) {
        return partition(config, part, parts, MaintenanceListener.NONE);
    }

    /** The vehicles whose index modulo {@code parts} is {@code part}, their ground truth to {@code listener}. */
    public static FleetGenerator partition(SimulatorConfig config, int part, int parts, MaintenanceListener listener) {
        if (parts < 1 || part < 0 || part >= parts) {
            throw new IllegalArgumentException("partition " + part + " of " + parts);
        }
        return new FleetGenerator(config, part, parts, listener);
    }

    /** The configured fleet's vehicles and traits, without simulating anything (for {@code fleet.csv}). */
    public static List<FleetMember> members(SimulatorConfig config) {
        long interval = config.sampleInterval().toMillis();
        long start = config.startTime().toEpochMilli();
        List<FleetMember> members = new ArrayList<>(config.vehicles());
        for (int i = 0; i < config.vehicles(); i++) {
            members.add(FleetMember.of(config.seed(), i, start, interval, config.climateMix()));
        }
        return members;
    }

    /** The VINs of the configured fleet in vehicle order, without simulating anything. */
    public static List<String> vins(SimulatorConfig config) {
        long interval = config.sampleInterval().toMillis();
        List<String> vins = new ArrayList<>(config.vehicles());
        for (int i = 0; i < config.vehicles(); i++) {
            vins.add(VehicleIdentity.create(config.seed(), i, interval).vin());
        }
        return vins;
    }

    /** Samples vehicle {@code index} produces: {@code messages} spread evenly, the first vehicles taking the remainder. */
    static long samplesFor(SimulatorConfig config, int index) {
        if (config.messages() == 0) {
            return Long.MAX_VALUE;
        }
        long base = config.messages() / config.vehicles();
        return base + (index < config.messages() % config.vehicles() ? 1 : 0);
    }

    public SimulatorConfig config() {
        return config;
    }

    public boolean hasNext() {
        return remainingSamples > 0;
    }

    /** Simulated time (epoch ms) of the next sample. */
    public long nextEventMillis() {
        return streams[advanceToLiveStream()].nextEventMillis();
    }

    /** Produces the next sample and hands its messages (none while held back, up to four) to {@code out}. */
    public void produceNext(Consumer<SimulatedMessage> out) {
        if (!hasNext()) {
            throw new IllegalStateException("the fleet has produced all " + config.messages() + " samples");
        }
        int k = advanceToLiveStream();
        cursor = (k + 1) % streams.length;
        if (remainingSamples != Long.MAX_VALUE) {
            remainingSamples--;
        }
        streams[k].produceNext(out);
    }

    /** Hands out the messages still held back for reordering; call once, when no more samples will be produced. */
    public void finish(Consumer<SimulatedMessage> out) {
        for (VehicleStream stream : streams) {
            stream.finish(out);
        }
    }

    /**
     * Every message until the sample limit, then the held-back ones. Infinite when {@code messages} is 0:
     * use {@link Stream#limit} then, and {@link #finish} for what is still held.
     */
    public Stream<SimulatedMessage> stream() {
        var buffer = new ArrayDeque<SimulatedMessage>();
        var spliterator = new Spliterators.AbstractSpliterator<SimulatedMessage>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            private boolean finished;

            @Override
            public boolean tryAdvance(Consumer<? super SimulatedMessage> action) {
                while (buffer.isEmpty()) {
                    if (hasNext()) {
                        produceNext(buffer::add);
                    } else if (!finished) {
                        finished = true;
                        finish(buffer::add);
                    } else {
                        return false;
                    }
                }
                action.accept(buffer.poll());
                return true;
            }
        };
        return StreamSupport.stream(spliterator, false);
    }

    /** Ground truth for this generator's vehicles: everything handed out so far. */
    public Manifest manifest() {
        List<Manifest.VehicleEntry> entries = new ArrayList<>(ledgers.size());
        for (VehicleLedger ledger : ledgers) {
            entries.add(ledger.toEntry());
        }
        entries.sort(Comparator.comparingInt(Manifest.VehicleEntry::index));
        return Manifest.of(config, entries);
    }

    /** Index of the next stream with samples left, skipping vehicles that reached their limit. */
    private int advanceToLiveStream() {
        if (!hasNext()) {
            throw new IllegalStateException("no samples left");
        }
        while (!streams[cursor].hasNext()) {
            cursor = (cursor + 1) % streams.length;
        }
        return cursor;
    }
}
