package dev.pitwall.system;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Ingest in its own JVM ({@code IngestMain}), so that a test can kill it the way an operating system does:
 * no shutdown hook, no flush, no MQTT disconnect.
 */
final class IngestProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private IngestProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static IngestProcess start(Pipeline pipeline, String clientId) throws IOException {
        Path log = Files.createTempFile("pitwall-ingest-", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m",
                "-cp", System.getProperty("java.class.path"),
                "dev.pitwall.ingest.IngestMain",
                "--mqtt", pipeline.broker.serverUri(),
                "--kafka", pipeline.kafka.bootstrapServers(),
                "--group", pipeline.mqttGroup,
                "--client-id", clientId,
                "--session-expiry", "1h",
                "--metrics-port", "-1"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        IngestProcess ingest = new IngestProcess(process, log);
        ingest.awaitSubscribed();
        return ingest;
    }

    /**
     * Until ingest holds its subscription, the broker discards what vehicles publish (MQTT keeps messages only
     * for existing subscriptions), so a test must not publish before this returns.
     */
    private void awaitSubscribed() throws IOException {
        try {
            Await.until(Duration.ofMinutes(2), "ingest subscribed (log: " + log + ")",
                    () -> !process.isAlive() || log().contains("subscribed to"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while ingest started", e);
        }
        if (!process.isAlive()) {
            throw new IOException("ingest exited during start:\n" + log());
        }
    }

    /** kill -9: the broker sees the TCP connection drop with messages delivered but not acknowledged. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy(); // SIGTERM: graceful stop through IngestMain's shutdown hook
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        new File(log.toString()).delete();
    }
}
