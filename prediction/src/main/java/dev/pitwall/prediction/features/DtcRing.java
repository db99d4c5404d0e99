package dev.pitwall.prediction.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * Trouble-code counts per family over one rolling window, in time buckets like {@link BucketRing}: per bucket the
 * samples that reported a code list, and per family the samples with a code of it active and the onsets (a family's
 * code appearing where the previous report had none).
 */
final class DtcRing {

    private static final long EMPTY = Long.MIN_VALUE;

    private final long bucketMillis;
    private final int slots;
    private final int families;
    private final long[] index;
    private final int[] reported;
    /** [slot * families + family] */
    private final int[] active;
    private final int[] onsets;

    DtcRing(WindowSpec window, int families) {
        this.bucketMillis = window.bucketMillis();
        this.slots = window.slots();
        this.families = families;
        index = new long[slots];
        Arrays.fill(index, EMPTY);
        reported = new int[slots];
        active = new int[slots * families];
        onsets = new int[slots * families];
    }

    void add(long timeMillis, int activeMask, int onsetMask) {
        long bucket = Math.floorDiv(timeMillis, bucketMillis);
        int slot = (int) Math.floorMod(bucket, (long) slots);
        if (index[slot] != bucket) {
            if (index[slot] != EMPTY && index[slot] > bucket) {
                return;
            }
            index[slot] = bucket;
            reported[slot] = 0;
            Arrays.fill(active, slot * families, (slot + 1) * families, 0);
            Arrays.fill(onsets, slot * families, (slot + 1) * families, 0);
        }
        reported[slot]++;
        for (int f = 0; f < families; f++) {
            if ((activeMask & (1 << f)) != 0) {
                active[slot * families + f]++;
            }
            if ((onsetMask & (1 << f)) != 0) {
                onsets[slot * families + f]++;
            }
        }
    }

    /**
     * Sums the buckets overlapping {@code (asOf - lengthMillis, asOf]}: {@code out[0]} reported samples,
     * {@code out[1 + f]} active samples of family f, {@code out[1 + families + f]} onsets of family f.
     */
    void collect(long asOfMillis, long lengthMillis, int[] out) {
        Arrays.fill(out, 0);
        long first = Math.floorDiv(asOfMillis - lengthMillis, bucketMillis);
        long last = Math.floorDiv(asOfMillis, bucketMillis);
        for (long bucket = Math.max(first, last - slots + 1); bucket <= last; bucket++) {
            int slot = (int) Math.floorMod(bucket, (long) slots);
            if (index[slot] == bucket) {
                out[0] += reported[slot];
                for (int f = 0; f < families; f++) {
                    out[1 + f] += active[slot * families + f];
                    out[1 + families + f] += onsets[slot * families + f];
                }
            }
        }
    }

    void write(DataOutput out) throws IOException {
        out.writeLong(bucketMillis);
        out.writeByte(families);
        int used = 0;
        for (int slot = 0; slot < slots; slot++) {
            if (index[slot] != EMPTY && reported[slot] > 0) {
                used++;
            }
        }
        out.writeShort(used);
        for (int slot = 0; slot < slots; slot++) {
            if (index[slot] != EMPTY && reported[slot] > 0) {
                out.writeLong(index[slot]);
                out.writeInt(reported[slot]);
                for (int f = 0; f < families; f++) {
                    out.writeInt(active[slot * families + f]);
                    out.writeInt(onsets[slot * families + f]);
                }
            }
        }
    }

    /** Reads into {@code into}, or skips when absent or laid out differently (bucket size, family count). */
    static void read(DataInput in, DtcRing into) throws IOException {
        long writtenBucketMillis = in.readLong();
        int writtenFamilies = in.readUnsignedByte();
        int used = in.readUnsignedShort();
        boolean keep = into != null && into.bucketMillis == writtenBucketMillis && into.families == writtenFamilies;
        for (int i = 0; i < used; i++) {
            long bucket = in.readLong();
            int count = in.readInt();
            int slot = keep ? (int) Math.floorMod(bucket, (long) into.slots) : -1;
            if (keep) {
                into.index[slot] = bucket;
                into.reported[slot] = count;
            }
            for (int f = 0; f < writtenFamilies; f++) {
                int a = in.readInt();
                int o = in.readInt();
                if (keep) {
                    into.active[slot * writtenFamilies + f] = a;
                    into.onsets[slot * writtenFamilies + f] = o;
                }
            }
        }
    }
}
