package dev.pitwall.simulator.history;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.simulator.SimulatorConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** History runs for the tests: small fleets, no progress output, and reading the files back. */
final class HistoryRuns {

    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");

    private HistoryRuns() {
    }

    static SimulatorConfig.Builder fleet(int vehicles, long seed) {
        return SimulatorConfig.builder().vehicles(vehicles).seed(seed).startTime(START)
                .sampleInterval(Duration.ofMinutes(15)).progressInterval(Duration.ZERO);
    }

    static HistoryReport run(SimulatorConfig fleet, int days, Path out, int threads) {
        var quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new FleetHistory(new HistoryConfig(fleet, days, Duration.ofHours(1), out, threads), quiet).run();
    }

    /** Every line of {@code telemetry.ndjson.gz}, as text. */
    static List<String> lines(Path out) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out.resolve(FleetHistory.TELEMETRY_FILE)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Telemetry> telemetry(Path out) {
        TelemetryCodec codec = new TelemetryCodec();
        List<Telemetry> all = new ArrayList<>();
        for (String line : lines(out)) {
            all.add(codec.decodeTrusted(line.getBytes(StandardCharsets.UTF_8)));
        }
        return all;
    }
}
