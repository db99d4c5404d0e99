package dev.pitwall.stream;

import dev.pitwall.core.telemetry.Telemetry;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Drops a message whose {@code (vin, seq)} was already seen (keyed by VIN). Kafka and MQTT deliver at least
 * once, so duplicates are normal; they are counted, not logged.
 *
 * <p>Each vehicle remembers a sliding window of its newest seqs, counted back from the newest seq it sent: a
 * duplicate of any of the newest {@code window} seqs is dropped, whatever order the messages came in. The
 * window is a fixed ring of buckets of 64 consecutive seqs, one bitmap each (16 bytes per 64 seqs, about
 * 4 KB per vehicle for the default window of 16,384), so a message costs O(1) whatever the vehicle's history. A seq older than the window cannot be told apart from a new
 * one: it is let through and counted ({@link PipelineMetrics#BEYOND_DEDUP_WINDOW}). That is harmless: every
 * write below is idempotent on {@code (vin, seq)} and vehicle state never moves back in time.
 *
 * <p>What is dropped depends only on each vehicle's input order, not on processing time: replaying the same
 * input gives the same output. The one exception is the state TTL: a vehicle silent for {@code ttl}
 * (processing time) loses its window, so that vehicles that left the fleet do not hold memory forever.
 */
public final class TelemetryDeduplicator extends KeyedProcessFunction<String, Telemetry, Telemetry> {

    private static final long serialVersionUID = 1L;

    public static final String UID = "dedup";
    public static final String RECENT_SEQS_STATE = "recent-seqs";
    /**
     * Expired vehicles cleaned per state access on the heap backend (on top of cleanup in full snapshots). A
     * value state visits one small array per key, so one key per access keeps the cost flat.
     */
    private static final int CLEANUP_KEYS_PER_ACCESS = 1;
    /**
     * The per-bucket map state this operator kept before {@value #RECENT_SEQS_STATE}. A checkpoint taken before
     * the change restores it under the same uid, and Flink would carry a restored but unused state in memory
     * and in every checkpoint forever; it is cleared vehicle by vehicle instead (silent vehicles expire by its
     * TTL). Remove once no deployment restores a checkpoint from before {@value #RECENT_SEQS_STATE}.
     */
    static final String LEGACY_SEEN_SEQS_STATE = "seen-seqs";

    private final int buckets;
    private final Duration ttl;

    private transient ValueState<long[]> recentSeqs;
    private transient MapState<Long, Long> legacySeenSeqs;
    private transient Counter duplicates;
    private transient Counter beyondWindow;

    /**
     * @param window how many of a vehicle's newest seqs are remembered, at least 64
     * @param ttl    a vehicle without messages for this long (processing time) forgets its seqs
     */
    public TelemetryDeduplicator(int window, Duration ttl) {
        this.buckets = RecentSeqs.bucketsFor(window);
        this.ttl = ttl;
    }

    /** The state holding each vehicle's ring of recent seq buckets (see {@link RecentSeqs} for its layout). */
    public static ValueStateDescriptor<long[]> recentSeqsDescriptor(Duration ttl) {
        ValueStateDescriptor<long[]> descriptor =
                new ValueStateDescriptor<>(RECENT_SEQS_STATE, PrimitiveArrayTypeInfo.LONG_PRIMITIVE_ARRAY_TYPE_INFO);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .updateTtlOnCreateAndWrite()
                .neverReturnExpired()
                .cleanupFullSnapshot()
                .cleanupIncrementally(CLEANUP_KEYS_PER_ACCESS, false)
                .build());
        return descriptor;
    }

    /** {@value #LEGACY_SEEN_SEQS_STATE} as it was registered, so that a restored one is compatible. */
    static MapStateDescriptor<Long, Long> legacySeenSeqsDescriptor(Duration ttl) {
        MapStateDescriptor<Long, Long> descriptor =
                new MapStateDescriptor<>(LEGACY_SEEN_SEQS_STATE, Types.LONG, Types.LONG);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .updateTtlOnCreateAndWrite()
                .neverReturnExpired()
                .cleanupFullSnapshot()
                .build());
        return descriptor;
    }

    @Override
    public void open(OpenContext openContext) {
        recentSeqs = getRuntimeContext().getState(recentSeqsDescriptor(ttl));
        legacySeenSeqs = getRuntimeContext().getMapState(legacySeenSeqsDescriptor(ttl));
        duplicates = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.DUPLICATES_DROPPED);
        beyondWindow = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.BEYOND_DEDUP_WINDOW);
    }

    @Override
    public void processElement(Telemetry telemetry, Context context, Collector<Telemetry> out) throws Exception {
        // on the heap backend this is the live array; it is only changed before update(), never shared elsewhere
        long[] ring = recentSeqs.value();
        boolean changed = false;
        if (ring == null) {
            ring = RecentSeqs.empty(buckets);
            changed = true;
            legacySeenSeqs.clear(); // once per vehicle (and after each TTL expiry)
        } else if (RecentSeqs.buckets(ring) != buckets) {
            ring = RecentSeqs.resized(ring, buckets); // restored from a run with another window
            changed = true;
        }
        switch (RecentSeqs.record(ring, telemetry.seq())) {
            case DUPLICATE -> duplicates.inc();
            case BEYOND_WINDOW -> {
                beyondWindow.inc();
                out.collect(telemetry);
            }
            case NEW -> {
                changed = true;
                out.collect(telemetry);
            }
        }
        if (changed) {
            recentSeqs.update(ring);
        }
    }

    /**
     * The dedup window as plain Java over the {@code long[]} the state holds: slot {@code i} of the ring is
     * {@code ring[2i]}, the bucket id ({@code seq / 64}, or {@link #EMPTY}), and {@code ring[2i + 1]}, the bitmap
     * of that bucket's seqs seen. Bucket {@code b} lives in slot {@code b mod K}. A slot's bucket id only ever
     * grows, so a slot holding an older bucket (or none) proves that {@code b} was never seen, and a slot holding
     * a newer one means {@code b} is older than the window.
     */
    static final class RecentSeqs {

        static final int SEQS_PER_BUCKET = Long.SIZE;
        static final int MIN_WINDOW = SEQS_PER_BUCKET;
        /** 256 KB per vehicle: a typo with extra zeros should fail at start, not exhaust the heap later. */
        static final int MAX_WINDOW = 1 << 20;
        /** Bucket id of an empty slot: below every real bucket, so an empty slot is simply "older". */
        static final long EMPTY = Long.MIN_VALUE;

        enum Verdict { NEW, DUPLICATE, BEYOND_WINDOW }

        private RecentSeqs() {
        }

        /**
         * Ring size that covers the newest {@code window} seqs however they align with buckets: they span at
         * most {@code ceil((window - 1) / 64) + 1} buckets.
         */
        static int bucketsFor(int window) {
            if (window < MIN_WINDOW) {
                throw new IllegalArgumentException(
                        "dedup window: expected at least " + MIN_WINDOW + " seqs, got " + window);
            }
            return (window - 1 + SEQS_PER_BUCKET - 1) / SEQS_PER_BUCKET + 1;
        }

        static long[] empty(int buckets) {
            long[] ring = new long[2 * buckets];
            for (int slot = 0; slot < buckets; slot++) {
                ring[2 * slot] = EMPTY;
            }
            return ring;
        }

        static int buckets(long[] ring) {
            return ring.length / 2;
        }

        /** Marks {@code seq} as seen (mutating {@code ring}) unless it was seen or is older than the window. */
        static Verdict record(long[] ring, long seq) {
            long bucket = Math.floorDiv(seq, SEQS_PER_BUCKET);
            long bit = 1L << Math.floorMod(seq, SEQS_PER_BUCKET);
            int slot = 2 * Math.floorMod(bucket, buckets(ring));
            long held = ring[slot];
            if (held == bucket) {
                if ((ring[slot + 1] & bit) != 0) {
                    return Verdict.DUPLICATE;
                }
                ring[slot + 1] |= bit;
                return Verdict.NEW;
            }
            if (held > bucket) {
                return Verdict.BEYOND_WINDOW;
            }
            ring[slot] = bucket; // evicts a bucket at least K older, or fills an empty slot
            ring[slot + 1] = bit;
            return Verdict.NEW;
        }

        /**
         * The same buckets in a ring of another size, the newer bucket winning a shared slot. A ring cannot
         * recall the buckets it had already evicted, so after a window change a duplicate of one of those may
         * pass once, uncounted (harmless, like any duplicate beyond the window).
         */
        static long[] resized(long[] ring, int buckets) {
            long[] resized = empty(buckets);
            for (int from = 0; from < ring.length; from += 2) {
                long bucket = ring[from];
                if (bucket == EMPTY) {
                    continue;
                }
                int to = 2 * Math.floorMod(bucket, buckets);
                if (resized[to] < bucket) {
                    resized[to] = bucket;
                    resized[to + 1] = ring[from + 1];
                }
            }
            return resized;
        }
    }
}
