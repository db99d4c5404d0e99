package dev.pitwall.prediction.serving;

import dev.pitwall.core.maintenance.FailurePrediction.FeatureContribution;
import dev.pitwall.core.maintenance.Component;
import java.util.List;

/**
 * One component's outlook for one vehicle.
 *
 * @param probability      calibrated probability that the component fails within {@code horizonDays}
 * @param alarm            {@code probability >= threshold}: the operating point chosen at training time
 * @param expectedRulDays  predicted remaining useful life in days, capped at the bundle's RUL cap; NaN if the bundle
 *                         has no RUL model for the component
 * @param topFeatures      the features that moved this prediction most, largest |contribution| first (empty when
 *                         explanations were not asked for)
 */
public record ComponentPrediction(Component component, double probability, boolean alarm, double threshold,
        int horizonDays, double expectedRulDays, List<FeatureContribution> topFeatures) {

    public ComponentPrediction {
        topFeatures = List.copyOf(topFeatures);
    }
}
