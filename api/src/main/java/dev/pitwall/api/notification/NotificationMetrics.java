package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/**
 * The notifications' meters (docs/notifications.md, "Metrics"):
 * <ul>
 *   <li>{@code pitwall.notifications.enqueued} {channel, status}: messages stored (committed), by their first
 *       status;</li>
 *   <li>{@code pitwall.notifications.deliveries} {channel, outcome}: the dispatcher's outcomes: sent, retried,
 *       failed (given up), suppressed (consent withdrawn or address gone since the enqueue);</li>
 *   <li>{@code pitwall.notifications.pending} {channel} (gauge): messages waiting, read from the database.</li>
 * </ul>
 */
class NotificationMetrics {

    static final String ENQUEUED = "pitwall.notifications.enqueued";
    static final String DELIVERIES = "pitwall.notifications.deliveries";
    static final String PENDING = "pitwall.notifications.pending";

    /** What a dispatcher attempt came to. */
    enum Outcome { SENT, RETRIED, FAILED, SUPPRESSED }

    private final MeterRegistry registry;

    NotificationMetrics(MeterRegistry registry, NotificationStore store) {
        this.registry = registry;
        for (Channel channel : Channel.values()) {
            if (channel != Channel.IN_APP) {
                Gauge.builder(PENDING, store, s -> s.pendingCount(channel))
                        .description("Notifications waiting to be sent")
                        .tag("channel", tag(channel))
                        .register(registry);
            }
        }
    }

    void enqueued(Channel channel, DeliveryStatus status) {
        registry.counter(ENQUEUED, "channel", tag(channel), "status", tag(status)).increment();
    }

    void delivery(Channel channel, Outcome outcome) {
        registry.counter(DELIVERIES, "channel", tag(channel), "outcome", tag(outcome)).increment();
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
