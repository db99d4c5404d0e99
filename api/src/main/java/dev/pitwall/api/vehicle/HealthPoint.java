package dev.pitwall.api.vehicle;

import dev.pitwall.core.health.HealthBand;
import dev.pitwall.core.health.HealthContribution;
import java.time.Instant;
import java.util.List;

/** A recorded health assessment: the score at the event time of message {@code seq}, and why. */
public record HealthPoint(long seq, Instant eventTime, int score, HealthBand band, List<HealthContribution> reasons) {
}
