package dev.pitwall.stream;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes only each vehicle's newest state of the last {@code interval} (or of {@code maxPending} vehicles):
 * vehicle_state keeps one row per vehicle, so an older state in the same batch would be overwritten at once.
 * Live, a vehicle rarely sends twice per interval and little changes; catching up on a backlog (after an
 * outage, or a fresh start) it saves most vehicle_state upserts. Pending states are handed on before every
 * checkpoint, so at-least-once holds; states emitted after a checkpoint are replayed after a failure.
 */
final class LatestStatePerVehicleSink implements Sink<VehicleHealthUpdate> {

    private static final long serialVersionUID = 1L;
    /** The JDBC writer ignores the context; coalesced states no longer have one of their own. */
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

    private final Sink<VehicleHealthUpdate> delegate;
    private final long intervalMillis;
    private final int maxPending;

    LatestStatePerVehicleSink(Sink<VehicleHealthUpdate> delegate, Duration interval, int maxPending) {
        this.delegate = delegate;
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.maxPending = maxPending;
    }

    @Override
    public SinkWriter<VehicleHealthUpdate> createWriter(WriterInitContext context) throws IOException {
        return new Writer(delegate.createWriter(context), context.getProcessingTimeService());
    }

    private final class Writer implements SinkWriter<VehicleHealthUpdate> {

        private final SinkWriter<VehicleHealthUpdate> out;
        private final ProcessingTimeService time;
        private final Map<String, VehicleHealthUpdate> pending = new LinkedHashMap<>();
        private boolean timerSet;

        Writer(SinkWriter<VehicleHealthUpdate> out, ProcessingTimeService time) {
            this.out = out;
            this.time = time;
        }

        @Override
        public void write(VehicleHealthUpdate update, Context context) throws IOException, InterruptedException {
            // states arrive per vehicle in the order they advanced: the last one is the newest
            pending.put(update.state().vin(), update);
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
         * Writes the pending states and flushes them at once: the next hand-off may hold the same vehicles again,
         * and the delegate merges a batch into multi-row upserts, which must not touch one row twice.
         */
        private void handOn() throws IOException, InterruptedException {
            if (pending.isEmpty()) {
                return;
            }
            for (VehicleHealthUpdate update : pending.values()) {
                out.write(update, NO_CONTEXT);
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
