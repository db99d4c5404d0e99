package dev.pitwall.api.prediction;

import dev.pitwall.api.ApiProperties;

/** How much a prediction should worry a service advisor, from its probability of failure within the horizon. */
public enum FailureRisk {
    /** At or above the likely threshold: book a check. */
    LIKELY,
    /** At or above the watch threshold: worth keeping an eye on. */
    WATCH,
    /** Below both. */
    LOW;

    static FailureRisk of(double probability, ApiProperties.PredictionRisk thresholds) {
        if (probability >= thresholds.likelyProbability()) {
            return LIKELY;
        }
        return probability >= thresholds.watchProbability() ? WATCH : LOW;
    }
}
