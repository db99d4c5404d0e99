package dev.pitwall.prediction.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Arrays;

/**
 * One rolling window of one signal: a ring of time buckets, each a {@link WindowStats}-style summary of its samples.
 * A sample lands in the bucket of its event time, so late samples are counted where they belong; a sample older
 * than the ring is dropped. Memory is {@code slots} buckets whatever the sampling rate.
 */
final class BucketRing {

    private static final long EMPTY = Long.MIN_VALUE;

    private final long bucketMillis;
    private final int slots;
    private final long[] index;
    private final int[] n;
    private final double[] mean;
    private final double[] m2;
    private final double[] min;
    private final double[] max;
    private final double[] meanT;
    private final double[] m2T;
    private final double[] coMoment;

    BucketRing(WindowSpec window) {
        this(window.bucketMillis(), window.slots());
    }

    BucketRing(long bucketMillis, int slots) {
        this.bucketMillis = bucketMillis;
        this.slots = slots;
        index = new long[slots];
        Arrays.fill(index, EMPTY);
        n = new int[slots];
        mean = new double[slots];
        m2 = new double[slots];
        min = new double[slots];
        max = new double[slots];
        meanT = new double[slots];
        m2T = new double[slots];
        coMoment = new double[slots];
    }

    /** @return false if the sample is older than the ring reaches */
    boolean add(long timeMillis, double value) {
        long bucket = Math.floorDiv(timeMillis, bucketMillis);
        int slot = (int) Math.floorMod(bucket, (long) slots);
        if (index[slot] != bucket) {
            if (index[slot] != EMPTY && index[slot] > bucket) {
                return false;
            }
            reset(slot, bucket);
        }
        double t = (timeMillis - bucket * bucketMillis) / 1000.0;
        int count = ++n[slot];
        double dx = value - mean[slot];
        mean[slot] += dx / count;
        double dt = t - meanT[slot];
        meanT[slot] += dt / count;
        m2[slot] += dx * (value - mean[slot]);
        m2T[slot] += dt * (t - meanT[slot]);
        coMoment[slot] += dt * (value - mean[slot]);
        min[slot] = Math.min(min[slot], value);
        max[slot] = Math.max(max[slot], value);
        return true;
    }

    /** Summarises the buckets overlapping {@code (asOf - lengthMillis, asOf]} into {@code out} (cleared first). */
    void collect(long asOfMillis, long lengthMillis, WindowStats out) {
        out.clear();
        long first = Math.floorDiv(asOfMillis - lengthMillis, bucketMillis);
        long last = Math.floorDiv(asOfMillis, bucketMillis);
        for (long bucket = Math.max(first, last - slots + 1); bucket <= last; bucket++) {
            int slot = (int) Math.floorMod(bucket, (long) slots);
            if (index[slot] == bucket) {
                double shift = (bucket - first) * (bucketMillis / 1000.0);
                out.merge(n[slot], mean[slot], m2[slot], min[slot], max[slot], meanT[slot], m2T[slot], coMoment[slot],
                        shift);
            }
        }
    }

    private void reset(int slot, long bucket) {
        index[slot] = bucket;
        n[slot] = 0;
        mean[slot] = 0;
        m2[slot] = 0;
        min[slot] = Double.POSITIVE_INFINITY;
        max[slot] = Double.NEGATIVE_INFINITY;
        meanT[slot] = 0;
        m2T[slot] = 0;
        coMoment[slot] = 0;
    }

    /**
     * Writes the non-empty buckets only (most running-scope buckets of a parked car are empty), and a bucket with
     * one sample (the parked heartbeat: one an hour) as just its value and time: the rest is implied, exactly.
     */
    void write(DataOutput out) throws IOException {
        out.writeLong(bucketMillis);
        int used = 0;
        for (int slot = 0; slot < slots; slot++) {
            if (index[slot] != EMPTY && n[slot] > 0) {
                used++;
            }
        }
        out.writeShort(used);
        for (int slot = 0; slot < slots; slot++) {
            if (index[slot] == EMPTY || n[slot] == 0) {
                continue;
            }
            out.writeLong(index[slot]);
            out.writeInt(n[slot]);
            out.writeDouble(mean[slot]);
            out.writeDouble(meanT[slot]);
            if (n[slot] > 1) {
                out.writeDouble(m2[slot]);
                out.writeDouble(min[slot]);
                out.writeDouble(max[slot]);
                out.writeDouble(m2T[slot]);
                out.writeDouble(coMoment[slot]);
            }
        }
    }

    /**
     * Reads what {@link #write} wrote into this ring, or skips it ({@code into == null}, or a different bucket size:
     * a changed window configuration starts the ring empty rather than mixing bucket sizes).
     */
    static void read(DataInput in, BucketRing into) throws IOException {
        long writtenBucketMillis = in.readLong();
        int used = in.readUnsignedShort();
        boolean keep = into != null && into.bucketMillis == writtenBucketMillis;
        double[] v = new double[7];
        for (int i = 0; i < used; i++) {
            long bucket = in.readLong();
            int count = in.readInt();
            v[0] = in.readDouble(); // mean
            v[4] = in.readDouble(); // mean time
            if (count > 1) {
                v[1] = in.readDouble();
                v[2] = in.readDouble();
                v[3] = in.readDouble();
                v[5] = in.readDouble();
                v[6] = in.readDouble();
            } else {
                // what Welford's update leaves after one sample
                v[1] = 0;
                v[2] = v[0];
                v[3] = v[0];
                v[5] = 0;
                v[6] = 0;
            }
            if (keep) {
                into.restore(bucket, count, v);
            }
        }
    }

    private void restore(long bucket, int count, double[] v) {
        int slot = (int) Math.floorMod(bucket, (long) slots);
        if (index[slot] != EMPTY && index[slot] > bucket) {
            return;
        }
        index[slot] = bucket;
        n[slot] = count;
        mean[slot] = v[0];
        m2[slot] = v[1];
        min[slot] = v[2];
        max[slot] = v[3];
        meanT[slot] = v[4];
        m2T[slot] = v[5];
        coMoment[slot] = v[6];
    }
}
