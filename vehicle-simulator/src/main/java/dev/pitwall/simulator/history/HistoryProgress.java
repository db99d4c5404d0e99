package dev.pitwall.simulator.history;

import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Progress of a history run on stderr: days simulated, vehicles through the current day, failures, ETA. */
final class HistoryProgress implements AutoCloseable {

    private final FleetHistory run;
    private final HistoryConfig config;
    private final PrintStream out;
    private final long startNanos;
    private final ScheduledExecutorService timer;

    HistoryProgress(FleetHistory run, HistoryConfig config, PrintStream out, Duration interval, long startNanos) {
        this.run = run;
        this.config = config;
        this.out = out;
        this.startNanos = startNanos;
        if (interval.isZero()) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pitwall-history-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        timer.scheduleAtFixedRate(this::report, ms, ms, TimeUnit.MILLISECONDS);
    }

    private void report() {
        int days = run.daysDone();
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        int vehicles = config.fleet().vehicles();
        double fraction = days >= config.days() ? 1 : (days + (double) run.vehiclesThroughDay() / vehicles) / config.days();
        String eta = fraction > 0 ? String.format("%.0f s", elapsed * (1 - fraction) / fraction) : "?";
        out.printf("history: day %d/%d | vehicles %d/%d through day %d | messages %,d | failures %,d | elapsed %.0f s | ETA %s%n",
                days, config.days(), Math.min(run.vehiclesThroughDay(), vehicles), vehicles, Math.min(days + 1, config.days()),
                run.messages(), run.failures(), elapsed, eta);
        out.flush();
    }

    void done(HistoryReport report) {
        out.println("history: done, " + report.summary());
        out.print(report.table());
        out.println("history: wrote " + report.telemetry() + ", " + report.groundTruth() + ", " + report.fleet());
        out.flush();
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
