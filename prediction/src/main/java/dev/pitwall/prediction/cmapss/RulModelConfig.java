package dev.pitwall.prediction.cmapss;

/**
 * Every knob of the C-MAPSS model, with the defaults chosen by grouped cross-validation on train_FD001
 * (see docs/cmapss.md); the command line options take their defaults from here.
 */
public record RulModelConfig(double rulCap, int window, double ewmaAlpha, int baselineCycles, int trees, double eta,
        int maxDepth, double minChildWeight, double subsample, double featureSubsample, double lambda, int threads,
        long seed) {

    public static final double DEFAULT_RUL_CAP = 125;
    public static final int DEFAULT_WINDOW = 30;
    public static final double DEFAULT_EWMA_ALPHA = 0.1;
    public static final int DEFAULT_BASELINE_CYCLES = 30;
    public static final int DEFAULT_TREES = 400;
    public static final double DEFAULT_ETA = 0.05;
    public static final int DEFAULT_MAX_DEPTH = 5;
    public static final double DEFAULT_MIN_CHILD_WEIGHT = 20;
    public static final double DEFAULT_SUBSAMPLE = 0.8;
    public static final double DEFAULT_FEATURE_SUBSAMPLE = 0.5;
    public static final double DEFAULT_LAMBDA = 1;
    public static final long DEFAULT_SEED = 42;

    /**
     * One XGBoost thread: its OpenMP workers spin while waiting, and on a busy 2-core machine two of them
     * were 10x slower than one (0.25 s against 0.03 s per tree); one thread is also trivially repeatable.
     */
    public static final int DEFAULT_THREADS = 1;

    public RulModelConfig {
        require(rulCap > 0, "rulCap must be positive, was " + rulCap);
        require(window >= 2, "window must be at least 2 cycles, was " + window);
        require(ewmaAlpha > 0 && ewmaAlpha <= 1, "ewmaAlpha must be in (0, 1], was " + ewmaAlpha);
        require(baselineCycles >= 1, "baselineCycles must be at least 1, was " + baselineCycles);
        require(trees >= 1, "trees must be at least 1, was " + trees);
        require(eta > 0 && eta <= 1, "eta must be in (0, 1], was " + eta);
        require(maxDepth >= 1, "maxDepth must be at least 1, was " + maxDepth);
        require(minChildWeight >= 0, "minChildWeight must not be negative, was " + minChildWeight);
        require(subsample > 0 && subsample <= 1, "subsample must be in (0, 1], was " + subsample);
        require(featureSubsample > 0 && featureSubsample <= 1,
                "featureSubsample must be in (0, 1], was " + featureSubsample);
        require(lambda >= 0, "lambda must not be negative, was " + lambda);
        require(threads >= 1, "threads must be at least 1, was " + threads);
    }

    public static RulModelConfig defaults() {
        return new RulModelConfig(DEFAULT_RUL_CAP, DEFAULT_WINDOW, DEFAULT_EWMA_ALPHA, DEFAULT_BASELINE_CYCLES,
                DEFAULT_TREES, DEFAULT_ETA, DEFAULT_MAX_DEPTH, DEFAULT_MIN_CHILD_WEIGHT, DEFAULT_SUBSAMPLE,
                DEFAULT_FEATURE_SUBSAMPLE, DEFAULT_LAMBDA, DEFAULT_THREADS, DEFAULT_SEED);
    }

    public RulLabelPolicy labelPolicy() {
        return new RulLabelPolicy(rulCap);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
