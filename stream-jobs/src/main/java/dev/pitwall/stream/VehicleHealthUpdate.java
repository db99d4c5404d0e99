package dev.pitwall.stream;

import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.health.VehicleState;

/** A vehicle's state after a message that advanced it, with the health of that state: one vehicle_state row. */
public record VehicleHealthUpdate(VehicleState state, HealthAssessment health) {
}
