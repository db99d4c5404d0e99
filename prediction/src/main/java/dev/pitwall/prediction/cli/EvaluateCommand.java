package dev.pitwall.prediction.cli;

import dev.pitwall.prediction.evaluation.ComponentEvaluation;
import dev.pitwall.prediction.evaluation.Evaluator;
import dev.pitwall.prediction.evaluation.MarkdownReport;
import dev.pitwall.prediction.evaluation.ReportCharts;
import dev.pitwall.prediction.model.ModelBundle;
import dev.pitwall.prediction.model.ModelBundleException;
import dev.pitwall.prediction.model.ModelKind;
import dev.pitwall.prediction.training.HistoryDirectory;
import dev.pitwall.prediction.training.HistoryInputException;
import dev.pitwall.prediction.training.LabelPolicy;
import dev.pitwall.prediction.training.Progress;
import dev.pitwall.prediction.training.SnapshotDataset;
import dev.pitwall.prediction.training.SnapshotSchedule;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: a model bundle against another simulated fleet, side by side with the logistic baseline and the
 * classic threshold rules; writes the Markdown report and its charts.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, usageHelpWidth = 120,
        description = "Evaluates a model bundle on a fleet history it was not trained on (use another seed and mix) "
                + "and writes a Markdown report with PR and lead-time charts next to it.")
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "Model bundle written by train.")
    Path model;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Evaluation fleet history: telemetry.ndjson.gz, ground-truth.csv, fleet.csv.")
    Path data;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = "docs/prediction.md",
            description = "Markdown report; an existing file keeps everything outside its generated section. "
                    + "Default: ${DEFAULT-VALUE}")
    Path report;

    @Option(names = "--section", paramLabel = "NAME", defaultValue = MarkdownReport.DEFAULT_SECTION,
            description = "Name of the report section to write (several evaluations can share one report); a section "
                    + "other than the default also gets its own chart files. Default: ${DEFAULT-VALUE}")
    String section;

    @Option(names = "--data-command", paramLabel = "COMMAND",
            description = "A command that produced the data (repeatable), listed in the report before train and evaluate.")
    List<String> dataCommands = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new EvaluateCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        ModelBundle bundle;
        try {
            bundle = ModelBundle.load(model);
        } catch (ModelBundleException e) {
            throw new ParameterException(spec.commandLine(), "--model: " + e.getMessage());
        }
        if (!section.matches("[a-z0-9-]+")) {
            throw new ParameterException(spec.commandLine(), "--section: expected lower-case letters, digits and dashes, got '"
                    + section + "'");
        }
        HistoryDirectory history = TrainCommand.openHistory(spec, "--data", data);
        Path reportDir = report.toAbsolutePath().getParent();
        if (Files.exists(report) && !Files.isWritable(report) || reportDir != null && Files.exists(reportDir)
                && !Files.isDirectory(reportDir)) {
            throw new ParameterException(spec.commandLine(), "--report: cannot write " + report);
        }
        CliSupport.quietTribuoLogging();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = CliSupport.progress(err);

        long start = System.nanoTime();
        SnapshotDataset dataset;
        try {
            dataset = SnapshotDataset.build(history, bundle.featureConfig(), SnapshotSchedule.DAILY,
                    new LabelPolicy(Duration.ofDays(bundle.horizonDays()), Duration.ofMillis(
                            Math.round(bundle.rulCapDays() * 86_400_000L))), progress);
        } catch (HistoryInputException e) {
            throw new ParameterException(spec.commandLine(), "--data: " + e.getMessage());
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        long evaluateStart = System.nanoTime();
        List<ComponentEvaluation> evaluations = new Evaluator(bundle, progress).evaluate(dataset);
        double evaluateSeconds = (System.nanoTime() - evaluateStart) / 1e9;

        progress.step("writing " + report);
        Files.createDirectories(reportDir);
        List<Path> charts = ReportCharts.write(reportDir,
                section.equals(MarkdownReport.DEFAULT_SECTION) ? "" : section, evaluations);
        List<String> commands = new ArrayList<>(dataCommands);
        String trainCommand = bundle.provenance().path("data").path("trainCommand").asText("");
        if (!trainCommand.isEmpty()) {
            commands.add(trainCommand);
        }
        commands.add(TrainCommand.commandLine(spec));
        MarkdownReport.write(report, section, new MarkdownReport.Context(bundle, data, dataset.summary(), commands,
                loadSeconds, evaluateSeconds, charts.stream().map(p -> p.getFileName().toString()).toList()),
                evaluations, dataset.layout());

        PrintWriter out = spec.commandLine().getOut();
        out.printf("evaluated %s on %s (%d vehicles, %,d vehicle-days) in %.0f s; report %s%n", bundle.version(), data,
                dataset.summary().vehicles(), dataset.summary().snapshots(), loadSeconds + evaluateSeconds, report);
        for (ComponentEvaluation e : evaluations) {
            for (ModelKind kind : ModelKind.values()) {
                ComponentEvaluation.KindResult r = e.results().get(kind);
                if (r == null || Double.isNaN(r.threshold())) {
                    continue;
                }
                out.printf(Locale.ROOT, "%-10s %-20s PR-AUC %.3f precision %.2f recall %.2f detected %d/%d "
                                + "median lead %.1f d false alarms %.2f per 1000 vehicle-days%n",
                        e.component(), kind, r.averagePrecision(), r.atThreshold().precision(), r.atThreshold().recall(),
                        r.detected(), e.failures(), r.medianLeadDays(), r.atThreshold().falseAlarmsPer1000());
            }
        }
        out.flush();
        return 0;
    }
}
