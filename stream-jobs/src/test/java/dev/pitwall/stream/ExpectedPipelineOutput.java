package dev.pitwall.stream;

import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.health.HealthHistoryPolicy;
import dev.pitwall.core.health.HealthRules;
import dev.pitwall.core.health.HealthScorer;
import dev.pitwall.core.health.VehicleState;
import dev.pitwall.core.telemetry.Telemetry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the pipeline must write for some input, computed without Flink from core's pure functions: the test
 * oracle. Each vehicle's messages reach the job in the order they were produced (one Kafka partition per VIN),
 * so folding them in produce order gives the one correct answer.
 */
final class ExpectedPipelineOutput {

    final Map<String, Telemetry> telemetryByKey = new LinkedHashMap<>();
    final Map<String, VehicleHealthUpdate> vehicleStates = new HashMap<>();
    final List<HealthAssessment> recorded = new ArrayList<>();
    int duplicates;

    static ExpectedPipelineOutput of(List<Telemetry> produceOrder) {
        ExpectedPipelineOutput expected = new ExpectedPipelineOutput();
        VehicleHealthStep step = new VehicleHealthStep(new HealthScorer(HealthRules.DEFAULTS, DtcCatalog.load()),
                HealthHistoryPolicy.DEFAULT);
        Set<String> seen = new HashSet<>();
        Map<String, VehicleState> states = new HashMap<>();
        Map<String, HealthAssessment> lastRecorded = new HashMap<>();
        for (Telemetry t : produceOrder) {
            if (!seen.add(key(t.vin(), t.seq()))) {
                expected.duplicates++;
                continue;
            }
            expected.telemetryByKey.put(key(t.vin(), t.seq()), t);
            VehicleHealthStep.Outcome outcome = step.apply(states.get(t.vin()), lastRecorded.get(t.vin()), t);
            if (!outcome.advanced()) {
                continue;
            }
            states.put(t.vin(), outcome.state());
            expected.vehicleStates.put(t.vin(), new VehicleHealthUpdate(outcome.state(), outcome.assessment()));
            if (outcome.record()) {
                lastRecorded.put(t.vin(), outcome.assessment());
                expected.recorded.add(outcome.assessment());
            }
        }
        return expected;
    }

    static String key(String vin, long seq) {
        return vin + "/" + seq;
    }

    Set<String> recordedKeys() {
        Set<String> keys = new HashSet<>();
        recorded.forEach(a -> keys.add(key(a.vin(), a.seq())));
        return keys;
    }
}
