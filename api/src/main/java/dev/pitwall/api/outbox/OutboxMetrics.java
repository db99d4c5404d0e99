package dev.pitwall.api.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

/**
 * The outbox's meters. The gauges ask the database when they are read, so they are true whether or not this
 * instance runs a relay (with the relay off, {@code pitwall.outbox.pending} is what waits for it):
 * <ul>
 *   <li>{@code pitwall.outbox.pending}: rows not yet published;</li>
 *   <li>{@code pitwall.outbox.oldest.pending.age} (seconds): how long the oldest of them has waited, 0 when none,
 *       the one to alert on;</li>
 *   <li>{@code pitwall.outbox.published} {topic}: rows Kafka acknowledged;</li>
 *   <li>{@code pitwall.outbox.failures} {topic}: failed sends (each is retried).</li>
 * </ul>
 */
class OutboxMetrics {

    static final String PENDING = "pitwall.outbox.pending";
    static final String OLDEST_PENDING_AGE = "pitwall.outbox.oldest.pending.age";
    static final String PUBLISHED = "pitwall.outbox.published";
    static final String FAILURES = "pitwall.outbox.failures";

    private final MeterRegistry registry;

    OutboxMetrics(MeterRegistry registry, OutboxStore store) {
        this.registry = registry;
        Gauge.builder(PENDING, store, OutboxStore::pendingCount)
                .description("Outbox rows not yet published to Kafka")
                .register(registry);
        Gauge.builder(OLDEST_PENDING_AGE, store, s -> s.oldestPendingAge().orElse(Duration.ZERO).toMillis() / 1000.0)
                .description("How long the oldest unpublished outbox row has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    void published(String topic) {
        registry.counter(PUBLISHED, "topic", topic).increment();
    }

    void failed(String topic) {
        registry.counter(FAILURES, "topic", topic).increment();
    }
}
