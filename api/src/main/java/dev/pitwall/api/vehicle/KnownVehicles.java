package dev.pitwall.api.vehicle;

/**
 * Whether a vehicle exists for the caller of the current request, for the features that answer about one vehicle:
 * it has reported (it has a row in {@code vehicle_state}) and the caller may act on it
 * ({@link dev.pitwall.api.security.VehicleAccess}). Either failure is the same 404 everywhere, by this one rule, so
 * that a subscriber cannot tell another subscriber's VIN from an unknown one.
 */
public interface KnownVehicles {

    boolean exists(String vin);
}
