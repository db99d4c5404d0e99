package dev.pitwall.core.lead;

import java.util.Objects;

/** A workshop or dealer that offers a lead's suggested service, and how far it was from the vehicle. */
public record NearbyWorkshop(String poiId, String name, String brand, double distanceKm) {

    public NearbyWorkshop {
        Objects.requireNonNull(poiId, "poiId");
        Objects.requireNonNull(name, "name");
        brand = brand == null ? "" : brand;
    }
}
