package dev.pitwall.prediction.model;

/** The three ways of raising a maintenance alarm that evaluation compares. */
public enum ModelKind {
    GRADIENT_BOOSTING("gradient-boosted trees (XGBoost)"),
    LOGISTIC_REGRESSION("logistic regression"),
    THRESHOLD_RULE("threshold rule");

    private final String displayName;

    ModelKind(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
