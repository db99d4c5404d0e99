package dev.pitwall.api;

import dev.pitwall.core.health.HealthRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the HTTP API ({@code pitwall.api.*}). The defaults live in application.yml, the one place
 * where they are written down; a missing value fails start-up rather than falling back to a hidden one.
 * The one exception is {@link PredictionRisk}, whose defaults are the health score's ({@link HealthRules}).
 */
@Validated
@ConfigurationProperties("pitwall.api")
public record ApiProperties(
        @Valid @NotNull Paging paging,
        @Valid @NotNull TimeWindow telemetry,
        @Valid @NotNull HealthHistory healthHistory,
        @Valid @NotNull Predictions predictions) {

    /** Page size when the caller gives none, and the largest one a caller may ask for. */
    public record Paging(@Min(1) int defaultSize, @Min(1) int maxSize) {
    }

    /** Time range when the caller gives none, and the longest one a caller may ask for. */
    public record TimeWindow(@NotNull Duration defaultRange, @NotNull Duration maxRange) {
    }

    /** Time range and number of points of a health history query. */
    public record HealthHistory(
            @NotNull Duration defaultRange, @NotNull Duration maxRange, @Min(1) int defaultLimit, @Min(1) int maxLimit) {

        public TimeWindow window() {
            return new TimeWindow(defaultRange, maxRange);
        }
    }

    /** Time range and number of trend points per component of a predictions query, and the risk levels. */
    public record Predictions(
            @NotNull Duration defaultRange, @NotNull Duration maxRange, @Min(1) int defaultLimit, @Min(1) int maxLimit,
            @DefaultValue @NotNull PredictionRisk risk) {

        public TimeWindow window() {
            return new TimeWindow(defaultRange, maxRange);
        }
    }

    /**
     * The probabilities from which a prediction is LIKELY and worth WATCHing. Unset, they are the health score's
     * own ({@link HealthRules#DEFAULTS}), so that the API never calls a part likely that the score only watches.
     */
    public record PredictionRisk(Double likelyProbability, Double watchProbability) {

        public PredictionRisk {
            likelyProbability = likelyProbability != null
                    ? likelyProbability : HealthRules.DEFAULTS.predictionLikelyProbability();
            watchProbability = watchProbability != null
                    ? watchProbability : HealthRules.DEFAULTS.predictionWatchProbability();
            if (!(0 < watchProbability && watchProbability <= likelyProbability && likelyProbability <= 1)) {
                throw new IllegalArgumentException("pitwall.api.predictions.risk: expected 0 < watch-probability <= "
                        + "likely-probability <= 1, got watch-probability " + watchProbability
                        + " and likely-probability " + likelyProbability);
            }
        }

        /** The health score's thresholds, the default. */
        public static PredictionRisk healthScoreDefaults() {
            return new PredictionRisk(null, null);
        }
    }
}
