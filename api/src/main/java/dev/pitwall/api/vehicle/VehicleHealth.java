package dev.pitwall.api.vehicle;

import dev.pitwall.core.health.HealthBand;
import dev.pitwall.core.health.HealthContribution;
import java.util.List;

/** A health score with the reasons it is below 100 ({@code score == 100 + sum(points)}, clamped to 0..100). */
public record VehicleHealth(int score, HealthBand band, List<HealthContribution> reasons) {
}
