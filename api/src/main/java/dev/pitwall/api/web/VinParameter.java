package dev.pitwall.api.web;

import dev.pitwall.core.vehicle.Vin;

/** The {@code vin} path variable every per-vehicle endpoint takes, checked the same way everywhere. */
public final class VinParameter {

    public static final String EXPECTED = "17 characters: digits and capital letters except I, O and Q";

    private VinParameter() {
    }

    /** Returns {@code vin} if it is a well-formed VIN, otherwise rejects it naming the parameter. */
    public static String require(String vin) {
        if (!Vin.isValid(vin)) {
            throw new InvalidParameterException("vin", EXPECTED, vin);
        }
        return vin;
    }
}
