package dev.pitwall.prediction.evaluation;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.prediction.features.FeatureLayout;
import dev.pitwall.prediction.model.BatchScorer;
import dev.pitwall.prediction.model.BinaryMetrics;
import dev.pitwall.prediction.model.ComponentModels;
import dev.pitwall.prediction.model.ModelBundle;
import dev.pitwall.prediction.model.ModelKind;
import dev.pitwall.prediction.model.Standardizer;
import dev.pitwall.prediction.training.GroundTruthEvent;
import dev.pitwall.prediction.training.LabelPolicy;
import dev.pitwall.prediction.training.Progress;
import dev.pitwall.prediction.training.SnapshotDataset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores an evaluation fleet (a {@link SnapshotDataset} built with the bundle's feature configuration) with the
 * bundle's boosted and logistic models at their operating thresholds and with the classic threshold rules, and
 * measures each against the ground truth. Thresholds come from the bundle: nothing is tuned on this fleet.
 */
public final class Evaluator {

    private final ModelBundle bundle;
    private final Progress progress;

    public Evaluator(ModelBundle bundle, Progress progress) {
        this.bundle = bundle;
        this.progress = progress;
    }

    public List<ComponentEvaluation> evaluate(SnapshotDataset data) {
        if (!data.featureConfig().equals(bundle.featureConfig())) {
            throw new IllegalArgumentException("the evaluation data must be built with the bundle's feature configuration");
        }
        data.applyBaselines(bundle.baselines());
        List<ComponentEvaluation> result = new ArrayList<>();
        for (Component component : Component.values()) {
            progress.step("evaluating " + component);
            result.add(evaluate(data, component));
        }
        return result;
    }

    private ComponentEvaluation evaluate(SnapshotDataset data, Component component) {
        FeatureLayout layout = data.layout();
        // every day with a known state of the part: labelled days for the metrics, censored ones still count for
        // the alarm episodes that lead up to a failure
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (data.label(component, i) != LabelPolicy.INELIGIBLE) {
                scored.add(i);
            }
        }
        List<double[]> rows = new ArrayList<>(scored.size());
        scored.forEach(i -> rows.add(data.row(i)));
        boolean[] labelled = new boolean[scored.size()];
        boolean[] fails = new boolean[scored.size()];
        int labelledCount = 0;
        int failingDays = 0;
        for (int k = 0; k < scored.size(); k++) {
            byte label = data.label(component, scored.get(k));
            labelled[k] = label == LabelPolicy.FAILS || label == LabelPolicy.SURVIVES;
            fails[k] = label == LabelPolicy.FAILS;
            labelledCount += labelled[k] ? 1 : 0;
            failingDays += fails[k] ? 1 : 0;
        }
        Map<ModelKind, double[]> scores = new EnumMap<>(ModelKind.class);
        Map<ModelKind, Double> thresholds = new EnumMap<>(ModelKind.class);
        Map<ModelKind, String> notes = new EnumMap<>(ModelKind.class);
        ComponentModels models = bundle.components().get(component);
        double rulMae = Double.NaN;
        if (models != null) {
            scores.put(ModelKind.GRADIENT_BOOSTING, BatchScorer.calibrated(
                    BatchScorer.failProbabilities(models.boosted(), layout, rows), models.boostedCalibrator()));
            thresholds.put(ModelKind.GRADIENT_BOOSTING, models.boostedThreshold());
            Standardizer standardizer = bundle.standardizer();
            List<double[]> standardised = rows.stream().map(standardizer::apply).toList();
            scores.put(ModelKind.LOGISTIC_REGRESSION, BatchScorer.calibrated(
                    BatchScorer.failProbabilities(models.logistic(), layout, standardised), models.logisticCalibrator()));
            thresholds.put(ModelKind.LOGISTIC_REGRESSION, models.logisticThreshold());
            if (models.rul() != null) {
                rulMae = rulMae(data, component, scored, BatchScorer.regress(models.rul(), layout, rows));
            }
        } else {
            String why = "no model: " + bundle.skipped().getOrDefault(component, "not in the bundle");
            notes.put(ModelKind.GRADIENT_BOOSTING, why);
            notes.put(ModelKind.LOGISTIC_REGRESSION, why);
        }
        ThresholdRule rule = ThresholdRule.classicFor(component);
        if (!rule.availableIn(layout).isEmpty()) {
            double[] ruleScores = new double[rows.size()];
            for (int k = 0; k < rows.size(); k++) {
                ruleScores[k] = rule.alarm(layout, rows.get(k)) ? 1 : 0;
            }
            scores.put(ModelKind.THRESHOLD_RULE, ruleScores);
            thresholds.put(ModelKind.THRESHOLD_RULE, 1.0);
        } else {
            notes.put(ModelKind.THRESHOLD_RULE, "no signal for the rule in the telemetry");
        }

        List<GroundTruthEvent> failures = data.truth().failures(component);
        Map<ModelKind, ComponentEvaluation.KindResult> results = new EnumMap<>(ModelKind.class);
        int coveredFailures = 0;
        for (ModelKind kind : ModelKind.values()) {
            double[] s = scores.get(kind);
            if (s == null) {
                results.put(kind, new ComponentEvaluation.KindResult(kind, Double.NaN, Double.NaN,
                        new BinaryMetrics.Confusion(0, 0, 0, 0), 0, new double[0], List.of(), notes.get(kind)));
                continue;
            }
            double threshold = thresholds.get(kind);
            double[] labelledScores = new double[labelledCount];
            boolean[] labelledTruth = new boolean[labelledCount];
            for (int k = 0, j = 0; k < s.length; k++) {
                if (labelled[k]) {
                    labelledScores[j] = s[k];
                    labelledTruth[j++] = fails[k];
                }
            }
            List<LeadTimes.Outcome> outcomes = leadTimes(data, component, scored, s, threshold, failures);
            coveredFailures = outcomes.size();
            int detected = (int) outcomes.stream().filter(LeadTimes.Outcome::detected).count();
            results.put(kind, new ComponentEvaluation.KindResult(kind, threshold,
                    BinaryMetrics.averagePrecision(labelledScores, labelledTruth),
                    BinaryMetrics.confusion(labelledScores, labelledTruth, threshold), detected,
                    LeadTimes.leadDays(outcomes), thin(BinaryMetrics.prCurve(labelledScores, labelledTruth)), notes.get(kind)));
        }
        String unavailable = models == null ? "no model: " + bundle.skipped().getOrDefault(component, "not trained")
                : failingDays == 0 ? "no failures of this component in the evaluation fleet" : null;
        return new ComponentEvaluation(component, labelledCount, failingDays, coveredFailures, results, rulMae, unavailable);
    }

    /** Per failure: the vehicle's scored days since the part was last renewed, with the alarm on each. */
    private List<LeadTimes.Outcome> leadTimes(SnapshotDataset data, Component component, List<Integer> scored,
            double[] scores, double threshold, List<GroundTruthEvent> failures) {
        Map<String, List<Integer>> byVin = new HashMap<>();
        for (int k = 0; k < scored.size(); k++) {
            byVin.computeIfAbsent(data.vin(scored.get(k)), v -> new ArrayList<>()).add(k);
        }
        long horizon = bundle.horizonDays() * 86_400_000L;
        List<LeadTimes.Outcome> outcomes = new ArrayList<>();
        for (GroundTruthEvent failure : failures) {
            long failureAt = failure.time().toEpochMilli();
            long since = data.truth().lastRenewalBefore(failure.vin(), component, failureAt);
            List<Integer> days = byVin.getOrDefault(failure.vin(), List.of()).stream()
                    .filter(k -> data.timeMillis(scored.get(k)) > since && data.timeMillis(scored.get(k)) < failureAt)
                    .sorted((a, b) -> Long.compare(data.timeMillis(scored.get(a)), data.timeMillis(scored.get(b))))
                    .toList();
            long[] times = new long[days.size()];
            boolean[] alarms = new boolean[days.size()];
            for (int d = 0; d < days.size(); d++) {
                times[d] = data.timeMillis(scored.get(days.get(d)));
                alarms[d] = scores[days.get(d)] >= threshold;
            }
            LeadTimes.Outcome outcome = LeadTimes.of(times, alarms, failureAt, horizon);
            if (outcome != null) {
                outcomes.add(outcome);
            }
        }
        return outcomes;
    }

    private double rulMae(SnapshotDataset data, Component component, List<Integer> scored, double[] predicted) {
        double cap = bundle.rulCapDays();
        double sum = 0;
        int n = 0;
        for (int k = 0; k < scored.size(); k++) {
            double truth = data.rulDays(component, scored.get(k));
            if (!Double.isNaN(truth) && truth < cap) {
                sum += Math.abs(Math.max(0, Math.min(cap, predicted[k])) - truth);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** At most ~200 points per curve: enough for a chart, small enough for a report. */
    private static List<BinaryMetrics.PrPoint> thin(List<BinaryMetrics.PrPoint> curve) {
        if (curve.size() <= 200) {
            return curve;
        }
        List<BinaryMetrics.PrPoint> thinned = new ArrayList<>();
        int step = curve.size() / 200 + 1;
        for (int i = 0; i < curve.size(); i += step) {
            thinned.add(curve.get(i));
        }
        thinned.add(curve.get(curve.size() - 1));
        return thinned;
    }
}
