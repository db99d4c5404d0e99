package dev.pitwall.api.prediction;

import dev.pitwall.core.maintenance.Component;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One component of a vehicle: its newest prediction, whenever that was made, and its trend within the range
 * asked for, oldest first. When the range holds more points than the limit, the trend holds the newest ones and
 * {@code trendTruncated} is true.
 */
@Schema(description = "A component's newest prediction and its trend in the range, oldest first")
public record ComponentPrediction(
        Component component,
        @Schema(description = "How a service advisor names the part", example = "brake pads") String displayName,
        CurrentPrediction current,
        List<PredictionPoint> trend,
        @Schema(description = "True when the range held more than limit points and only the newest are returned")
        boolean trendTruncated) {

    public ComponentPrediction {
        trend = List.copyOf(trend);
    }
}
