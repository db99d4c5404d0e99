package dev.pitwall.api.prediction;

import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.maintenance.FailurePrediction.FeatureContribution;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * The one-sentence reading of a prediction, worded like the health score's prediction reasons so that the
 * two never tell a service advisor different stories.
 */
final class PredictionSummary {

    private static final MathContext FOUR_DIGITS = new MathContext(4);

    private PredictionSummary() {
    }

    /** E.g. "72% chance of failure within 14 days, about 9 days left; strongest sign: battery.cranking_v.min_1d = 9.91". */
    static String of(FailurePrediction p) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%.0f%% chance of failure within %d days",
                100 * p.probability(), p.horizonDays()));
        if (p.expectedRulDays() != null) {
            text.append(", ").append(daysLeft(p.expectedRulDays()));
        }
        if (!p.topFeatures().isEmpty()) {
            FeatureContribution top = p.topFeatures().get(0);
            text.append("; strongest sign: ").append(top.feature()).append(" = ").append(number(top.value()));
        }
        return text.toString();
    }

    private static String daysLeft(double days) {
        if (days < 1) {
            return "less than a day left";
        }
        long rounded = Math.round(days);
        return "about " + rounded + (rounded == 1 ? " day left" : " days left");
    }

    /** Four significant digits without trailing zeros: 9.91, not 9.910 or 9.9100000001. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).round(FOUR_DIGITS).stripTrailingZeros().toPlainString();
    }
}
