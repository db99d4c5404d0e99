package dev.pitwall.api.vehicle;

import dev.pitwall.api.web.ResourceNotFoundException;

/** The VIN is well-formed but no vehicle with it has ever reported. */
public class VehicleNotFoundException extends ResourceNotFoundException {

    public VehicleNotFoundException(String vin) {
        super("vehicle", "vin", vin);
    }
}
