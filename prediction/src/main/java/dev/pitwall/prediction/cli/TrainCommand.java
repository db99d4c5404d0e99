package dev.pitwall.prediction.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.prediction.features.FeatureConfig;
import dev.pitwall.prediction.model.ModelBundle;
import dev.pitwall.prediction.training.FailureModelTrainer;
import dev.pitwall.prediction.training.FleetCsv;
import dev.pitwall.prediction.training.FleetVehicle;
import dev.pitwall.prediction.training.HistoryDirectory;
import dev.pitwall.prediction.training.HistoryInputException;
import dev.pitwall.prediction.training.Progress;
import dev.pitwall.prediction.training.SnapshotDataset;
import dev.pitwall.prediction.training.SnapshotSchedule;
import dev.pitwall.prediction.training.TrainingConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code train}: simulated fleet history in, model bundle out. Progress on stderr, a summary on stdout. */
@Command(name = "train", mixinStandardHelpOptions = true, usageHelpWidth = 120,
        description = "Trains per-component failure models (XGBoost, logistic baseline, RUL regressor) on a fleet "
                + "history written by the simulator's history command, and writes one model bundle.")
public final class TrainCommand implements Callable<Integer> {

    static final String JAR = "java -jar prediction/target/pitwall-prediction.jar";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "Fleet history: telemetry.ndjson.gz, ground-truth.csv, fleet.csv.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "models/pitwall-model.zip",
            description = "Model bundle to write (replaced atomically). Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--horizon-days", defaultValue = "" + TrainingConfig.DEFAULT_HORIZON_DAYS,
            description = "Predict failures within this many days. Default: ${DEFAULT-VALUE}")
    int horizonDays;

    @Option(names = "--seed", defaultValue = "42",
            description = "Seed of the vehicle split, sampling and the learners. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--trees", defaultValue = "200", description = "Boosting rounds per XGBoost model. Default: ${DEFAULT-VALUE}")
    int trees;

    @Option(names = "--false-alarm-budget", defaultValue = "2.0",
            description = "Operating thresholds allow this many false alarms per 1,000 vehicle-days on the calibration "
                    + "vehicles. Default: ${DEFAULT-VALUE}")
    double falseAlarmBudget;

    @Option(names = "--threads", defaultValue = "1", description = "XGBoost threads. Default: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--data-seed", paramLabel = "SEED",
            description = "The seed the history was generated with, recorded in the bundle's provenance (the files do not say).")
    Long dataSeed;

    public static void main(String[] args) {
        System.exit(new CommandLine(new TrainCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (horizonDays < 1 || horizonDays > 365) {
            throw new ParameterException(spec.commandLine(), "--horizon-days: expected 1..365 days, got " + horizonDays);
        }
        if (trees < 1) {
            throw new ParameterException(spec.commandLine(), "--trees: expected at least 1, got " + trees);
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads: expected at least 1, got " + threads);
        }
        if (!(falseAlarmBudget > 0)) {
            throw new ParameterException(spec.commandLine(), "--false-alarm-budget: expected a positive number, got "
                    + falseAlarmBudget);
        }
        HistoryDirectory history = openHistory(spec, "--data", data);
        CliSupport.quietTribuoLogging();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = CliSupport.progress(err);
        TrainingConfig config = TrainingConfig.defaults().withHorizonDays(horizonDays).withSeed(seed).withTrees(trees)
                .withFalseAlarmBudget(falseAlarmBudget).withThreads(threads);

        long start = System.nanoTime();
        SnapshotDataset dataset;
        try {
            dataset = SnapshotDataset.build(history, FeatureConfig.defaults(), SnapshotSchedule.DAILY,
                    config.labelPolicy(), progress);
        } catch (HistoryInputException e) {
            throw new ParameterException(spec.commandLine(), "--data: " + e.getMessage());
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        ObjectNode provenance = dataProvenance(history, dataset, loadSeconds);
        provenance.put("trainCommand", commandLine(spec));
        if (dataSeed != null) {
            provenance.put("seed", dataSeed);
        }
        long trainStart = System.nanoTime();
        ModelBundle bundle = new FailureModelTrainer(config, progress, Clock.systemUTC()).train(dataset, provenance);
        double trainSeconds = (System.nanoTime() - trainStart) / 1e9;
        progress.step("writing " + out);
        bundle.save(out);

        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("model bundle %s written to %s%n", bundle.version(), out);
        stdout.printf("data: %d vehicles, %.0f days, %,d messages, %,d snapshots, %d features (%.0f s); training %.0f s%n",
                dataset.summary().vehicles(), dataset.summary().days(), dataset.summary().messages(),
                dataset.summary().snapshots(), dataset.layout().size(), loadSeconds, trainSeconds);
        var metrics = bundle.provenance().path("calibrationMetrics");
        for (Component c : Component.values()) {
            if (bundle.components().containsKey(c)) {
                var m = metrics.path(c.name());
                stdout.printf(java.util.Locale.ROOT,
                        "%-10s xgboost AP %.3f threshold %.3f (calibration vehicles: precision %.2f, recall %.2f); "
                                + "logistic AP %.3f; RUL MAE %.1f d%n", c,
                        m.path("boosted").path("averagePrecision").asDouble(), m.path("boosted").path("threshold").asDouble(),
                        m.path("boosted").path("precision").asDouble(), m.path("boosted").path("recall").asDouble(),
                        m.path("logistic").path("averagePrecision").asDouble(), m.path("rulMaeDaysCalibration").asDouble());
            } else {
                stdout.printf("%-10s skipped: %s%n", c, bundle.skipped().get(c));
            }
        }
        stdout.flush();
        return 0;
    }

    /** How this command was invoked, as a line for the report: the jar, the command's name and its own arguments. */
    static String commandLine(CommandSpec spec) {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        // run as a subcommand, the original arguments start with the parent's options and this command's name
        int own = spec.parent() == null ? -1 : args.indexOf(spec.name());
        StringBuilder line = new StringBuilder(JAR).append(' ').append(spec.name());
        for (String arg : args.subList(own + 1, args.size())) {
            line.append(' ').append(shellQuoted(arg));
        }
        return line.toString();
    }

    /** The argument as a POSIX shell would need it: as is when safe, else in single quotes. */
    static String shellQuoted(String arg) {
        return arg.matches("[A-Za-z0-9_./:=,@%+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }

    static HistoryDirectory openHistory(CommandSpec spec, String option, Path dir) {
        try {
            return HistoryDirectory.open(dir);
        } catch (HistoryInputException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + e.getMessage());
        }
    }

    private static ObjectNode dataProvenance(HistoryDirectory history, SnapshotDataset dataset, double loadSeconds)
            throws IOException {
        ObjectNode node = new ObjectMapper().createObjectNode();
        node.put("directory", history.dir().toAbsolutePath().normalize().toString());
        ObjectNode files = node.putObject("sha256");
        for (Path file : List.of(history.telemetry(), history.groundTruth(), history.fleet())) {
            files.put(file.getFileName().toString(), sha256(file));
        }
        SnapshotDataset.Summary s = dataset.summary();
        node.put("vehicles", s.vehicles());
        node.put("days", Math.round(s.days() * 10) / 10.0);
        node.put("firstEvent", String.valueOf(s.firstEvent()));
        node.put("lastEvent", String.valueOf(s.lastEvent()));
        node.put("messages", s.messages());
        node.put("snapshots", s.snapshots());
        node.put("loadSeconds", Math.round(loadSeconds));
        Map<String, Integer> climates = new TreeMap<>();
        Map<String, Integer> models = new TreeMap<>();
        for (FleetVehicle v : FleetCsv.read(history.fleet())) {
            climates.merge(v.climate(), 1, Integer::sum);
            models.merge(v.model(), 1, Integer::sum);
        }
        node.set("climateMix", new ObjectMapper().valueToTree(climates));
        node.set("models", new ObjectMapper().valueToTree(models));
        return node;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest stream hashes as it reads
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
