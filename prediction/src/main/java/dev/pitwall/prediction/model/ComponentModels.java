package dev.pitwall.prediction.model;

import dev.pitwall.core.maintenance.Component;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.regression.Regressor;

/**
 * Everything trained for one component: the gradient-boosted classifier and its logistic baseline, each with its
 * calibrator and operating threshold (alarm when the calibrated probability is at or above it), and the RUL regressor.
 */
public record ComponentModels(
        Component component,
        XGBoostModel<Label> boosted,
        Calibrator boostedCalibrator,
        double boostedThreshold,
        Model<Label> logistic,
        Calibrator logisticCalibrator,
        double logisticThreshold,
        XGBoostModel<Regressor> rul) {

    public ComponentModels {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(boosted, "boosted");
        Objects.requireNonNull(boostedCalibrator, "boostedCalibrator");
        Objects.requireNonNull(logistic, "logistic");
        Objects.requireNonNull(logisticCalibrator, "logisticCalibrator");
    }

    public Calibrator calibrator(ModelKind kind) {
        return switch (kind) {
            case GRADIENT_BOOSTING -> boostedCalibrator;
            case LOGISTIC_REGRESSION -> logisticCalibrator;
            case THRESHOLD_RULE -> throw new IllegalArgumentException("a threshold rule has no calibrator");
        };
    }

    public double threshold(ModelKind kind) {
        return switch (kind) {
            case GRADIENT_BOOSTING -> boostedThreshold;
            case LOGISTIC_REGRESSION -> logisticThreshold;
            case THRESHOLD_RULE -> 0.5;
        };
    }
}
