package dev.pitwall.infra;

import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HiveMQ Community Edition running inside this JVM, listening on 127.0.0.1. For the local stack and tests.
 * Queues for offline persistent sessions are large, so that messages published while ingest is down
 * wait for it rather than being dropped at HiveMQ's default of 1,000.
 */
public final class EmbeddedMqttBroker implements AutoCloseable {

    /** Messages kept per offline persistent session before the broker discards new ones. */
    public static final long MAX_QUEUED_MESSAGES = 5_000_000;
    /** Unacknowledged QoS 1 messages a client may have in flight towards the broker. */
    public static final int SERVER_RECEIVE_MAXIMUM = 2_000;

    private final EmbeddedHiveMQ hivemq;
    private final int port;

    private EmbeddedMqttBroker(EmbeddedHiveMQ hivemq, int port) {
        this.hivemq = hivemq;
        this.port = port;
    }

    public static EmbeddedMqttBroker startTemporary() {
        try {
            return start(Files.createTempDirectory("pitwall-mqtt"), Ports.free(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param persistent keep sessions and queued messages on disk in {@code dataDir} across restarts
     */
    public static EmbeddedMqttBroker start(Path dataDir, int port, boolean persistent) {
        Ports.requireFree(port, "MQTT broker", "--mqtt-port");
        try {
            Path conf = Files.createDirectories(dataDir.resolve("conf"));
            Path data = Files.createDirectories(dataDir.resolve("data"));
            Path extensions = Files.createDirectories(dataDir.resolve("extensions"));
            Files.writeString(conf.resolve("config.xml"), """
                    <?xml version="1.0"?>
                    <hivemq>
                      <listeners>
                        <tcp-listener>
                          <port>%d</port>
                          <bind-address>127.0.0.1</bind-address>
                        </tcp-listener>
                      </listeners>
                      <mqtt>
                        <receive-maximum>
                          <!-- HiveMQ's default of 10 caps every publisher at 10 unacknowledged QoS 1 messages -->
                          <server-receive-maximum>%d</server-receive-maximum>
                        </receive-maximum>
                        <queued-messages>
                          <max-queue-size>%d</max-queue-size>
                          <strategy>discard</strategy>
                        </queued-messages>
                      </mqtt>
                      <persistence>
                        <mode>%s</mode>
                      </persistence>
                      <anonymous-usage-statistics>
                        <enabled>false</enabled>
                      </anonymous-usage-statistics>
                    </hivemq>
                    """.formatted(port, SERVER_RECEIVE_MAXIMUM, MAX_QUEUED_MESSAGES, persistent ? "file" : "in-memory"));
            EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
                    .withConfigurationFolder(conf)
                    .withDataFolder(data)
                    .withExtensionsFolder(extensions)
                    .withoutLoggingBootstrap()
                    .build();
            hivemq.start().get(60, TimeUnit.SECONDS);
            return new EmbeddedMqttBroker(hivemq, port);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare HiveMQ folders in " + dataDir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting HiveMQ", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("HiveMQ did not start on port " + port, e);
        }
    }

    public int port() {
        return port;
    }

    public String serverUri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        try {
            hivemq.stop().get(60, TimeUnit.SECONDS);
            hivemq.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("HiveMQ did not stop cleanly", e);
        }
    }
}
