package dev.pitwall.benchmark;

import dev.pitwall.infra.Ports;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A private Mosquitto on a free loopback port, configured as in production ({@code deploy/mosquitto}): the
 * broker runs as its own process, as it does in docker-compose, rather than inside the platform's JVM.
 */
final class MosquittoProcess implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/mosquitto");

    private final Process process;
    private final int port;

    private MosquittoProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static MosquittoProcess start() throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " not found: install Debian's mosquitto package, or run with "
                    + "--broker embedded");
        }
        int port = Ports.free();
        Path conf = Files.createTempFile("pitwall-benchmark-mosquitto", ".conf");
        Files.writeString(conf, String.join("\n",
                "listener " + port + " 127.0.0.1",
                "allow_anonymous true",
                "persistence false",
                "max_queued_messages 1000000",
                "max_inflight_messages 1000",
                "log_dest none", ""));
        Process process = new ProcessBuilder(List.of(BINARY.toString(), "-c", conf.toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (Socket probe = new Socket("127.0.0.1", port)) {
                return new MosquittoProcess(process, port);
            } catch (IOException notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("mosquitto did not start on port " + port);
                }
                Thread.sleep(100); // waiting for an external daemon to listen
            }
        }
    }

    String serverUri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
