package dev.pitwall.stream;

import dev.pitwall.core.telemetry.Telemetry;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Drops a message whose {@code (vin, seq)} was already seen (keyed by VIN). Kafka and MQTT deliver at least
 * once, so duplicates are normal; they are counted, not logged.
 *
 * <p>Seen seqs are kept as bitmaps, one map entry per {@value #SEQS_PER_BUCKET} consecutive seqs: a vehicle's
 * seqs are dense and increasing, so this is 64 times fewer state entries than one per seq. Each entry lives
 * for {@code ttl} after its last write. Flink's state TTL runs on <em>processing time</em>: a replay of
 * week-old data is deduplicated against what the job saw in the last {@code ttl} of wall-clock time, not of
 * event time. A duplicate older than that reaches the sinks again, where it is harmless: every write is
 * idempotent on {@code (vin, seq)} and vehicle state never moves back in time.
 */
public final class TelemetryDeduplicator extends KeyedProcessFunction<String, Telemetry, Telemetry> {

    private static final long serialVersionUID = 1L;

    public static final String UID = "dedup";
    public static final String SEEN_SEQS_STATE = "seen-seqs";
    static final int SEQS_PER_BUCKET = Long.SIZE;
    /** Expired entries cleaned per state access on the heap backend (on top of cleanup in full snapshots). */
    private static final int CLEANUP_ENTRIES_PER_ACCESS = 10;

    private final Duration ttl;

    private transient MapState<Long, Long> seenSeqs;
    private transient Counter duplicates;

    public TelemetryDeduplicator(Duration ttl) {
        this.ttl = ttl;
    }

    /** The state holding seen seqs: bucket ({@code seq / 64}) to a bitmap of the seqs seen in it. */
    public static MapStateDescriptor<Long, Long> seenSeqsDescriptor(Duration ttl) {
        MapStateDescriptor<Long, Long> descriptor = new MapStateDescriptor<>(SEEN_SEQS_STATE, Types.LONG, Types.LONG);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl)
                .updateTtlOnCreateAndWrite()
                .neverReturnExpired()
                .cleanupFullSnapshot()
                .cleanupIncrementally(CLEANUP_ENTRIES_PER_ACCESS, false)
                .build());
        return descriptor;
    }

    @Override
    public void open(OpenContext openContext) {
        seenSeqs = getRuntimeContext().getMapState(seenSeqsDescriptor(ttl));
        duplicates = getRuntimeContext().getMetricGroup().counter(PipelineMetrics.DUPLICATES_DROPPED);
    }

    @Override
    public void processElement(Telemetry telemetry, Context context, Collector<Telemetry> out) throws Exception {
        long bucket = Math.floorDiv(telemetry.seq(), SEQS_PER_BUCKET);
        long bit = 1L << Math.floorMod(telemetry.seq(), SEQS_PER_BUCKET);
        Long bits = seenSeqs.get(bucket);
        long seen = bits == null ? 0L : bits;
        if ((seen & bit) != 0) {
            duplicates.inc();
            return;
        }
        seenSeqs.put(bucket, seen | bit);
        out.collect(telemetry);
    }
}
