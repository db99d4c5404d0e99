package dev.pitwall.api.vehicle;

/** Tire pressures in kPa; null where the vehicle has not reported one. */
public record TirePressures(Double frontLeft, Double frontRight, Double rearLeft, Double rearRight) {
}
