package dev.pitwall.prediction.cli;

import dev.pitwall.prediction.cmapss.CmapssParser;
import dev.pitwall.prediction.cmapss.CrossValidation;
import dev.pitwall.prediction.cmapss.EngineTrajectory;
import dev.pitwall.prediction.cmapss.RulModelConfig;
import dev.pitwall.prediction.cmapss.TruncationSampler;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cmapss-cv}: grouped-by-engine k-fold cross-validation, scored on randomly truncated held-out engines. */
@Command(name = "cmapss-cv", mixinStandardHelpOptions = true, showDefaultValues = true, sortOptions = false,
        usageHelpWidth = 120,
        description = {"Cross-validates the cmapss model on a training file, folds split by engine: each held-out",
                "engine is cut at random cycles (seeded) and the RUL predicted at the cut is compared with the",
                "cycles it really had left. Prints RMSE and PHM08 score per fold, their mean, and pooled."})
final class CmapssCvCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--train", required = true, description = "C-MAPSS training file, e.g. train_FD001.txt.")
    Path train;

    @Option(names = "--folds", defaultValue = "5", description = "Number of folds (engines split evenly).")
    int folds;

    @Option(names = "--cuts-per-engine", defaultValue = "" + TruncationSampler.DEFAULT_CUTS_PER_ENGINE,
            description = "Random cut points per held-out engine.")
    int cutsPerEngine;

    @Option(names = "--min-observed", defaultValue = "" + TruncationSampler.DEFAULT_MIN_OBSERVED,
            description = "Fewest cycles a cut leaves visible (test_FD001's shortest engine has 31).")
    int minObserved;

    @Option(names = "--max-remaining", defaultValue = "" + TruncationSampler.DEFAULT_MAX_REMAINING,
            description = "Most cycles a cut leaves to go (test_FD001's largest true RUL is 145).")
    int maxRemaining;

    @Mixin
    ModelOptions model;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        RulModelConfig config = model.toConfig();
        List<EngineTrajectory> engines = CmapssParser.read(train);
        err.printf(Locale.ROOT, "read %d engines from %s%n", engines.size(), train);
        err.flush();
        TruncationSampler sampler = new TruncationSampler(minObserved, maxRemaining, cutsPerEngine, config.seed());
        CrossValidation.Result result = new CrossValidation(config, sampler, folds).run(engines, message -> {
            err.println(message);
            err.flush();
        });
        print(result, spec.commandLine().getOut());
        err.printf(Locale.ROOT, "cross-validation took %.1f s%n", (System.nanoTime() - start) / 1e9);
        err.flush();
        return 0;
    }

    private static void print(CrossValidation.Result result, PrintWriter out) {
        out.println("fold  engines  predictions    RMSE  PHM08 score  score/prediction  seconds");
        for (CrossValidation.FoldResult f : result.folds()) {
            out.printf(Locale.ROOT, "%-4d  %7d  %11d  %6.2f  %11.1f  %16.2f  %7.1f%n", f.fold(), f.engines(),
                    f.predictions(), f.rmse(), f.score(), f.scorePerPrediction(), f.seconds());
        }
        out.printf(Locale.ROOT, "mean  %7s  %11s  %6.2f  %11.1f%n", "", "", result.meanRmse(), result.meanScore());
        out.printf(Locale.ROOT, "pooled RMSE %.2f, PHM08 score %.1f over %d predictions (%.1f per 100 predictions)%n",
                result.pooledRmse(), result.pooledScore(), result.predictions(), result.scorePer100());
        out.flush();
    }
}
