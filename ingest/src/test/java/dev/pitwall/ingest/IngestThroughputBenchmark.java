package dev.pitwall.ingest;

import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.EmbeddedKafka;
import dev.pitwall.infra.TestMqttBrokers;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measurement, not a test (nothing is asserted): sustained MQTT → Kafka throughput of one ingest instance
 * with 1,000 vehicles publishing QoS 1 from separate Paho connections in the same JVM. Run with
 * {@code ./mvnw -o -pl ingest verify -Dit.test=IngestThroughputBenchmark -Dpitwall.bench=true [-Dpitwall.test.mqtt=tcp://127.0.0.1:1883]}.
 */
@EnabledIfSystemProperty(named = "pitwall.bench", matches = "true")
class IngestThroughputBenchmark {

    private static final int VEHICLES = 1_000;
    private static final int PUBLISHERS = Integer.getInteger("pitwall.bench.publishers", 4);
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURE = Duration.ofSeconds(Integer.getInteger("pitwall.bench.seconds", 20));
    /** Published but not yet received by ingest; Mosquitto drops beyond max_queued_messages (1000). */
    private static final long MAX_BACKLOG = Long.getLong("pitwall.bench.backlog", 800);

    @Test
    void measureSustainedThroughput() throws Exception {
        try (var kafka = EmbeddedKafka.startTemporary(); var broker = TestMqttBrokers.open()) {
            kafka.createTopics(List.of(Topics.TELEMETRY.name(), Topics.TELEMETRY_DLQ.name()), 4);
            String clientId = "bench-ingest-" + UUID.randomUUID();
            var registry = new SimpleMeterRegistry();
            IngestConfig config = IngestConfig.builder()
                    .mqttServerUri(broker.serverUri())
                    .kafkaBootstrapServers(kafka.bootstrapServers())
                    .sharedGroup("bench-" + UUID.randomUUID())
                    .clientId(clientId)
                    .sessionExpiry(Duration.ofMinutes(5))
                    .receiveMaximum(Integer.getInteger("pitwall.bench.receiveMaximum", IngestConfig.DEFAULT_RECEIVE_MAXIMUM))
                    .producerOverrides(System.getProperty("pitwall.bench.linger") == null ? java.util.Map.of()
                            : java.util.Map.of("linger.ms", System.getProperty("pitwall.bench.linger")))
                    .build();
            List<String> vins = TelemetryFixtures.randomVins(VEHICLES);
            List<TestPublisher.Message> payloads = new ArrayList<>();
            for (int seq = 0; seq < 20; seq++) {
                for (String vin : vins) {
                    payloads.add(new TestPublisher.Message(MqttTelemetryTopic.forVin(vin), TelemetryFixtures.valid(vin, seq)));
                }
            }

            try (var ingest = new IngestService(config, registry).start()) {
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicLong published = new AtomicLong();
                AtomicLong peakInflight = new AtomicLong();
                List<Thread> threads = new ArrayList<>();
                List<TestPublisher> publishers = new ArrayList<>();
                for (int p = 0; p < PUBLISHERS; p++) {
                    var publisher = new TestPublisher(broker.serverUri());
                    publishers.add(publisher);
                    int offset = p;
                    Thread t = new Thread(() -> {
                        for (int i = offset; running.get(); i += PUBLISHERS) {
                            while (published.get() - ingest.metrics().received() > MAX_BACKLOG && running.get()) {
                                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
                            }
                            publisher.publish(payloads.get(i % payloads.size()));
                            published.incrementAndGet();
                        }
                    }, "bench-publisher-" + p);
                    threads.add(t);
                    t.start();
                }
                Thread sampler = new Thread(() -> {
                    while (running.get()) {
                        peakInflight.accumulateAndGet(ingest.metrics().inflight(), Math::max);
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                    }
                });
                sampler.start();

                LockSupport.parkNanos(WARM_UP.toNanos()); // measurement window, not synchronisation
                long forwarded0 = ingest.metrics().forwarded();
                long published0 = published.get();
                double cpu0 = processCpuSeconds();
                long t0 = System.nanoTime();
                LockSupport.parkNanos(MEASURE.toNanos());
                long forwarded1 = ingest.metrics().forwarded();
                long published1 = published.get();
                double cpu1 = processCpuSeconds();
                double seconds = (System.nanoTime() - t0) / 1e9;
                running.set(false);
                for (Thread t : threads) {
                    t.join();
                }
                sampler.join();
                publishers.forEach(TestPublisher::close);
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (ingest.metrics().received() < published.get() && System.nanoTime() < deadline) {
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                }

                Timer latency = registry.get(IngestMetrics.LATENCY).tag("route", "telemetry").timer();
                System.out.printf("%nBENCH broker=%s publishers=%d vehicles=%d receiveMaximum=%d producer=%s seconds=%.1f%n",
                        broker.description(), PUBLISHERS, VEHICLES, config.receiveMaximum(), config.producerOverrides(), seconds);
                System.out.printf("BENCH forwarded to Kafka: %.0f msg/s; published: %.0f msg/s; peak in flight: %d; "
                                + "published %d, received %d (fewer: dropped by the broker; more: foreign traffic or redelivery); %s%n",
                        (forwarded1 - forwarded0) / seconds, (published1 - published0) / seconds, peakInflight.get(),
                        published.get(), ingest.metrics().received(), ingest.metrics());
                System.out.printf("BENCH arrival->Kafka ack latency: mean %.1f ms, max %.1f ms; JVM CPU %.2f of %d cores; load avg %.2f%n",
                        latency.mean(TimeUnit.MILLISECONDS), latency.max(TimeUnit.MILLISECONDS),
                        (cpu1 - cpu0) / seconds, Runtime.getRuntime().availableProcessors(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            } finally {
                MqttSessions.clean(broker.serverUri(), clientId);
            }
        }
    }

    private static double processCpuSeconds() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e9;
    }
}
