package dev.pitwall.prediction.evaluation;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.prediction.model.BinaryMetrics;
import dev.pitwall.prediction.model.ModelKind;
import java.util.List;
import java.util.Map;

/**
 * One component's results on the evaluation fleet.
 *
 * @param scoredDays      vehicle-days with a known outcome (failure within the horizon or not)
 * @param failingDays     of those, days within the horizon before a failure
 * @param failures        failures with at least one scored day within the horizon before them
 * @param rulMaeDays      the boosted RUL regressor's mean absolute error on days before an observed failure within
 *                        the RUL cap; NaN without such days or without a regressor
 * @param unavailable     why the component could not be evaluated (no model, no failures, no rule signal), or null
 */
public record ComponentEvaluation(Component component, int scoredDays, int failingDays, int failures,
        Map<ModelKind, KindResult> results, double rulMaeDays, String unavailable) {

    /**
     * One way of alarming (model or rule) on this component.
     *
     * @param threshold          alarm when the calibrated probability is at least this (1 for the rule's yes/no)
     * @param averagePrecision   PR-AUC (average precision); for the binary rule the area of its single point
     * @param detected           failures with the alarm on in the horizon before them
     * @param leadDays           per detected failure, days from the start of the alarm episode to the failure
     * @param note               e.g. why a kind is missing
     */
    public record KindResult(ModelKind kind, double threshold, double averagePrecision, BinaryMetrics.Confusion atThreshold,
            int detected, double[] leadDays, List<BinaryMetrics.PrPoint> prCurve, String note) {

        public double medianLeadDays() {
            return BinaryMetrics.median(leadDays);
        }
    }
}
