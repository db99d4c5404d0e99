package dev.pitwall.prediction.features;

/** Identifies a vehicle's car model for the fleet baselines: the VIN's world manufacturer identifier (first three characters). */
public final class ModelKey {

    private ModelKey() {
    }

    public static String fromVin(String vin) {
        if (vin == null || vin.length() < 3) {
            throw new IllegalArgumentException("vin: expected at least 3 characters, got '" + vin + "'");
        }
        return vin.substring(0, 3);
    }
}
