package dev.pitwall.prediction.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.prediction.evaluation.MarkdownReport;
import dev.pitwall.prediction.evaluation.ReportCharts;
import dev.pitwall.prediction.model.ModelBundle;
import dev.pitwall.prediction.training.SyntheticFleet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainEvaluateCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(Callable<Integer> command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void trainNamesAMissingDataDirectory() {
        Path missing = dir.resolve("no-such-history");
        Run run = run(new TrainCommand(), "--data", missing.toString(), "--out", dir.resolve("m.zip").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--data: " + missing + ": not a directory");
    }

    @Test
    void trainNamesAnIncompleteHistory() throws Exception {
        Files.createDirectories(dir.resolve("h"));
        Files.writeString(dir.resolve("h/ground-truth.csv"), "vin,model,component,event,time,odometer_km\n");
        Run run = run(new TrainCommand(), "--data", dir.resolve("h").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--data: ").contains("telemetry.ndjson.gz missing");
    }

    @Test
    void trainRejectsAnImpossibleHorizon() throws Exception {
        SyntheticFleet.generate(2, 10, 1).writeTo(dir.resolve("h"));
        Run run = run(new TrainCommand(), "--data", dir.resolve("h").toString(), "--horizon-days", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--horizon-days: expected 1..365 days, got 0");
    }

    @Test
    void evaluateNamesABadModelFile() throws Exception {
        SyntheticFleet.generate(2, 10, 1).writeTo(dir.resolve("h"));
        Path bogus = Files.writeString(dir.resolve("model.zip"), "not a bundle");
        Run run = run(new EvaluateCommand(), "--model", bogus.toString(), "--data", dir.resolve("h").toString(),
                "--report", dir.resolve("r.md").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--model: " + bogus).contains("not a readable Pitwall model bundle");
    }

    @Test
    void trainThenEvaluateOnAnotherFleetWritesTheReportAndCharts() throws Exception {
        Path train = SyntheticFleet.generate(24, 80, 11).writeTo(dir.resolve("train"));
        Path eval = SyntheticFleet.generate(12, 80, 12).writeTo(dir.resolve("eval"));
        Path model = dir.resolve("models/pitwall-model.zip");
        Path report = dir.resolve("docs/prediction.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, "# Hand-written\n\nKept.\n\n" + MarkdownReport.BEGIN + "\nold\n" + MarkdownReport.END
                + "\n\nAlso kept.\n");

        Run trained = run(new TrainCommand(), "--data", train.toString(), "--out", model.toString(), "--trees", "15",
                "--data-seed", "11");
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(trained.err()).contains("loading telemetry 100% …").contains("training BATTERY xgboost");
        assertThat(trained.out()).contains("BATTERY    xgboost AP").contains("TIRES      skipped");
        assertThat(ModelBundle.load(model).provenance().at("/data/seed").asLong()).isEqualTo(11);

        Run evaluated = run(new EvaluateCommand(), "--model", model.toString(), "--data", eval.toString(),
                "--report", report.toString(), "--data-command", "synthetic fleet (test)");
        assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
        assertThat(Files.readString(report)).contains("--data-command 'synthetic fleet (test)'");
        String text = Files.readString(report);
        assertThat(text).startsWith("# Hand-written\n\nKept.\n").endsWith("Also kept.\n").doesNotContain("\nold\n");
        assertThat(text).contains("| **BATTERY** (failures: 4;").contains("gradient-boosted trees (XGBoost)")
                .contains("rule: resting voltage < 12.2 V").contains("synthetic fleet (test)")
                .contains("pitwall-prediction.jar train --data " + train)
                .contains("pitwall-prediction.jar evaluate --model " + model);
        assertThat(report.resolveSibling(ReportCharts.PR_CURVES)).isNotEmptyFile();
        assertThat(report.resolveSibling(ReportCharts.LEAD_TIMES)).isNotEmptyFile();
        assertThat(evaluated.out()).containsPattern("BATTERY +GRADIENT_BOOSTING +PR-AUC 0\\.[5-9]");

        // a second evaluation goes into its own section with its own charts; the first stays
        Run second = run(new EvaluateCommand(), "--model", model.toString(), "--data", train.toString(),
                "--report", report.toString(), "--section", "on-training-fleet");
        assertThat(second.exitCode()).as(second.err()).isZero();
        String both = Files.readString(report);
        assertThat(both).contains(MarkdownReport.BEGIN).contains(MarkdownReport.begin("on-training-fleet"))
                .contains("(prediction-on-training-fleet-pr-curves.png)").endsWith(MarkdownReport.end("on-training-fleet") + "\n");
        assertThat(report.resolveSibling("prediction-on-training-fleet-lead-times.png")).isNotEmptyFile();
        assertThat(run(new EvaluateCommand(), "--model", model.toString(), "--data", train.toString(),
                "--section", "Bad Name").err()).contains("--section: expected lower-case letters");
    }
}
