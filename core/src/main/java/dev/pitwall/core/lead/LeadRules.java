package dev.pitwall.core.lead;

import dev.pitwall.core.dtc.DtcSeverity;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * When leads open, escalate and expire. Every field is checked, and an error names it.
 *
 * @param predictionThreshold   a failure probability at or above this opens a FAILURE_PREDICTED lead
 * @param predictionClearBelow  the lead resolves once the component's probability falls below this (hysteresis:
 *                              a probability hovering at the threshold does not open and close leads)
 * @param predictionUrgentAbove at or above this probability, or with {@code urgentRulDays} or less of expected life,
 *                              the lead is URGENT rather than HIGH
 * @param urgentRulDays         see {@code predictionUrgentAbove}
 * @param severeDtc             the least severe trouble code that counts as severe
 * @param severeDtcActiveFor    how long a severe code must stay active, in event time, before a lead opens
 * @param expireAfter           an open lead expires this long after it opened
 * @param workshops             how many nearby workshops a lead names
 * @param workshopRadiusKm      how far to look for them
 */
public record LeadRules(double predictionThreshold, double predictionClearBelow, double predictionUrgentAbove,
        double urgentRulDays, DtcSeverity severeDtc, Duration severeDtcActiveFor, Duration expireAfter, int workshops,
        double workshopRadiusKm) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final LeadRules DEFAULTS = new LeadRules(0.5, 0.4, 0.8, 7, DtcSeverity.HIGH, Duration.ofMinutes(30),
            Duration.ofDays(30), 3, 50);

    public LeadRules {
        probability("predictionThreshold", predictionThreshold);
        probability("predictionClearBelow", predictionClearBelow);
        probability("predictionUrgentAbove", predictionUrgentAbove);
        if (predictionClearBelow > predictionThreshold) {
            throw new IllegalArgumentException("predictionClearBelow: expected at most predictionThreshold ("
                    + predictionThreshold + "), got " + predictionClearBelow);
        }
        if (!(urgentRulDays >= 0)) {
            throw new IllegalArgumentException("urgentRulDays: expected zero or more days, got " + urgentRulDays);
        }
        Objects.requireNonNull(severeDtc, "severeDtc");
        positive("severeDtcActiveFor", severeDtcActiveFor);
        positive("expireAfter", expireAfter);
        if (workshops < 0 || workshops > 20) {
            throw new IllegalArgumentException("workshops: expected 0 to 20, got " + workshops);
        }
        if (!(workshopRadiusKm > 0 && workshopRadiusKm <= 500)) {
            throw new IllegalArgumentException("workshopRadiusKm: expected more than 0 and at most 500 km, got "
                    + workshopRadiusKm);
        }
    }

    public LeadRules withSevereDtcActiveFor(Duration duration) {
        return new LeadRules(predictionThreshold, predictionClearBelow, predictionUrgentAbove, urgentRulDays, severeDtc,
                duration, expireAfter, workshops, workshopRadiusKm);
    }

    public LeadRules withExpireAfter(Duration duration) {
        return new LeadRules(predictionThreshold, predictionClearBelow, predictionUrgentAbove, urgentRulDays, severeDtc,
                severeDtcActiveFor, duration, workshops, workshopRadiusKm);
    }

    public LeadRules withPredictionThreshold(double threshold, double clearBelow) {
        return new LeadRules(threshold, clearBelow, predictionUrgentAbove, urgentRulDays, severeDtc, severeDtcActiveFor,
                expireAfter, workshops, workshopRadiusKm);
    }

    /** Whether a code of this severity counts as severe (CRITICAL is more severe than HIGH, and so on). */
    public boolean isSevere(DtcSeverity severity) {
        return severity.ordinal() <= severeDtc.ordinal();
    }

    private static void probability(String field, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(field + ": expected a probability in (0, 1], got " + value);
        }
    }

    private static void positive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + ": expected a positive duration, got " + value);
        }
    }
}
