package dev.pitwall.prediction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CmapssEvalCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsUnitsRmseAndPhm08Score() throws IOException {
        // d = -2, 0, +5: RMSE sqrt(29/3) = 3.109, score (e^(2/13) - 1) + (e^0.5 - 1) = 0.815
        Path pred = Files.writeString(dir.resolve("pred.csv"), "unit,rul\n2,20\n1,10\n3,30\n");
        Path truth = Files.writeString(dir.resolve("RUL.txt"), "12\n20\n25\n");

        CliRun run = CliRun.of("cmapss-eval", "--pred", pred.toString(), "--truth", truth.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines()).containsExactly("units        3", "RMSE         3.109", "PHM08 score  0.82");
    }

    @Test
    void unitsMissingOnOneSideExitTwoNamingThem() throws IOException {
        Path pred = Files.writeString(dir.resolve("pred.csv"), "unit,rul\n1,10\n2,20\n");
        Path truth = Files.writeString(dir.resolve("RUL.txt"), "12\n20\n25\n");

        CliRun run = CliRun.of("cmapss-eval", "--pred", pred.toString(), "--truth", truth.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("with truth but not predicted [3]").doesNotContain("\tat ");
    }

    @Test
    void aMissingTruthFileExitsTwoNamingIt() throws IOException {
        Path pred = Files.writeString(dir.resolve("pred.csv"), "unit,rul\n1,10\n");
        Path truth = dir.resolve("RUL_FD001.txt");

        CliRun run = CliRun.of("cmapss-eval", "--pred", pred.toString(), "--truth", truth.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + truth + ": file not found");
    }
}
