package dev.pitwall.api.prediction;

import dev.pitwall.core.maintenance.FailurePrediction.FeatureContribution;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A component's newest prediction with its explanation: the features that pushed it most, strongest first,
 * and a sentence a service advisor can read out.
 */
@Schema(description = "A component's newest prediction, explained", example = """
        {"seq": 1841, "eventTime": "2026-01-31T08:00:00Z", "probability": 0.72, "horizonDays": 14,
         "expectedRulDays": 9.1, "risk": "LIKELY", "modelVersion": "battery-gbm-2026.01",
         "explanation": [{"feature": "battery.cranking_v.min_1d", "value": 9.91, "contribution": 1.7},
                         {"feature": "ambient.temp_c.mean_7d", "value": -6.2, "contribution": 0.4}],
         "summary": "72% chance of failure within 14 days, about 9 days left; strongest sign: battery.cranking_v.min_1d = 9.91"}""")
public record CurrentPrediction(
        @Schema(description = "The message whose features the prediction was made from") long seq,
        Instant eventTime,
        @Schema(description = "Calibrated probability of failure within horizonDays, 0 to 1") double probability,
        @Schema(description = "The horizon the model predicts for, in days") int horizonDays,
        @Schema(description = "Expected remaining useful life in days; null when the model has no estimate")
        Double expectedRulDays,
        FailureRisk risk,
        @Schema(description = "The model that made the prediction") String modelVersion,
        @Schema(description = "The features with the largest effect on the prediction, strongest first; "
                + "contribution is the effect on the log-odds, positive towards failure")
        List<FeatureContribution> explanation,
        String summary) {

    public CurrentPrediction {
        explanation = List.copyOf(explanation);
    }
}
