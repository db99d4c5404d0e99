package dev.pitwall.simulator;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the run's rate and counters every few seconds (to stderr with the CLI's logging setup). */
final class ProgressReporter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger("dev.pitwall.simulator.progress");

    private final PublishStats stats;
    private final long startNanos;
    private final ScheduledExecutorService timer;
    private long lastNanos;
    private long lastPublished;

    ProgressReporter(PublishStats stats, long startNanos, Duration interval) {
        this.stats = stats;
        this.startNanos = startNanos;
        this.lastNanos = startNanos;
        if (interval.isZero()) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pitwall-sim-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        timer.scheduleAtFixedRate(this::report, ms, ms, TimeUnit.MILLISECONDS);
    }

    private synchronized void report() {
        long now = System.nanoTime();
        PublishStats.Snapshot s = stats.snapshot();
        double rate = (s.published() - lastPublished) / ((now - lastNanos) / 1e9);
        lastNanos = now;
        lastPublished = s.published();
        log.info(String.format("rate %,.0f msg/s | sent %,d | acked %,d | in flight %,d | duplicates %,d | out of order %,d"
                        + " | malformed %,d | re-sent %,d | elapsed %.0f s",
                rate, s.published(), s.acknowledged(), s.inFlight(), s.duplicates(), s.outOfOrder(), s.malformed(),
                s.retries(), (now - startNanos) / 1e9));
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
