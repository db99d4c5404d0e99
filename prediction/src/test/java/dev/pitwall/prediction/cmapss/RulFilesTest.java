package dev.pitwall.prediction.cmapss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulFilesTest {

    @TempDir
    Path dir;

    @Test
    void predictionsAreWrittenAsUnitRulCsvAndReadBack() throws IOException {
        Map<Integer, Double> rul = new LinkedHashMap<>();
        rul.put(1, 112.345);
        rul.put(2, 0.0);
        Path file = dir.resolve("out/pred.csv");

        RulPredictionsFile.write(file, rul);

        assertThat(Files.readAllLines(file)).containsExactly("unit,rul", "1,112.35", "2,0.00");
        assertThat(RulPredictionsFile.read(file)).containsExactly(Map.entry(1, 112.35), Map.entry(2, 0.0));
    }

    @Test
    void aPredictionsFileWithoutHeaderIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("p.csv"), "1,20\n");

        assertThatThrownBy(() -> RulPredictionsFile.read(file))
                .hasMessage(file + " line 1: expected the header \"unit,rul\", found \"1,20\"");
    }

    @Test
    void aBadRulNamesLineAndField() throws IOException {
        Path file = Files.writeString(dir.resolve("p.csv"), "unit,rul\n1,20\n2,soon\n");

        assertThatThrownBy(() -> RulPredictionsFile.read(file))
                .hasMessage(file + " line 3, field rul: expected a number, found \"soon\"");
    }

    @Test
    void nasaTruthLineIBelongsToUnitI() throws IOException {
        Path file = Files.writeString(dir.resolve("RUL.txt"), "112 \n98 \n69 \n\n");

        assertThat(NasaRulFile.read(file)).containsExactly(Map.entry(1, 112.0), Map.entry(2, 98.0), Map.entry(3, 69.0));
    }

    @Test
    void aGapInTheTruthFileIsRejectedRatherThanShiftingUnits() throws IOException {
        Path file = Files.writeString(dir.resolve("RUL.txt"), "112\n\n69\n");

        assertThatThrownBy(() -> NasaRulFile.read(file))
                .hasMessage(file + " line 2: empty line; expected the true RUL of unit 2");
    }
}
