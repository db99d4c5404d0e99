package dev.pitwall.prediction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.prediction.cmapss.SyntheticFleet;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmapssCvCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsEachFoldTheMeanAndThePooledScores() throws IOException {
        Path train = dir.resolve("train.txt");
        SyntheticFleet.write(train, SyntheticFleet.engines(30, 5));

        CliRun run = CliRun.of("cmapss-cv", "--train", train.toString(), "--folds", "3", "--trees", "30",
                "--cuts-per-engine", "2", "--min-observed", "20");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(6);
        assertThat(run.out().lines().toList().get(0)).startsWith("fold  engines  predictions    RMSE  PHM08 score");
        assertThat(run.out().lines().toList().get(1)).matches("1 +10 +20 +\\d+\\.\\d\\d .*");
        assertThat(run.out().lines().toList().get(4)).startsWith("mean ");
        assertThat(run.out().lines().toList().get(5)).startsWith("pooled RMSE ").contains("over 60 predictions");
        assertThat(run.err()).contains("training fold 1/3 ... 0%", "training fold 3/3 ... 66%");
    }

    @Test
    void tooFewEnginesForTheFoldsExitsTwo() throws IOException {
        Path train = dir.resolve("train.txt");
        SyntheticFleet.write(train, SyntheticFleet.engines(3, 5));

        CliRun run = CliRun.of("cmapss-cv", "--train", train.toString(), "--folds", "5");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("cannot split 3 engines into 5 folds");
    }
}
