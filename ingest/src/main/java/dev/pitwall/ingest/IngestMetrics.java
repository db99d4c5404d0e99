package dev.pitwall.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/** Ingest's Micrometer meters (names below; the README lists them) and a snapshot of them for tests. */
public final class IngestMetrics {

    public static final String RECEIVED = "pitwall.ingest.received";
    public static final String FORWARDED = "pitwall.ingest.forwarded";
    public static final String REJECTED = "pitwall.ingest.rejected";
    public static final String FAILED = "pitwall.ingest.failed";
    public static final String REDELIVERIES = "pitwall.ingest.redeliveries";
    public static final String INFLIGHT = "pitwall.ingest.inflight";
    public static final String LATENCY = "pitwall.ingest.kafka.ack.latency";

    /**
     * The rejection field comes from untrusted payloads (an unknown top-level property is its own field):
     * cap the distinct tag values so a misbehaving fleet cannot explode the metric's cardinality.
     */
    static final int MAX_FIELD_TAGS = 64;
    static final String OTHER_FIELD = "other";
    private static final Pattern ARRAY_INDEX = Pattern.compile("\\[\\d+]");

    private final MeterRegistry registry;
    private final Counter received;
    private final Counter forwarded;
    private final Counter failed;
    private final Counter redeliveries;
    private final Timer forwardLatency;
    private final Timer rejectLatency;
    private final AtomicLong inflight = new AtomicLong();
    private final LongAdder rejectedTotal = new LongAdder();
    private final Map<String, Counter> rejectedByField = new ConcurrentHashMap<>();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        received = Counter.builder(RECEIVED).description("MQTT messages received from the broker").register(registry);
        forwarded = Counter.builder(FORWARDED)
                .description("valid messages acknowledged by Kafka on the telemetry topic").register(registry);
        failed = Counter.builder(FAILED)
                .description("messages Kafka did not store; left unacknowledged for redelivery").register(registry);
        redeliveries = Counter.builder(REDELIVERIES)
                .description("reconnects made to have the broker redeliver unacknowledged messages").register(registry);
        Gauge.builder(INFLIGHT, inflight, AtomicLong::get)
                .description("messages received and not yet settled (acknowledged or withheld)").register(registry);
        forwardLatency = latency("telemetry");
        rejectLatency = latency("dlq");
    }

    private Timer latency(String route) {
        return Timer.builder(LATENCY)
                .description("from MQTT arrival at ingest to the Kafka acknowledgement of its record")
                .tag("route", route)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry);
    }

    void received() {
        received.increment();
        inflight.incrementAndGet();
    }

    void forwarded(long receivedNanos) {
        forwarded.increment();
        forwardLatency.record(System.nanoTime() - receivedNanos, TimeUnit.NANOSECONDS);
    }

    void rejected(String field, long receivedNanos) {
        rejectedTotal.increment();
        rejectedCounter(field).increment();
        rejectLatency.record(System.nanoTime() - receivedNanos, TimeUnit.NANOSECONDS);
    }

    void failed() {
        failed.increment();
    }

    void settled() {
        inflight.decrementAndGet();
    }

    void redeliveryRequested() {
        redeliveries.increment();
    }

    private Counter rejectedCounter(String rawField) {
        // $.signals['Vehicle.OBD.DTCList'][7] and [0] are the same problem for a dashboard
        String field = ARRAY_INDEX.matcher(rawField).replaceAll("[*]");
        Counter counter = rejectedByField.get(field);
        if (counter != null) {
            return counter;
        }
        String tag = rejectedByField.size() < MAX_FIELD_TAGS ? field : OTHER_FIELD;
        return rejectedByField.computeIfAbsent(tag, f -> Counter.builder(REJECTED)
                .description("invalid messages acknowledged by Kafka on the dead-letter topic, by first offending field")
                .tag("field", f)
                .register(registry));
    }

    public Snapshot snapshot() {
        return new Snapshot((long) received.count(), (long) forwarded.count(), rejectedTotal.sum(),
                (long) failed.count(), inflight.get(), (long) redeliveries.count());
    }

    /** Counts since start; {@code inflight} is current. */
    public record Snapshot(long received, long forwarded, long rejected, long failed, long inflight,
                           long redeliveries) {
    }
}
