package dev.pitwall.prediction.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark end to end on NASA's real FD001 training file: a fifth of its engines are held out, cut
 * at random cycles and renumbered like NASA's test files, and the other engines train the model.
 */
class CmapssEndToEndTest {

    /** Loose on purpose: it must catch a broken pipeline, not grade the model (docs/cmapss.md does that). */
    static final double MAX_RMSE = 25;

    @TempDir
    Path dir;

    /** Surefire passes the datasets directory; run elsewhere, resolve ../shared from the repo root (= ..). */
    static Path trainFd001() {
        String datasets = System.getProperty("pitwall.datasets");
        Path base = datasets != null ? Path.of(datasets) : Path.of("..", "..", "shared", "datasets");
        return base.resolve("cmapss").resolve("train_FD001.txt");
    }

    @Test
    void predictsHeldOutTruncatedEnginesOfFd001WithinTheBound() throws IOException {
        Path fd001 = trainFd001();
        assumeTrue(Files.isRegularFile(fd001), "C-MAPSS data absent, skipping: " + fd001.toAbsolutePath().normalize());
        Map<Integer, List<String>> linesByUnit = new LinkedHashMap<>();
        for (String line : Files.readAllLines(fd001)) {
            if (!line.isBlank()) {
                linesByUnit.computeIfAbsent(Integer.parseInt(line.strip().split("\\s+")[0]), u -> new ArrayList<>())
                        .add(line);
            }
        }
        List<String> train = new ArrayList<>();
        List<String> test = new ArrayList<>();
        StringBuilder truth = new StringBuilder();
        Random random = new Random(2008);
        int testUnit = 0;
        for (Map.Entry<Integer, List<String>> engine : linesByUnit.entrySet()) {
            List<String> lines = engine.getValue();
            if (engine.getKey() % 5 != 0) {
                train.addAll(lines);
                continue;
            }
            // As in test_FD001: at least 31 cycles seen, at most 145 to go.
            int lowest = Math.max(31, lines.size() - 145);
            int observed = lowest + random.nextInt(lines.size() - lowest);
            testUnit++;
            for (String line : lines.subList(0, observed)) {
                test.add(line.strip().replaceFirst("^\\d+ ", testUnit + " "));
            }
            truth.append(lines.size() - observed).append('\n');
        }
        Path trainFile = Files.write(dir.resolve("train.txt"), train);
        Path testFile = Files.write(dir.resolve("TEST.txt"), test);
        Path truthFile = Files.writeString(dir.resolve("RUL.txt"), truth);
        Path out = dir.resolve("OUT.csv");

        CliRun predict = CliRun.of("cmapss", "--train", trainFile.toString(), "--test", testFile.toString(),
                "--out", out.toString());
        CliRun eval = CliRun.of("cmapss-eval", "--pred", out.toString(), "--truth", truthFile.toString());

        assertThat(predict.exit()).as(predict.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(1 + 20).first().isEqualTo("unit,rul");
        assertThat(eval.exit()).as(eval.err()).isZero();
        double rmse = Double.parseDouble(eval.out().lines().filter(l -> l.startsWith("RMSE"))
                .findFirst().orElseThrow().substring("RMSE".length()).strip());
        System.out.println("held-out FD001 engines: " + eval.out().lines().toList());
        assertThat(rmse).isLessThan(MAX_RMSE);
    }
}
