package dev.pitwall.prediction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.prediction.cmapss.SyntheticFleet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictionMainTest {

    @TempDir
    Path dir;

    @Test
    void helpListsTheSubcommands() {
        CliRun run = CliRun.of("--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("cmapss ", "cmapss-eval", "cmapss-cv");
    }

    @Test
    void noSubcommandIsAUsageError() {
        CliRun run = CliRun.of();

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("Missing subcommand");
    }

    @Test
    void aMissingTrainingFileExitsTwoNamingIt() {
        Path missing = dir.resolve("train_FD009.txt");

        CliRun run = CliRun.of("cmapss", "--train", missing.toString(), "--test", missing.toString(),
                "--out", dir.resolve("out.csv").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + missing + ": file not found").doesNotContain("\tat ");
    }

    @Test
    void aTestFileWithAShortRowExitsTwoNamingTheLineBeforeTraining() throws IOException {
        Path train = dir.resolve("train.txt");
        SyntheticFleet.write(train, SyntheticFleet.engines(4, 1));
        Path test = dir.resolve("test.txt");
        Files.writeString(test, "1 1 0 0 100 1 2 3\n");

        CliRun run = CliRun.of("cmapss", "--train", train.toString(), "--test", test.toString(),
                "--out", dir.resolve("out.csv").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + test + " line 1: expected 26 space-separated columns")
                .contains("found 8").doesNotContain("training XGBoost").doesNotContain("\tat ");
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    @Test
    void anInvalidOptionValueExitsTwo() throws IOException {
        Path train = dir.resolve("train.txt");
        SyntheticFleet.write(train, SyntheticFleet.engines(4, 1));

        CliRun run = CliRun.of("cmapss", "--train", train.toString(), "--test", train.toString(),
                "--out", dir.resolve("out.csv").toString(), "--eta", "0");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("eta must be in (0, 1], was 0.0");
    }
}
