package dev.pitwall.core.health;

import java.time.Instant;
import java.util.List;

/**
 * A vehicle's health score at one moment (the event time of message {@code seq}) and every
 * contribution that explains it: {@code score == 100 + sum(contributions.points)}, clamped to 0..100.
 */
public record HealthAssessment(
        String vin, long seq, Instant eventTime, int score, HealthBand band, List<HealthContribution> contributions) {

    public HealthAssessment {
        contributions = List.copyOf(contributions);
    }

    /** Same score and same reasons: a change worth recording is something else. */
    public boolean sameFindingsAs(HealthAssessment other) {
        return other != null && score == other.score && contributions.equals(other.contributions);
    }
}
