package dev.pitwall.simulator.groundtruth;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.simulator.vehicle.MaintenanceEvent.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One line of {@code ground-truth.csv}, as a consumer (a test, a model's evaluation) reads it back. */
public record GroundTruthEvent(String vin, String model, Component component, Kind event, Instant time, double odometerKm) {

    public static List<GroundTruthEvent> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(GroundTruthLog.HEADER)) {
                throw new IllegalArgumentException(file + ": expected the header '" + GroundTruthLog.HEADER + "'");
            }
            List<GroundTruthEvent> events = new ArrayList<>(lines.size() - 1);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                events.add(new GroundTruthEvent(f[0], f[1], Component.valueOf(f[2]), Kind.valueOf(f[3]), Instant.parse(f[4]),
                        Double.parseDouble(f[5])));
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
