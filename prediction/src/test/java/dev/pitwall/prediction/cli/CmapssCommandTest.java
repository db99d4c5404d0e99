package dev.pitwall.prediction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.prediction.cmapss.EngineTrajectory;
import dev.pitwall.prediction.cmapss.RulPredictionsFile;
import dev.pitwall.prediction.cmapss.SyntheticFleet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmapssCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesOneClippedRulPerTestUnitAndTheSameFileEveryRun() throws IOException {
        List<EngineTrajectory> fleet = SyntheticFleet.engines(24, 11);
        Path train = dir.resolve("train.txt");
        SyntheticFleet.write(train, fleet.subList(0, 20));
        Path test = dir.resolve("test.txt");
        SyntheticFleet.write(test, fleet.subList(20, 24).stream().map(e -> e.truncatedTo(e.length() / 2)).toList());

        CliRun first = CliRun.of("cmapss", "--train", train.toString(), "--test", test.toString(),
                "--out", dir.resolve("a.csv").toString(), "--trees", "40");
        CliRun second = CliRun.of("cmapss", "--train", train.toString(), "--test", test.toString(),
                "--out", dir.resolve("b.csv").toString(), "--trees", "40");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).isEmpty();
        assertThat(first.err()).contains("training XGBoost on 20 engines").contains("wrote 4 predictions");
        Map<Integer, Double> rul = RulPredictionsFile.read(dir.resolve("a.csv"));
        assertThat(rul.keySet()).containsExactly(21, 22, 23, 24);
        assertThat(rul.values()).allSatisfy(r -> assertThat(r).isBetween(0.0, 125.0));
        assertThat(second.exit()).isZero();
        assertThat(Files.readString(dir.resolve("b.csv"))).isEqualTo(Files.readString(dir.resolve("a.csv")));
    }
}
