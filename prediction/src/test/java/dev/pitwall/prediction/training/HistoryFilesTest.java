package dev.pitwall.prediction.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.maintenance.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSimulatorsFilesIncludingQuotedFields() throws Exception {
        SyntheticFleet fleet = SyntheticFleet.generate(3, 10, 1);
        fleet.writeTo(dir);
        HistoryDirectory history = HistoryDirectory.open(dir);

        List<FleetVehicle> vehicles = FleetCsv.read(history.fleet());
        List<GroundTruthEvent> truth = GroundTruthCsv.read(history.groundTruth());
        long[] count = {0};
        long messages = TelemetryFile.forEach(history.telemetry(), t -> count[0]++, Progress.SILENT);

        assertThat(vehicles).hasSize(3);
        assertThat(vehicles.get(0).region()).isEqualTo("48.0,11.3,48.3,11.8");
        assertThat(vehicles.get(0).extra()).containsEntry("service_habit", "DILIGENT");
        assertThat(truth).isEqualTo(fleet.truth.stream().sorted(java.util.Comparator.comparing(GroundTruthEvent::vin)
                .thenComparing(GroundTruthEvent::time)).toList());
        assertThat(messages).isEqualTo(fleet.telemetry.size()).isEqualTo(count[0]);
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> HistoryDirectory.open(dir)).isInstanceOf(HistoryInputException.class)
                .hasMessageContaining("telemetry.ndjson.gz missing");
        assertThatThrownBy(() -> HistoryDirectory.open(dir.resolve("nope"))).hasMessageContaining("not a directory");
    }

    @Test
    void badGroundTruthLineIsNamedWithWhatWasExpected() throws Exception {
        Path file = Files.writeString(dir.resolve("ground-truth.csv"),
                "vin,model,component,event,time,odometer_km\nV1,M,BATTERY,FAILURE,2026-01-01T00:00:00Z,1.0\n"
                        + "V1,M,WIPERS,FAILURE,2026-01-02T00:00:00Z,1.0\n");
        assertThatThrownBy(() -> GroundTruthCsv.read(file))
                .hasMessageContaining("ground-truth.csv:3: component: expected one of [BATTERY")
                .hasMessageContaining("got 'WIPERS'");
        Path noColumn = Files.writeString(dir.resolve("g2.csv"), "vin,model,component,time\n");
        assertThatThrownBy(() -> GroundTruthCsv.read(noColumn)).hasMessageContaining("column 'event' missing");
        assertThat(Component.valueOf("BATTERY")).isNotNull();
    }

    @Test
    void corruptTelemetryLineIsNamed() throws Exception {
        Path file = dir.resolve("telemetry.ndjson.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":0,\"ts\":\"2026-01-01T00:00:00Z\",\"signals\":{}}\nnot json\n"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> TelemetryFile.forEach(file, t -> { }, Progress.SILENT))
                .isInstanceOf(HistoryInputException.class).hasMessageContaining("telemetry.ndjson.gz:2:");
    }
}
