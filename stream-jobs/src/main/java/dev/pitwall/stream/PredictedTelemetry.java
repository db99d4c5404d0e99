package dev.pitwall.stream;

import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.telemetry.Telemetry;
import java.util.List;

/** A message together with its vehicle's current failure predictions, on the way to the health score. */
public record PredictedTelemetry(Telemetry telemetry, List<FailurePrediction> predictions) {

    public PredictedTelemetry {
        predictions = List.copyOf(predictions);
    }
}
