package dev.pitwall.simulator;

import dev.pitwall.simulator.vehicle.VehicleIdentity;
import java.util.ArrayList;
import java.util.List;

/** What one vehicle's stream has handed out so far; becomes the vehicle's entry in the {@link Manifest}. */
final class VehicleLedger {

    private final VehicleIdentity identity;
    private final List<Long> duplicateSeqs = new ArrayList<>();
    private final List<Long> outOfOrderSeqs = new ArrayList<>();
    private final List<Manifest.MalformedMessage> malformed = new ArrayList<>();
    private final long firstSeq;
    private long nextSeq;

    VehicleLedger(VehicleIdentity identity, long firstSeq) {
        this.identity = identity;
        this.firstSeq = firstSeq;
        this.nextSeq = firstSeq;
    }

    void sampled(long seq) {
        nextSeq = seq + 1;
    }

    void duplicated(long seq) {
        duplicateSeqs.add(seq);
    }

    void delayed(long seq) {
        outOfOrderSeqs.add(seq);
    }

    void malformed(long seq, Corruption kind) {
        malformed.add(new Manifest.MalformedMessage(identity.vin(), seq, kind));
    }

    Manifest.VehicleEntry toEntry() {
        List<Manifest.SeqRange> valid = new ArrayList<>();
        long from = firstSeq;
        for (Manifest.MalformedMessage m : malformed) { // in seq order: they were recorded as produced
            if (m.seq() > from) {
                valid.add(new Manifest.SeqRange(from, m.seq() - 1));
            }
            from = m.seq() + 1;
        }
        if (nextSeq > from) {
            valid.add(new Manifest.SeqRange(from, nextSeq - 1));
        }
        return new Manifest.VehicleEntry(identity.index(), identity.vin(), identity.model().displayName(),
                nextSeq - firstSeq,
                valid, sorted(duplicateSeqs), sorted(outOfOrderSeqs), List.copyOf(malformed));
    }

    /** Held-back messages are recorded when released, so these lists may be slightly out of seq order. */
    private static List<Long> sorted(List<Long> seqs) {
        List<Long> copy = new ArrayList<>(seqs);
        copy.sort(null);
        return List.copyOf(copy);
    }
}
