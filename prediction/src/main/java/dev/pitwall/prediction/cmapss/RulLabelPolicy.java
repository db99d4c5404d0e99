package dev.pitwall.prediction.cmapss;

/**
 * The piecewise-linear RUL target: an engine is taken as healthy (RUL = cap) until its last {@code cap}
 * cycles, because early cycles show no degradation to learn a countdown from; predictions are clipped alike.
 */
public record RulLabelPolicy(double cap) {

    public RulLabelPolicy {
        if (!(cap > 0)) {
            throw new IllegalArgumentException("RUL cap must be positive, was " + cap);
        }
    }

    /** Training target for a cycle with {@code remainingCycles} to go before failure. */
    public double label(int remainingCycles) {
        if (remainingCycles < 0) {
            throw new IllegalArgumentException("remaining cycles cannot be negative: " + remainingCycles);
        }
        return Math.min(remainingCycles, cap);
    }

    /** A model output made into a usable RUL: never negative, never above the cap it was trained with. */
    public double clip(double predicted) {
        if (Double.isNaN(predicted)) {
            throw new IllegalArgumentException("model predicted NaN");
        }
        return Math.max(0, Math.min(cap, predicted));
    }
}
