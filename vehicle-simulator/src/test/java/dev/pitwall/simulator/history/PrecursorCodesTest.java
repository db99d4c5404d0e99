package dev.pitwall.simulator.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.simulator.groundtruth.GroundTruthEvent;
import dev.pitwall.simulator.groundtruth.GroundTruthLog;
import dev.pitwall.simulator.vehicle.MaintenanceEvent.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precursor trouble codes carry information: in the two weeks before a part fails they show up far more often
 * than in any two weeks of a vehicle whose part of that kind does not fail.
 */
class PrecursorCodesTest {

    private static final Duration WINDOW = Duration.ofDays(14);
    private static final int DAYS = 100;
    private static final Map<Component, List<String>> PRECURSORS = new EnumMap<>(Map.of(
            Component.BATTERY, List.of("P0562", "U3003", "B1676"),
            Component.BRAKE_PADS, List.of("C1100"),
            Component.TIRES, List.of("C0750"),
            Component.ENGINE_OIL, List.of("P0520"),
            Component.COOLING, List.of("P0116", "P0128"),
            Component.IGNITION, List.of("P030")));

    private record Sample(Instant time, List<String> codes) {
    }

    @Test
    void precursorCodesAppearBeforeFailuresMoreOftenThanInVehiclesWhosePartDoesNotFail(@TempDir Path dir) {
        HistoryRuns.run(HistoryRuns.fleet(60, 3).wearFactor(3).build(), DAYS, dir, 2);
        Map<String, List<Sample>> samples = new HashMap<>();
        for (Telemetry t : HistoryRuns.telemetry(dir)) {
            samples.computeIfAbsent(t.vin(), v -> new ArrayList<>()).add(new Sample(t.eventTime(), t.signals().dtcs()));
        }
        List<GroundTruthEvent> failures = GroundTruthEvent.read(dir.resolve(GroundTruthLog.FILE_NAME)).stream()
                .filter(e -> e.event() == Kind.FAILURE).toList();

        int pooledBefore = 0;
        int pooledFailures = 0;
        int pooledHealthyHits = 0;
        int pooledHealthyWindows = 0;
        for (Component c : Component.values()) {
            List<GroundTruthEvent> own = failures.stream().filter(e -> e.component() == c).toList();
            Set<String> failed = new HashSet<>();
            own.forEach(e -> failed.add(e.vin()));
            int before = (int) own.stream().filter(e -> seen(samples.get(e.vin()), c, e.time().minus(WINDOW), e.time())).count();
            int windows = 0;
            int hits = 0;
            for (var entry : samples.entrySet()) {
                if (failed.contains(entry.getKey())) {
                    continue;
                }
                for (int day = 0; day + 14 <= DAYS; day += 7) {
                    Instant from = HistoryRuns.START.plus(Duration.ofDays(day));
                    hits += seen(entry.getValue(), c, from, from.plus(WINDOW)) ? 1 : 0;
                    windows++;
                }
            }
            double rateBefore = own.isEmpty() ? 0 : (double) before / own.size();
            double rateHealthy = windows == 0 ? 0 : (double) hits / windows;
            if (own.size() >= 3) {
                assertThat(rateBefore).as(c + ": %d of %d failures had a precursor; healthy windows %.3f",
                        before, own.size(), rateHealthy).isGreaterThan(rateHealthy);
            }
            pooledBefore += before;
            pooledFailures += own.size();
            pooledHealthyHits += hits;
            pooledHealthyWindows += windows;
        }
        assertThat(pooledFailures).isGreaterThan(20);
        double before = (double) pooledBefore / pooledFailures;
        double healthy = (double) pooledHealthyHits / pooledHealthyWindows;
        assertThat(before).as("share of failures with a precursor in the 14 days before").isGreaterThan(0.5);
        assertThat(before).isGreaterThan(3 * healthy);
    }

    private static boolean seen(List<Sample> samples, Component c, Instant from, Instant to) {
        for (Sample s : samples) {
            if (!s.time().isBefore(from) && s.time().isBefore(to) && s.codes() != null) {
                for (String code : s.codes()) {
                    for (String p : PRECURSORS.get(c)) {
                        if (code.startsWith(p)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
