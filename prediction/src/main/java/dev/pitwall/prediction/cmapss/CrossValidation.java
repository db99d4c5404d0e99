package dev.pitwall.prediction.cmapss;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grouped k-fold cross-validation scored like the held-out benchmark: train on the other folds' engines,
 * cut each held-out engine at random points and compare the predicted RUL at the cut with the truth.
 */
public final class CrossValidation {

    /** Scores of one fold; the PHM08 score is a sum, so it is also given per prediction. */
    public record FoldResult(int fold, int engines, int predictions, double rmse, double score, double seconds) {

        public double scorePerPrediction() {
            return score / predictions;
        }
    }

    /** Per-fold results and the scores over all held-out predictions pooled. */
    public record Result(List<FoldResult> folds, double pooledRmse, double pooledScore, int predictions) {

        public double meanRmse() {
            return folds.stream().mapToDouble(FoldResult::rmse).average().orElseThrow();
        }

        public double meanScore() {
            return folds.stream().mapToDouble(FoldResult::score).average().orElseThrow();
        }

        /** The pooled score scaled to 100 predictions, comparable with a score on the 100 test_FD001 engines. */
        public double scorePer100() {
            return pooledScore / predictions * 100;
        }
    }

    private final RulModelConfig config;
    private final TruncationSampler sampler;
    private final int folds;

    public CrossValidation(RulModelConfig config, TruncationSampler sampler, int folds) {
        this.config = config;
        this.sampler = sampler;
        this.folds = folds;
    }

    public Result run(List<EngineTrajectory> engines, ProgressListener progress) {
        Set<Integer> units = engines.stream().map(EngineTrajectory::unit).collect(Collectors.toSet());
        List<Set<Integer>> split = GroupKFold.split(units, folds, config.seed());
        List<FoldResult> results = new ArrayList<>();
        List<Double> allPredicted = new ArrayList<>();
        List<Double> allActual = new ArrayList<>();
        for (int f = 0; f < split.size(); f++) {
            long start = System.nanoTime();
            Set<Integer> heldOut = split.get(f);
            List<EngineTrajectory> train = engines.stream().filter(e -> !heldOut.contains(e.unit())).toList();
            List<EngineTrajectory> test = engines.stream().filter(e -> heldOut.contains(e.unit())).toList();
            int done = f;
            progress.progress(String.format(Locale.ROOT, "training fold %d/%d ... %d%%", f + 1, split.size(),
                    100 * done / split.size()));
            RulModel model = new RulModelTrainer(config).train(train,
                    message -> progress.progress("  fold " + (done + 1) + ": " + message));
            List<TruncationSampler.Cut> cuts = sampler.cut(test);
            double[] predicted = model.predictLastCycle(cuts.stream().map(TruncationSampler.Cut::observed).toList());
            double[] actual = cuts.stream().mapToDouble(TruncationSampler.Cut::remainingCycles).toArray();
            for (int i = 0; i < predicted.length; i++) {
                allPredicted.add(predicted[i]);
                allActual.add(actual[i]);
            }
            results.add(new FoldResult(f + 1, test.size(), predicted.length, RulMetrics.rmse(predicted, actual),
                    RulMetrics.phm08Score(predicted, actual), (System.nanoTime() - start) / 1e9));
        }
        progress.progress("cross-validation ... 100%");
        double[] p = allPredicted.stream().mapToDouble(Double::doubleValue).toArray();
        double[] a = allActual.stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(results, RulMetrics.rmse(p, a), RulMetrics.phm08Score(p, a), p.length);
    }
}
