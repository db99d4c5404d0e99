package dev.pitwall.prediction.cli;

import dev.pitwall.prediction.cmapss.RulModelConfig;
import picocli.CommandLine.Option;

/** The model's options, shared by the commands that train; defaults come from {@link RulModelConfig}. */
final class ModelOptions {

    @Option(names = "--rul-cap", defaultValue = "" + RulModelConfig.DEFAULT_RUL_CAP,
            description = "RUL labels are capped here and predictions clipped to [0, cap] (piecewise-linear target).")
    double rulCap;

    @Option(names = "--window", defaultValue = "" + RulModelConfig.DEFAULT_WINDOW,
            description = "Trailing window, in cycles, for the recent mean, std and slope.")
    int window;

    @Option(names = "--ewma-alpha", defaultValue = "" + RulModelConfig.DEFAULT_EWMA_ALPHA,
            description = "Smoothing factor of the exponentially weighted moving average.")
    double ewmaAlpha;

    @Option(names = "--baseline-cycles", defaultValue = "" + RulModelConfig.DEFAULT_BASELINE_CYCLES,
            description = "First cycles of an engine taken as its healthy baseline (drift = EWMA - baseline).")
    int baselineCycles;

    @Option(names = "--trees", defaultValue = "" + RulModelConfig.DEFAULT_TREES, description = "XGBoost rounds.")
    int trees;

    @Option(names = "--eta", defaultValue = "" + RulModelConfig.DEFAULT_ETA, description = "XGBoost learning rate.")
    double eta;

    @Option(names = "--max-depth", defaultValue = "" + RulModelConfig.DEFAULT_MAX_DEPTH,
            description = "XGBoost maximum tree depth.")
    int maxDepth;

    @Option(names = "--min-child-weight", defaultValue = "" + RulModelConfig.DEFAULT_MIN_CHILD_WEIGHT,
            description = "XGBoost minimum hessian (examples, for squared error) in a leaf.")
    double minChildWeight;

    @Option(names = "--subsample", defaultValue = "" + RulModelConfig.DEFAULT_SUBSAMPLE,
            description = "XGBoost fraction of examples per tree.")
    double subsample;

    @Option(names = "--feature-subsample", defaultValue = "" + RulModelConfig.DEFAULT_FEATURE_SUBSAMPLE,
            description = "XGBoost fraction of features per tree.")
    double featureSubsample;

    @Option(names = "--lambda", defaultValue = "" + RulModelConfig.DEFAULT_LAMBDA,
            description = "XGBoost L2 regularisation of leaf weights.")
    double lambda;

    @Option(names = "--threads", defaultValue = "" + RulModelConfig.DEFAULT_THREADS,
            description = "XGBoost threads; more than one is faster only on an otherwise idle machine.")
    int threads;

    @Option(names = "--seed", defaultValue = "" + RulModelConfig.DEFAULT_SEED,
            description = "Seed of everything random (XGBoost sampling, folds, cut points): same seed, same output.")
    long seed;

    RulModelConfig toConfig() {
        return new RulModelConfig(rulCap, window, ewmaAlpha, baselineCycles, trees, eta, maxDepth, minChildWeight,
                subsample, featureSubsample, lambda, threads, seed);
    }
}
