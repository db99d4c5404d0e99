package dev.pitwall.core.maintenance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A model's view of one component of one vehicle at one moment: how likely it is to fail within the horizon,
 * how long it probably has left, and which features pushed the prediction most (the explanation).
 *
 * @param vin             the vehicle
 * @param seq             the message whose features the prediction was made from (idempotency key with vin
 *                        and component)
 * @param eventTime       that message's event time
 * @param component       the part
 * @param probability     calibrated probability of failure within {@code horizonDays}, in [0, 1]
 * @param horizonDays     the horizon the model was trained for
 * @param expectedRulDays expected remaining useful life in days, {@code null} when the model has no estimate
 * @param modelVersion    the model bundle that made it (provenance)
 * @param topFeatures     the strongest contributions, largest effect first
 */
public record FailurePrediction(String vin, long seq, Instant eventTime, Component component, double probability,
        int horizonDays, Double expectedRulDays, String modelVersion, List<FeatureContribution> topFeatures) {

    public FailurePrediction {
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(modelVersion, "modelVersion");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability: expected a value in [0, 1], got " + probability);
        }
        if (horizonDays <= 0) {
            throw new IllegalArgumentException("horizonDays: expected a positive number of days, got " + horizonDays);
        }
        topFeatures = topFeatures == null ? List.of() : List.copyOf(topFeatures);
    }

    /**
     * One feature's part in a prediction.
     *
     * @param feature      the feature's name, e.g. {@code battery.cranking_voltage.slope_7d}
     * @param value        its value for this vehicle at this moment
     * @param contribution its effect on the prediction's log-odds (positive: towards failure)
     */
    public record FeatureContribution(String feature, double value, double contribution) {

        public FeatureContribution {
            Objects.requireNonNull(feature, "feature");
        }
    }
}
