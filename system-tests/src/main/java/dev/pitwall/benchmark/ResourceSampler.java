package dev.pitwall.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples the platform's CPU time (this JVM and its child processes: the embedded PostgreSQL and a broker
 * started by the benchmark) and this JVM's resident memory.
 */
final class ResourceSampler implements AutoCloseable {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "resource-sampler");
        t.setDaemon(true);
        return t;
    });
    private final long startCpuNanos;
    private final long startWallNanos = System.nanoTime();
    private volatile long maxRssKb;

    ResourceSampler() {
        this.startCpuNanos = totalCpuNanos();
        timer.scheduleAtFixedRate(this::sampleRss, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** CPU used since start as a percentage of all cores' capacity. */
    double cpuPercent() {
        double cpu = totalCpuNanos() - startCpuNanos;
        double wall = (System.nanoTime() - startWallNanos) * (double) Runtime.getRuntime().availableProcessors();
        return wall <= 0 ? 0 : 100.0 * cpu / wall;
    }

    private long totalCpuNanos() {
        return os.getProcessCpuTime() + childProcessesCpuNanos();
    }

    /** Live descendants only: a PostgreSQL backend that exits between samples takes its CPU time with it. */
    private static long childProcessesCpuNanos() {
        return ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    double maxRssMb() {
        sampleRss();
        return maxRssKb / 1024.0;
    }

    private void sampleRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    maxRssKb = Math.max(maxRssKb, kb);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: RSS stays unknown (0)
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
