package dev.pitwall.prediction.training;

import dev.pitwall.core.maintenance.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ground-truth events by vehicle and component, each list in time order (a FAILURE before a REPAIR at the same instant). */
public final class GroundTruthIndex {

    private final Map<String, Map<Component, List<GroundTruthEvent>>> byVin = new HashMap<>();

    public GroundTruthIndex(List<GroundTruthEvent> events) {
        for (GroundTruthEvent e : events) {
            byVin.computeIfAbsent(e.vin(), v -> new EnumMap<>(Component.class))
                    .computeIfAbsent(e.component(), c -> new ArrayList<>()).add(e);
        }
        Comparator<GroundTruthEvent> order = Comparator.comparing(GroundTruthEvent::time)
                .thenComparing(GroundTruthEvent::kind);
        byVin.values().forEach(m -> m.values().forEach(list -> list.sort(order)));
    }

    public List<GroundTruthEvent> events(String vin, Component component) {
        return byVin.getOrDefault(vin, Map.of()).getOrDefault(component, List.of());
    }

    /**
     * When the part that failed at {@code failureMillis} was put in: the last REPAIR or SERVICE of it before then,
     * or {@link Long#MIN_VALUE} if none is recorded. Alarms before that were about another part.
     */
    public long lastRenewalBefore(String vin, Component component, long failureMillis) {
        long since = Long.MIN_VALUE;
        for (GroundTruthEvent e : events(vin, component)) {
            long t = e.time().toEpochMilli();
            if (t < failureMillis && e.kind() != GroundTruthEvent.Kind.FAILURE) {
                since = Math.max(since, t);
            }
        }
        return since;
    }

    /** Every FAILURE of a component, over all vehicles. */
    public List<GroundTruthEvent> failures(Component component) {
        List<GroundTruthEvent> failures = new ArrayList<>();
        byVin.values().forEach(m -> m.getOrDefault(component, List.of()).stream()
                .filter(e -> e.kind() == GroundTruthEvent.Kind.FAILURE).forEach(failures::add));
        failures.sort(Comparator.comparing(GroundTruthEvent::vin).thenComparing(GroundTruthEvent::time));
        return failures;
    }
}
