package dev.pitwall.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples this process's CPU time and resident memory while a step runs. */
final class ResourceSampler implements AutoCloseable {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "resource-sampler");
        t.setDaemon(true);
        return t;
    });
    private final long startCpuNanos = os.getProcessCpuTime();
    private final long startWallNanos = System.nanoTime();
    private volatile long maxRssKb;

    ResourceSampler() {
        timer.scheduleAtFixedRate(this::sampleRss, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** CPU used since start as a percentage of all cores' capacity. */
    double cpuPercent() {
        double cpu = os.getProcessCpuTime() - startCpuNanos;
        double wall = (System.nanoTime() - startWallNanos) * (double) Runtime.getRuntime().availableProcessors();
        return wall <= 0 ? 0 : 100.0 * cpu / wall;
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
