package dev.pitwall.ingest;

import dev.pitwall.core.telemetry.TelemetryCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running ingest instance: MQTT shared subscription in, Kafka out, metrics on the side.
 * {@link #start()} returns once subscribed; {@link #close()} stops gracefully (stop taking messages, let
 * Kafka acknowledge what is in flight, acknowledge those to the broker, disconnect keeping the session).
 */
public final class IngestService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);

    private final IngestConfig config;
    private final MeterRegistry registry;
    private final IngestMetrics metrics;
    private final TelemetrySender sender;
    private final MqttTelemetrySubscriber subscriber;
    private final TelemetryBridge bridge;
    private MetricsHttpServer httpServer;
    private boolean started;
    private boolean closed;

    /** Production wiring: Kafka sender and a Prometheus registry. */
    public IngestService(IngestConfig config) {
        this(config, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    public IngestService(IngestConfig config, MeterRegistry registry) {
        this(config, registry, KafkaTelemetrySender.create(config));
    }

    /** Any transport; the service closes {@code sender} when it closes. */
    public IngestService(IngestConfig config, MeterRegistry registry, TelemetrySender sender) {
        this.config = Objects.requireNonNull(config, "config");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.sender = Objects.requireNonNull(sender, "sender");
        if (config.metricsPort() != null && !(registry instanceof PrometheusMeterRegistry)) {
            sender.close();
            throw new IllegalArgumentException("metricsPort: serving /metrics needs a PrometheusMeterRegistry, got "
                    + registry.getClass().getName());
        }
        this.metrics = new IngestMetrics(registry);
        try {
            this.subscriber = new MqttTelemetrySubscriber(config, metrics);
        } catch (RuntimeException e) {
            sender.close();
            throw e;
        }
        // Receive Maximum bounds the unacknowledged messages and so, normally, what a lane ever queues. A broker
        // that overshoots it (measured: Mosquitto 2.0.11, eclipse-mosquitto/mosquitto#2301) fills a lane; the
        // MQTT callback thread then waits for room, which is TCP backpressure, never a lost message.
        this.bridge = new TelemetryBridge(new PayloadTriage(new TelemetryCodec()), sender, subscriber, metrics,
                config.workerThreads(), config.receiveMaximum());
    }

    /** Connects and subscribes; returns once the broker granted the subscription. */
    public synchronized IngestService start() {
        if (closed) {
            throw new IllegalStateException("this ingest service was closed; create a new one");
        }
        if (started) {
            return this;
        }
        started = true;
        if (config.metricsPort() != null) {
            var prometheus = (PrometheusMeterRegistry) registry;
            httpServer = new MetricsHttpServer(config.metricsPort(), prometheus::scrape, this::isHealthy);
            log.info("metrics on http://0.0.0.0:{}/metrics, health on /health", httpServer.port());
        }
        try {
            subscriber.start(bridge::submit);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        log.info("ingest {} bridging {} ({}) to Kafka {}", config.clientId(), config.mqttServerUri(),
                config.subscription(), config.kafkaBootstrapServers());
        return this;
    }

    public boolean isHealthy() {
        return started && !closed && subscriber.isConnected();
    }

    public IngestMetrics.Snapshot metrics() {
        return metrics.snapshot();
    }

    public MeterRegistry meterRegistry() {
        return registry;
    }

    public IngestConfig config() {
        return config;
    }

    /** The port {@code /metrics} is served on, if enabled and started. */
    public synchronized OptionalInt metricsPort() {
        return httpServer == null ? OptionalInt.empty() : OptionalInt.of(httpServer.port());
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        subscriber.stopAccepting();
        boolean drained = bridge.drain(config.shutdownTimeout());
        if (!drained) {
            log.warn("{} message(s) not acknowledged by Kafka within {}; the broker will redeliver them",
                    metrics.snapshot().inflight(), config.shutdownTimeout());
        }
        subscriber.close();
        sender.close();
        if (httpServer != null) {
            httpServer.close();
        }
        IngestMetrics.Snapshot s = metrics.snapshot();
        log.info("ingest {} stopped: received {}, forwarded {}, rejected {}, failed {}", config.clientId(),
                s.received(), s.forwarded(), s.rejected(), s.failed());
    }
}
