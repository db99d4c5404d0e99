package dev.pitwall.prediction.serving;

/**
 * Why a prediction came out as it did, one feature at a time: the feature's value and its SHAP contribution
 * (XGBoost's TreeSHAP) to the classifier's log-odds of failure before calibration. Positive pushes towards failure.
 * The contributions of all features plus the model's bias add up to the raw log-odds.
 */
public record FeatureContribution(String feature, double value, double contribution) {
}
