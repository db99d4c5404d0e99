package dev.pitwall.api.vehicle;

/**
 * Whether Pitwall knows a vehicle, for the features that answer about one vehicle: known means it has
 * reported (it has a row in {@code vehicle_state}); an unknown VIN is a 404 everywhere, by this one rule.
 */
public interface KnownVehicles {

    boolean exists(String vin);
}
