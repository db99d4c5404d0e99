package dev.pitwall.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Ground truth of a simulation run: per vehicle, which seqs were sent with a valid payload, which were sent
 * twice, which were held back behind a newer one, and which were replaced by a corrupted payload. Lets a test
 * reconcile exactly what a consumer should have stored and dead-lettered. Written and read as JSON
 * (format {@value #FORMAT}, see the module's README).
 */
public record Manifest(long seed, int fleetSize, Instant startTime, Duration sampleInterval,
        double duplicateRate, double outOfOrderRate, double malformedRate, List<VehicleEntry> vehicles) {

    public static final String FORMAT = "pitwall-simulator-manifest/1";

    public Manifest {
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(sampleInterval, "sampleInterval");
        vehicles = List.copyOf(vehicles);
    }

    /**
     * What one vehicle sent.
     *
     * @param seqCount seqs consumed from the run's first seq on (0 unless --first-seq), each by exactly one
     *                 valid or one malformed message; validSeqs and malformed hold the absolute seqs
     * @param validSeqs inclusive ranges of seqs sent with a valid payload
     * @param duplicateSeqs seqs whose valid payload was sent a second time
     * @param outOfOrderSeqs seqs sent after the vehicle's next message
     * @param malformed seqs whose message was replaced by a corrupted payload
     */
    public record VehicleEntry(int index, String vin, String model, long seqCount, List<SeqRange> validSeqs,
            List<Long> duplicateSeqs, List<Long> outOfOrderSeqs, List<MalformedMessage> malformed) {

        public VehicleEntry {
            validSeqs = List.copyOf(validSeqs);
            duplicateSeqs = List.copyOf(duplicateSeqs);
            outOfOrderSeqs = List.copyOf(outOfOrderSeqs);
            malformed = List.copyOf(malformed);
        }

        public long validCount() {
            return validSeqs.stream().mapToLong(SeqRange::size).sum();
        }

        public boolean isValid(long seq) {
            return validSeqs.stream().anyMatch(r -> r.contains(seq));
        }
    }

    /** Seqs {@code first..last}, both inclusive. */
    public record SeqRange(long first, long last) {
        public SeqRange {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("seq range " + first + ".." + last);
            }
        }

        public long size() {
            return last - first + 1;
        }

        public boolean contains(long seq) {
            return seq >= first && seq <= last;
        }
    }

    /** A corrupted message: the VIN of the topic it was published on, the seq it consumed, and how it was broken. */
    public record MalformedMessage(String vin, long seq, Corruption kind) {
    }

    /** The idempotency key of a valid message. */
    public record MessageKey(String vin, long seq) {
    }

    static Manifest of(SimulatorConfig config, List<VehicleEntry> entries) {
        return new Manifest(config.seed(), config.vehicles(), config.startTime(), config.sampleInterval(),
                config.duplicateRate(), config.outOfOrderRate(), config.malformedRate(), entries);
    }

    /** Joins the manifests of a fleet's partitions (same run, disjoint vehicles). */
    static Manifest merge(List<Manifest> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to merge");
        }
        List<VehicleEntry> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.vehicles()));
        all.sort(Comparator.comparingInt(VehicleEntry::index));
        Manifest first = parts.get(0);
        return new Manifest(first.seed, first.fleetSize, first.startTime, first.sampleInterval,
                first.duplicateRate, first.outOfOrderRate, first.malformedRate, all);
    }

    public static Manifest read(Path file) {
        return ManifestJson.read(file);
    }

    public void write(Path file) {
        ManifestJson.write(this, file);
    }

    public Optional<VehicleEntry> vehicle(String vin) {
        return vehicles.stream().filter(v -> v.vin().equals(vin)).findFirst();
    }

    public List<String> vins() {
        return vehicles.stream().map(VehicleEntry::vin).toList();
    }

    /** Every distinct (vin, seq) sent with a valid payload: what a deduplicating consumer should end up with. */
    public Set<MessageKey> validMessages() {
        Set<MessageKey> keys = new HashSet<>();
        for (VehicleEntry v : vehicles) {
            for (SeqRange r : v.validSeqs()) {
                for (long seq = r.first(); seq <= r.last(); seq++) {
                    keys.add(new MessageKey(v.vin(), seq));
                }
            }
        }
        return keys;
    }

    /** Every corrupted message, by vehicle then seq: what should end up in the dead-letter topic. */
    public List<MalformedMessage> malformedMessages() {
        return vehicles.stream().flatMap(v -> v.malformed().stream()).toList();
    }

    /** Seqs consumed: valid plus malformed. */
    public long samples() {
        return vehicles.stream().mapToLong(VehicleEntry::seqCount).sum();
    }

    public long validCount() {
        return vehicles.stream().mapToLong(VehicleEntry::validCount).sum();
    }

    public long duplicateCount() {
        return vehicles.stream().mapToLong(v -> v.duplicateSeqs().size()).sum();
    }

    public long outOfOrderCount() {
        return vehicles.stream().mapToLong(v -> v.outOfOrderSeqs().size()).sum();
    }

    public long malformedCount() {
        return vehicles.stream().mapToLong(v -> v.malformed().size()).sum();
    }

    /** Messages published (not counting transport-level re-sends after a lost connection). */
    public long publishedCount() {
        return samples() + duplicateCount();
    }
}
