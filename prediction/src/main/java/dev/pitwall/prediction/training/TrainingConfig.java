package dev.pitwall.prediction.training;

/**
 * Training parameters with their defaults in one place (the CLI's options map onto these).
 *
 * @param horizonDays          predict failures within this many days
 * @param rulCapDays           RUL targets and predictions are capped here
 * @param seed                 vehicle split, negative sampling, XGBoost and SGD seeds
 * @param trees                boosting rounds per XGBoost model
 * @param maxDepth             XGBoost tree depth
 * @param learningRate         XGBoost eta
 * @param negativeSampleRate   share of failure-free snapshots kept for fitting (consecutive days are near copies;
 *                             kept ones are weighted up so the base rate is unchanged)
 * @param calibrationFraction  share of vehicles held out to fit calibrators and choose thresholds
 * @param falseAlarmBudget     operating thresholds allow this many false alarms per 1,000 vehicle-days on the
 *                             calibration vehicles
 * @param minFailingVehicles   a component needs failures on this many vehicles in each split to be trained
 * @param threads              XGBoost threads
 */
public record TrainingConfig(int horizonDays, int rulCapDays, long seed, int trees, int maxDepth, double learningRate,
        double negativeSampleRate, double calibrationFraction, double falseAlarmBudget, int minFailingVehicles,
        int threads) {

    public static final int DEFAULT_HORIZON_DAYS = 14;
    public static final int DEFAULT_RUL_CAP_DAYS = 60;

    public TrainingConfig {
        if (horizonDays < 1 || rulCapDays < horizonDays) {
            throw new IllegalArgumentException("horizon must be at least 1 day and the RUL cap at least the horizon");
        }
        if (trees < 1 || maxDepth < 1 || learningRate <= 0 || threads < 1) {
            throw new IllegalArgumentException("trees, depth, learning rate and threads must be positive");
        }
        if (negativeSampleRate <= 0 || negativeSampleRate > 1 || calibrationFraction <= 0 || calibrationFraction >= 1) {
            throw new IllegalArgumentException("sample rate must be in (0, 1], calibration fraction in (0, 1)");
        }
    }

    public static TrainingConfig defaults() {
        return new TrainingConfig(DEFAULT_HORIZON_DAYS, DEFAULT_RUL_CAP_DAYS, 42, 200, 4, 0.08, 0.25, 0.3, 2.0, 3, 1);
    }

    public TrainingConfig withHorizonDays(int days) {
        return new TrainingConfig(days, Math.max(rulCapDays, days), seed, trees, maxDepth, learningRate,
                negativeSampleRate, calibrationFraction, falseAlarmBudget, minFailingVehicles, threads);
    }

    public TrainingConfig withSeed(long newSeed) {
        return new TrainingConfig(horizonDays, rulCapDays, newSeed, trees, maxDepth, learningRate, negativeSampleRate,
                calibrationFraction, falseAlarmBudget, minFailingVehicles, threads);
    }

    public TrainingConfig withTrees(int newTrees) {
        return new TrainingConfig(horizonDays, rulCapDays, seed, newTrees, maxDepth, learningRate, negativeSampleRate,
                calibrationFraction, falseAlarmBudget, minFailingVehicles, threads);
    }

    public TrainingConfig withThreads(int newThreads) {
        return new TrainingConfig(horizonDays, rulCapDays, seed, trees, maxDepth, learningRate, negativeSampleRate,
                calibrationFraction, falseAlarmBudget, minFailingVehicles, newThreads);
    }

    public TrainingConfig withFalseAlarmBudget(double budget) {
        return new TrainingConfig(horizonDays, rulCapDays, seed, trees, maxDepth, learningRate, negativeSampleRate,
                calibrationFraction, budget, minFailingVehicles, threads);
    }

    public TrainingConfig withMinFailingVehicles(int min) {
        return new TrainingConfig(horizonDays, rulCapDays, seed, trees, maxDepth, learningRate, negativeSampleRate,
                calibrationFraction, falseAlarmBudget, min, threads);
    }

    public LabelPolicy labelPolicy() {
        return LabelPolicy.days(horizonDays, rulCapDays);
    }
}
