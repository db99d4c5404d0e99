package dev.pitwall.prediction.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.prediction.features.FeatureLayout;
import dev.pitwall.prediction.features.FleetBaselines;
import dev.pitwall.prediction.model.BatchScorer;
import dev.pitwall.prediction.model.BinaryMetrics;
import dev.pitwall.prediction.model.Calibrator;
import dev.pitwall.prediction.model.ComponentModels;
import dev.pitwall.prediction.model.ModelBundle;
import dev.pitwall.prediction.model.Standardizer;
import dev.pitwall.prediction.model.TribuoExamples;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.common.xgboost.XGBoostTrainer;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/**
 * Trains a {@link ModelBundle} from a {@link SnapshotDataset}: vehicles split into a fitting part and a calibration
 * part (by vehicle, so no car's near-identical days sit on both sides); fleet baselines and the standardiser learnt on
 * the fitting part; per component an XGBoost classifier, a logistic-regression baseline and an XGBoost RUL regressor
 * fitted there; calibrators and operating thresholds (at the false-alarm budget) chosen on the calibration part.
 */
public final class FailureModelTrainer {

    private static final int BASELINE_MIN_ROWS = 30;
    private static final double MIN_CHILD_WEIGHT = 5;
    private static final double ROW_SUBSAMPLE = 0.8;
    private static final double FEATURE_SUBSAMPLE = 0.8;
    private static final double MAX_POSITIVE_WEIGHT = 20;
    private static final DateTimeFormatter VERSION_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final TrainingConfig config;
    private final Progress progress;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public FailureModelTrainer(TrainingConfig config, Progress progress, Clock clock) {
        this.config = config;
        this.progress = progress;
        this.clock = clock;
    }

    /**
     * @param dataProvenance where the data came from (directory, hashes, generator settings): goes into the bundle
     */
    public ModelBundle train(SnapshotDataset data, ObjectNode dataProvenance) {
        Instant createdAt = clock.instant();
        FeatureLayout layout = data.layout();
        List<String> vehicles = new ArrayList<>(new TreeSet<>(data.vehicles()));
        Collections.shuffle(vehicles, new Random(config.seed()));
        int calibrationCount = Math.max(1, (int) Math.round(vehicles.size() * config.calibrationFraction()));
        Set<String> calibrationVehicles = new HashSet<>(vehicles.subList(0, calibrationCount));
        Set<String> fitVehicles = new HashSet<>(vehicles.subList(calibrationCount, vehicles.size()));
        int[] fitRows = data.rowsOf(fitVehicles);
        int[] calibrationRows = data.rowsOf(calibrationVehicles);

        progress.step("learning fleet baselines");
        List<String> keys = new ArrayList<>();
        List<double[]> raw = new ArrayList<>();
        for (int i : fitRows) {
            keys.add(data.modelKey(i));
            raw.add(data.row(i));
        }
        FleetBaselines baselines = FleetBaselines.fit(layout, keys, raw, BASELINE_MIN_ROWS);
        data.applyBaselines(baselines);
        Standardizer standardizer = Standardizer.fit(raw, layout.size());

        Map<Component, ComponentModels> trained = new EnumMap<>(Component.class);
        Map<Component, String> skipped = new EnumMap<>(Component.class);
        ObjectNode metrics = json.createObjectNode();
        for (Component component : Component.values()) {
            String reason = unusable(data, component, fitRows, calibrationRows);
            if (reason != null) {
                skipped.put(component, reason);
                progress.step("skipping " + component + ": " + reason);
                continue;
            }
            trained.put(component, trainComponent(data, component, fitRows, calibrationRows, standardizer,
                    metrics.putObject(component.name())));
        }

        ObjectNode provenance = json.createObjectNode();
        String version = version(createdAt, dataProvenance);
        provenance.put("version", version);
        provenance.put("createdAt", createdAt.toString());
        provenance.set("data", dataProvenance);
        ObjectNode split = provenance.putObject("split");
        split.put("fitVehicles", fitVehicles.size());
        split.put("calibrationVehicles", calibrationVehicles.size());
        split.put("fitSnapshots", fitRows.length);
        split.put("calibrationSnapshots", calibrationRows.length);
        ObjectNode features = provenance.putObject("features");
        features.put("count", layout.size());
        features.put("snapshotSchedule", "daily at 00:00 UTC after a 7-day warm-up");
        provenance.set("parameters", json.valueToTree(config));
        provenance.put("calibration", "isotonic with >= " + Calibrator.ISOTONIC_MIN_POSITIVES
                + " positive calibration snapshots, Platt scaling otherwise");
        provenance.set("calibrationMetrics", metrics);
        return new ModelBundle(version, createdAt, config.horizonDays(), config.rulCapDays(), data.featureConfig(),
                baselines, standardizer, trained, skipped, provenance);
    }

    private String unusable(SnapshotDataset data, Component component, int[] fitRows, int[] calibrationRows) {
        int fitFailing = failingVehicles(data, component, fitRows);
        int calibrationFailing = failingVehicles(data, component, calibrationRows);
        if (fitFailing < config.minFailingVehicles() || calibrationFailing < 1) {
            return "failures on " + fitFailing + " fitting and " + calibrationFailing
                    + " calibration vehicles in the data (need " + config.minFailingVehicles() + " and 1)";
        }
        return null;
    }

    private static int failingVehicles(SnapshotDataset data, Component component, int[] rows) {
        Set<String> vins = new HashSet<>();
        for (int i : rows) {
            if (data.label(component, i) == LabelPolicy.FAILS) {
                vins.add(data.vin(i));
            }
        }
        return vins.size();
    }

    private ComponentModels trainComponent(SnapshotDataset data, Component component, int[] fitRows,
            int[] calibrationRows, Standardizer standardizer, ObjectNode metrics) {
        FeatureLayout layout = data.layout();
        Random sampler = new Random(config.seed() * 31 + component.ordinal());
        List<double[]> rows = new ArrayList<>();
        List<Boolean> fails = new ArrayList<>();
        int positives = 0;
        for (int i : fitRows) {
            byte label = data.label(component, i);
            if (label == LabelPolicy.FAILS || (label == LabelPolicy.SURVIVES
                    && sampler.nextDouble() < config.negativeSampleRate())) {
                rows.add(data.row(i));
                fails.add(label == LabelPolicy.FAILS);
                positives += label == LabelPolicy.FAILS ? 1 : 0;
            }
        }
        float positiveWeight = (float) Math.min(MAX_POSITIVE_WEIGHT,
                Math.max(1, Math.sqrt((double) (rows.size() - positives) / Math.max(1, positives))));

        LabelFactory labels = new LabelFactory();
        var boostedData = new MutableDataset<>(source(component + " fitting snapshots", labels), labels);
        var logisticData = new MutableDataset<>(source(component + " fitting snapshots, standardised", labels), labels);
        for (int k = 0; k < rows.size(); k++) {
            float weight = fails.get(k) ? positiveWeight : 1f;
            boostedData.add(TribuoExamples.classification(layout, rows.get(k), fails.get(k), weight));
            logisticData.add(TribuoExamples.classification(layout, standardizer.apply(rows.get(k)), fails.get(k), weight));
        }

        progress.step("training " + component + " xgboost (" + rows.size() + " snapshots, " + positives + " failing)");
        @SuppressWarnings("unchecked")
        XGBoostModel<Label> boosted = (XGBoostModel<Label>) new XGBoostClassificationTrainer(
                XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.HIST, config.trees(), config.learningRate(),
                0, config.maxDepth(), MIN_CHILD_WEIGHT, ROW_SUBSAMPLE, FEATURE_SUBSAMPLE, 1, 0, config.threads(),
                XGBoostTrainer.LoggingVerbosity.SILENT, config.seed()).train(boostedData);
        progress.step("training " + component + " logistic regression");
        Model<Label> logistic = new LogisticRegressionTrainer().train(logisticData);

        progress.step("calibrating " + component);
        List<double[]> calibration = new ArrayList<>();
        List<double[]> calibrationStandardised = new ArrayList<>();
        List<Boolean> calibrationFails = new ArrayList<>();
        for (int i : calibrationRows) {
            byte label = data.label(component, i);
            if (label == LabelPolicy.FAILS || label == LabelPolicy.SURVIVES) {
                calibration.add(data.row(i));
                calibrationStandardised.add(standardizer.apply(data.row(i)));
                calibrationFails.add(label == LabelPolicy.FAILS);
            }
        }
        boolean[] truth = new boolean[calibrationFails.size()];
        for (int k = 0; k < truth.length; k++) {
            truth[k] = calibrationFails.get(k);
        }
        double[] boostedRaw = BatchScorer.failProbabilities(boosted, layout, calibration);
        Calibrator boostedCalibrator = Calibrator.fit(boostedRaw, truth);
        double[] boostedP = BatchScorer.calibrated(boostedRaw, boostedCalibrator);
        double boostedThreshold = BinaryMetrics.thresholdForFalseAlarmBudget(boostedP, truth, config.falseAlarmBudget());
        double[] logisticRaw = BatchScorer.failProbabilities(logistic, layout, calibrationStandardised);
        Calibrator logisticCalibrator = Calibrator.fit(logisticRaw, truth);
        double[] logisticP = BatchScorer.calibrated(logisticRaw, logisticCalibrator);
        double logisticThreshold = BinaryMetrics.thresholdForFalseAlarmBudget(logisticP, truth, config.falseAlarmBudget());

        progress.step("training " + component + " RUL xgboost");
        XGBoostModel<Regressor> rul = trainRul(data, component, fitRows, sampler);

        metrics.put("fitSnapshots", rows.size());
        metrics.put("fitFailingSnapshots", positives);
        metrics.put("positiveWeight", positiveWeight);
        metrics.put("calibrationSnapshots", truth.length);
        metrics.put("calibrationFailingSnapshots", BinaryMetrics.countPositives(truth));
        put(metrics.putObject("boosted"), boostedP, truth, boostedThreshold, boostedCalibrator);
        put(metrics.putObject("logistic"), logisticP, truth, logisticThreshold, logisticCalibrator);
        if (rul != null) {
            metrics.put("rulMaeDaysCalibration", rulMae(data, component, calibrationRows, rul));
        }
        return new ComponentModels(component, boosted, boostedCalibrator, boostedThreshold, logistic,
                logisticCalibrator, logisticThreshold, rul);
    }

    private XGBoostModel<Regressor> trainRul(SnapshotDataset data, Component component, int[] fitRows, Random sampler) {
        RegressionFactory factory = new RegressionFactory();
        var dataset = new MutableDataset<>(source(component + " RUL snapshots", factory), factory);
        int observed = 0;
        for (int i : fitRows) {
            double rul = data.rulDays(component, i);
            if (Double.isNaN(rul) || (rul >= config.rulCapDays() && sampler.nextDouble() >= config.negativeSampleRate())) {
                continue;
            }
            observed += rul < config.rulCapDays() ? 1 : 0;
            dataset.add(TribuoExamples.regression(data.layout(), data.row(i), rul, 1f));
        }
        if (observed == 0) {
            return null;
        }
        @SuppressWarnings("unchecked")
        XGBoostModel<Regressor> model = (XGBoostModel<Regressor>) new XGBoostRegressionTrainer(
                XGBoostTrainer.BoosterType.GBTREE, XGBoostTrainer.TreeMethod.HIST,
                XGBoostRegressionTrainer.RegressionType.LINEAR, config.trees(), config.learningRate(), 0,
                config.maxDepth(), MIN_CHILD_WEIGHT, ROW_SUBSAMPLE, FEATURE_SUBSAMPLE, 1, 0, config.threads(),
                XGBoostTrainer.LoggingVerbosity.SILENT, config.seed()).train(dataset);
        return model;
    }

    /** Mean absolute error in days over calibration snapshots whose failure was observed within the cap. */
    private double rulMae(SnapshotDataset data, Component component, int[] rows, XGBoostModel<Regressor> model) {
        List<double[]> observed = new ArrayList<>();
        List<Double> truth = new ArrayList<>();
        for (int i : rows) {
            double rul = data.rulDays(component, i);
            if (!Double.isNaN(rul) && rul < config.rulCapDays()) {
                observed.add(data.row(i));
                truth.add(rul);
            }
        }
        if (observed.isEmpty()) {
            return Double.NaN;
        }
        double[] predicted = BatchScorer.regress(model, data.layout(), observed);
        double sum = 0;
        for (int k = 0; k < predicted.length; k++) {
            sum += Math.abs(Math.max(0, Math.min(config.rulCapDays(), predicted[k])) - truth.get(k));
        }
        return sum / predicted.length;
    }

    private void put(ObjectNode node, double[] p, boolean[] truth, double threshold, Calibrator calibrator) {
        BinaryMetrics.Confusion c = BinaryMetrics.confusion(p, truth, threshold);
        node.put("calibrator", calibrator.getClass().getSimpleName());
        node.put("threshold", threshold);
        node.put("averagePrecision", BinaryMetrics.averagePrecision(p, truth));
        node.put("precision", c.precision());
        node.put("recall", c.recall());
        node.put("falseAlarmsPer1000VehicleDays", c.falseAlarmsPer1000());
    }

    private static <T extends Output<T>> SimpleDataSourceProvenance source(String description, OutputFactory<T> factory) {
        return new SimpleDataSourceProvenance("pitwall " + description, factory);
    }

    private String version(Instant createdAt, ObjectNode dataProvenance) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(dataProvenance.toString().getBytes(StandardCharsets.UTF_8));
            sha.update(config.toString().getBytes(StandardCharsets.UTF_8));
            sha.update(createdAt.toString().getBytes(StandardCharsets.UTF_8));
            return "pitwall-model-" + VERSION_TIME.format(createdAt) + "-"
                    + HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
