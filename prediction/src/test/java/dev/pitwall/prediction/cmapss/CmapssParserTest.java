package dev.pitwall.prediction.cmapss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmapssParserTest {

    /** Two lines of train_FD001.txt as NASA ships them (note the trailing spaces). */
    static final String UNIT1_CYCLE1 = "1 1 -0.0007 -0.0004 100.0 518.67 641.82 1589.70 1400.60 14.62 21.61 554.36 "
            + "2388.06 9046.19 1.30 47.47 521.66 2388.02 8138.62 8.4195 0.03 392 2388 100.00 39.06 23.4190  ";
    static final String UNIT1_CYCLE2 = "1 2 0.0019 -0.0003 100.0 518.67 642.15 1591.82 1403.14 14.62 21.61 553.75 "
            + "2388.04 9044.07 1.30 47.49 522.28 2388.07 8131.49 8.4318 0.03 392 2388 100.00 39.00 23.4236  ";

    @Test
    void groupsRowsIntoEnginesWithSettingsAndSensorsInColumnOrder() throws IOException {
        String unit2 = UNIT1_CYCLE1.replaceFirst("^1 1 ", "2 1 ");

        List<EngineTrajectory> engines = CmapssParser.parse("t.txt",
                new StringReader(UNIT1_CYCLE1 + "\n" + UNIT1_CYCLE2 + "\n\n" + unit2 + "\n"));

        assertThat(engines).extracting(EngineTrajectory::unit).containsExactly(1, 2);
        EngineTrajectory first = engines.get(0);
        assertThat(first.length()).isEqualTo(2);
        assertThat(first.lastCycle()).isEqualTo(2);
        CmapssRow row = first.rows().get(1);
        assertThat(row.settings()).containsExactly(0.0019, -0.0003, 100.0);
        assertThat(row.sensors()[0]).isEqualTo(518.67);
        assertThat(row.sensors()[1]).isEqualTo(642.15);
        assertThat(row.sensors()[20]).isEqualTo(23.4236);
    }

    @Test
    void rejectsANonNumericReadingNamingLineColumnAndSensor() {
        String bad = UNIT1_CYCLE2.replace(" 642.15 ", " 64x.15 ");

        assertThatThrownBy(() -> CmapssParser.parse("test_FD001.txt",
                new StringReader(UNIT1_CYCLE1 + "\n" + bad + "\n")))
                .isInstanceOf(CmapssInputException.class)
                .hasMessage("test_FD001.txt line 2, column 7 (s2): expected a number, found \"64x.15\"");
    }

    @Test
    void rejectsARowWithMissingColumnsSayingHowManyWereExpected() {
        String shortRow = UNIT1_CYCLE1.strip().substring(0, UNIT1_CYCLE1.strip().lastIndexOf(' '));

        assertThatThrownBy(() -> CmapssParser.parse("t.txt", new StringReader(shortRow)))
                .isInstanceOf(CmapssInputException.class)
                .hasMessageContaining("t.txt line 1: expected 26 space-separated columns")
                .hasMessageContaining("found 25");
    }

    @Test
    void rejectsAFractionalUnitNumber() {
        String fractionalUnit = UNIT1_CYCLE1.replaceFirst("^1 ", "1.5 ");

        assertThatThrownBy(() -> CmapssParser.parse("t.txt", new StringReader(fractionalUnit)))
                .hasMessage("t.txt line 1, column 1 (unit): expected a positive whole number, found \"1.5\"");
    }

    @Test
    void rejectsCyclesThatDoNotIncrease() {
        assertThatThrownBy(() -> CmapssParser.parse("t.txt",
                new StringReader(UNIT1_CYCLE2 + "\n" + UNIT1_CYCLE1 + "\n")))
                .hasMessageContaining("t.txt line 2, column 2 (cycle): cycle 1 of unit 1 follows cycle 2");
    }

    @Test
    void rejectsAnEngineWhoseRowsAreSplitByAnother() {
        String unit2 = UNIT1_CYCLE1.replaceFirst("^1 1 ", "2 1 ");

        assertThatThrownBy(() -> CmapssParser.parse("t.txt",
                new StringReader(UNIT1_CYCLE1 + "\n" + unit2 + "\n" + UNIT1_CYCLE2 + "\n")))
                .hasMessageContaining("line 3").hasMessageContaining("unit 1 appears again");
    }

    @Test
    void rejectsAFileWithoutRows() {
        assertThatThrownBy(() -> CmapssParser.parse("empty.txt", new StringReader("\n  \n")))
                .hasMessageStartingWith("empty.txt: no data rows");
    }

    @Test
    void namesAMissingFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.txt");

        assertThatThrownBy(() -> CmapssParser.read(missing))
                .isInstanceOf(CmapssInputException.class)
                .hasMessageStartingWith(missing + ": file not found");
    }
}
