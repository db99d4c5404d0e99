package dev.pitwall.simulator.history;

import dev.pitwall.simulator.SimulatorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A history run: the fleet (vehicles, seed, start, sample interval, region, wear, scripts, climates from
 * {@link SimulatorConfig}; its MQTT options are ignored) simulated for {@code days} as fast as possible.
 *
 * @param parkedSampleInterval while the engine is off a sample is sent only this often (a parked heartbeat)
 * @param out directory for {@code telemetry.ndjson.gz}, and for the ground truth unless the fleet configuration
 *            names another ground-truth directory
 * @param threads simulation threads; the output does not depend on it
 */
public record HistoryConfig(SimulatorConfig fleet, int days, Duration parkedSampleInterval, Path out, int threads) {

    public static final Instant DEFAULT_START = Instant.parse("2026-01-01T00:00:00Z");
    public static final String DEFAULT_START_TEXT = "2026-01-01T00:00:00Z";
    public static final int DEFAULT_VEHICLES = 300;
    public static final int DEFAULT_DAYS = 365;
    public static final String DEFAULT_SAMPLE_INTERVAL = "PT15M";
    public static final String DEFAULT_PARKED_INTERVAL = "PT1H";
    public static final int MAX_DAYS = 3650;

    public HistoryConfig {
        Objects.requireNonNull(fleet, "fleet");
        Objects.requireNonNull(parkedSampleInterval, "parkedSampleInterval");
        Objects.requireNonNull(out, "out");
        if (fleet.startTime() == null) {
            fleet = fleet.withStartTime(DEFAULT_START);
        }
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("--days: expected 1.." + MAX_DAYS + ", got " + days);
        }
        if (parkedSampleInterval.compareTo(fleet.sampleInterval()) < 0) {
            throw new IllegalArgumentException("--parked-interval: expected at least the sample interval ("
                    + fleet.sampleInterval() + "), got " + parkedSampleInterval);
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("--threads: expected 1..256, got " + threads);
        }
    }

    /** Where {@code ground-truth.csv} and {@code fleet.csv} go. */
    public Path groundTruthDir() {
        return fleet.groundTruthDir() != null ? fleet.groundTruthDir() : out;
    }

    public long endMillis() {
        return fleet.startTime().toEpochMilli() + days * 86_400_000L;
    }
}
