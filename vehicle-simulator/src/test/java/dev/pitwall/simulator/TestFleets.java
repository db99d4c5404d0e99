package dev.pitwall.simulator;

import java.time.Instant;
import java.util.List;

/** Configurations and message lists the tests share. */
final class TestFleets {

    static final Instant START = Instant.parse("2026-03-02T06:00:00Z");

    private TestFleets() {
    }

    /** A fixed start time (so runs are reproducible), no pacing, no progress logging. */
    static SimulatorConfig.Builder config() {
        return SimulatorConfig.builder()
                .startTime(START)
                .asFastAsPossible()
                .progressInterval(java.time.Duration.ZERO);
    }

    static List<SimulatedMessage> generate(SimulatorConfig config) {
        return FleetGenerator.create(config).stream().toList();
    }
}
