package dev.pitwall.simulator.history;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.simulator.vehicle.MaintenanceEvent.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What a history run produced.
 *
 * @param counts events per component and kind (FAILURE, REPAIR, SERVICE)
 */
public record HistoryReport(int vehicles, int days, long messages, Map<Component, Map<Kind, Long>> counts, Duration elapsed,
        Path telemetry, Path groundTruth, Path fleet) {

    public long count(Component component, Kind kind) {
        return counts.getOrDefault(component, Map.of()).getOrDefault(kind, 0L);
    }

    public long failures() {
        return counts.values().stream().mapToLong(m -> m.getOrDefault(Kind.FAILURE, 0L)).sum();
    }

    /** One line per component: failures, repairs, services. */
    public String table() {
        StringBuilder b = new StringBuilder(String.format("%-11s %8s %8s %8s%n", "component", "FAILURE", "REPAIR", "SERVICE"));
        for (Component c : Component.values()) {
            b.append(String.format("%-11s %8d %8d %8d%n", c.name(), count(c, Kind.FAILURE), count(c, Kind.REPAIR),
                    count(c, Kind.SERVICE)));
        }
        return b.toString();
    }

    public String summary() {
        return String.format("%d vehicles x %d days: %,d messages, %,d failures in %.1f s", vehicles, days, messages,
                failures(), elapsed.toMillis() / 1000.0);
    }
}
