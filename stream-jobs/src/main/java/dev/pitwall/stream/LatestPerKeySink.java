package dev.pitwall.stream;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes only the newest record per row key of the last {@code interval} (or of {@code maxPending} keys), for
 * tables that keep one row per key and are upserted: an older record in the same batch would be overwritten at once.
 * vehicle_state (key: VIN), vehicle_profile (VIN) and vehicle_daily_usage (VIN and day). Live, a key rarely gets
 * two records per interval; catching up on a backlog (after an outage, or a fresh start) it saves most upserts. And
 * since no hand-off holds a key twice, the delegate may merge a batch into multi-row upserts. Records of one key must
 * arrive in the order they were made (one operator subtask per vehicle keeps it). Pending records are handed on
 * before every checkpoint, so at-least-once holds; records emitted after a checkpoint are replayed after a failure.
 */
final class LatestPerKeySink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;
    /** The JDBC writer ignores the context; coalesced records no longer have one of their own. */
    private static final SinkWriter.Context NO_CONTEXT = new SinkWriter.Context() {
        @Override
        public long currentWatermark() {
            return Long.MIN_VALUE;
        }

        @Override
        public Long timestamp() {
            return null;
        }
    };

    /** The row a record upserts; serializable, as the sink is. */
    @FunctionalInterface
    interface RowKey<T> extends Serializable {
        String of(T record);
    }

    private final Sink<T> delegate;
    private final RowKey<T> rowKey;
    private final long intervalMillis;
    private final int maxPending;

    LatestPerKeySink(Sink<T> delegate, RowKey<T> rowKey, Duration interval, int maxPending) {
        this.delegate = delegate;
        this.rowKey = rowKey;
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.maxPending = maxPending;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) throws IOException {
        return new Writer(delegate.createWriter(context), context.getProcessingTimeService());
    }

    private final class Writer implements SinkWriter<T> {

        private final SinkWriter<T> out;
        private final ProcessingTimeService time;
        private final Map<String, T> pending = new LinkedHashMap<>();
        private boolean timerSet;

        Writer(SinkWriter<T> out, ProcessingTimeService time) {
            this.out = out;
            this.time = time;
        }

        @Override
        public void write(T record, Context context) throws IOException, InterruptedException {
            // records arrive per key in the order they were made: the last one is the newest
            pending.put(rowKey.of(record), record);
            if (pending.size() >= maxPending) {
                handOn();
            } else if (!timerSet) {
                timerSet = true;
                // timers run in the task's mailbox thread, never concurrently with write or flush
                time.registerTimer(time.getCurrentProcessingTime() + intervalMillis, timestamp -> {
                    timerSet = false;
                    handOn();
                });
            }
        }

        @Override
        public void flush(boolean endOfInput) throws IOException, InterruptedException {
            handOn();
            out.flush(endOfInput);
        }

        /**
         * Writes the pending records and flushes them at once: the next hand-off may hold the same keys again, and
         * the delegate merges a batch into multi-row upserts, which must not touch one row twice.
         */
        private void handOn() throws IOException, InterruptedException {
            if (pending.isEmpty()) {
                return;
            }
            for (T record : pending.values()) {
                out.write(record, NO_CONTEXT);
            }
            pending.clear();
            out.flush(false);
        }

        @Override
        public void close() throws Exception {
            out.close();
        }
    }
}
