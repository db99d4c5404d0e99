package dev.pitwall.api.vehicle;

import dev.pitwall.api.security.Caller;
import org.springframework.stereotype.Component;

/** The vehicles that have reported and that the current request's caller may act on. */
@Component
class PermittedVehicles implements KnownVehicles {

    private final VehicleRepository repository;

    PermittedVehicles(VehicleRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean exists(String vin) {
        return repository.exists(Caller.current(), vin);
    }
}
