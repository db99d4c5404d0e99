package dev.pitwall.api.prediction;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A vehicle's failure predictions per component, the likeliest failure first, with each component's trend over
 * {@code [from, to)}. Empty components for a vehicle that has no predictions (yet).
 */
@Schema(description = "Failure predictions of one vehicle, likeliest first", example = """
        {"vin": "1HGCM82633A004352", "from": "2026-01-01T08:00:00Z", "to": "2026-01-31T08:00:00Z", "limit": 200,
         "modelVersion": "battery-gbm-2026.01", "components": [
           {"component": "BATTERY", "displayName": "12 V battery",
            "current": {"seq": 1841, "eventTime": "2026-01-31T08:00:00Z", "probability": 0.72, "horizonDays": 14,
              "expectedRulDays": 9.1, "risk": "LIKELY", "modelVersion": "battery-gbm-2026.01",
              "explanation": [{"feature": "battery.cranking_v.min_1d", "value": 9.91, "contribution": 1.7}],
              "summary": "72% chance of failure within 14 days, about 9 days left; strongest sign: battery.cranking_v.min_1d = 9.91"},
            "trend": [{"eventTime": "2026-01-24T08:00:00Z", "probability": 0.31, "expectedRulDays": 21.5},
                      {"eventTime": "2026-01-31T08:00:00Z", "probability": 0.72, "expectedRulDays": 9.1}],
            "trendTruncated": false},
           {"component": "BRAKE_PADS", "displayName": "brake pads",
            "current": {"seq": 1790, "eventTime": "2026-01-30T17:20:00Z", "probability": 0.08, "horizonDays": 30,
              "expectedRulDays": null, "risk": "LOW", "modelVersion": "brakes-gbm-2026.01", "explanation": [],
              "summary": "8% chance of failure within 30 days"},
            "trend": [{"eventTime": "2026-01-30T17:20:00Z", "probability": 0.08, "expectedRulDays": null}],
            "trendTruncated": false}]}""")
public record VehiclePredictions(
        String vin,
        Instant from,
        Instant to,
        @Schema(description = "Most trend points per component") int limit,
        @Schema(description = "The model version of the newest prediction; null without predictions")
        String modelVersion,
        List<ComponentPrediction> components) {

    public VehiclePredictions {
        components = List.copyOf(components);
    }
}
