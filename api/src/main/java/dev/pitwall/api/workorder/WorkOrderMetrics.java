package dev.pitwall.api.workorder;

import dev.pitwall.engagement.workorder.WorkOrderAction;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The work-order meters: {@code pitwall.work-orders.actions} {action} (committed steps, e.g. approve_quote),
 * {@code pitwall.work-orders.conflicts} {action} (steps refused with 409), {@code pitwall.work-orders.photos}
 * (photos stored) and {@code pitwall.work-orders.surveys} {rating}.
 */
@Component
class WorkOrderMetrics {

    static final String ACTIONS = "pitwall.work-orders.actions";
    static final String CONFLICTS = "pitwall.work-orders.conflicts";
    static final String PHOTOS = "pitwall.work-orders.photos";
    static final String SURVEYS = "pitwall.work-orders.surveys";

    private final MeterRegistry registry;

    WorkOrderMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void acted(WorkOrderAction action) {
        registry.counter(ACTIONS, "action", tag(action)).increment();
    }

    void refused(WorkOrderAction action) {
        registry.counter(CONFLICTS, "action", tag(action)).increment();
    }

    void photoStored() {
        registry.counter(PHOTOS).increment();
    }

    void surveyed(int rating) {
        registry.counter(SURVEYS, "rating", Integer.toString(rating)).increment();
    }

    private static String tag(WorkOrderAction action) {
        return action.name().toLowerCase(Locale.ROOT);
    }
}
