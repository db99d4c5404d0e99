package dev.pitwall.stream;

import dev.pitwall.core.telemetry.Telemetry;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.CheckpointListener;

/**
 * A pass-through stage that fails the job once, on the first record after the test {@link #arm}ed it, and that
 * reports completed checkpoints so the test can wait for one. Static state: the MiniCluster runs in the test's
 * JVM and class loader, and the flag must survive the restart it causes.
 */
final class FailOnceAfterCheckpoint implements MapFunction<Telemetry, Telemetry>, CheckpointListener {

    private static final long serialVersionUID = 1L;
    private static final AtomicLong LATEST_COMPLETED_CHECKPOINT = new AtomicLong(-1);
    private static final AtomicBoolean ARMED = new AtomicBoolean();
    private static final AtomicBoolean FAILED = new AtomicBoolean();

    static void reset() {
        LATEST_COMPLETED_CHECKPOINT.set(-1);
        ARMED.set(false);
        FAILED.set(false);
    }

    static long latestCompletedCheckpoint() {
        return LATEST_COMPLETED_CHECKPOINT.get();
    }

    static void arm() {
        ARMED.set(true);
    }

    static boolean failed() {
        return FAILED.get();
    }

    @Override
    public Telemetry map(Telemetry telemetry) {
        if (ARMED.get() && FAILED.compareAndSet(false, true)) {
            throw new IllegalStateException("injected failure at " + telemetry.vin() + "/" + telemetry.seq());
        }
        return telemetry;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        LATEST_COMPLETED_CHECKPOINT.accumulateAndGet(checkpointId, Math::max);
    }
}
