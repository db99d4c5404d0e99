package dev.pitwall.core.poi;

import java.util.Arrays;
import java.util.Set;

/**
 * A workshop, dealer, fuel or charging station that a lead or an offer can point a driver to.
 *
 * @param services what it offers, as upper-case tags: for workshops the service book's item names
 *                 ({@code OIL_SERVICE}, {@code BRAKE_INSPECTION}, ...), for charging stations the connectors
 *                 ({@code CCS}, {@code TYPE2}); free for the rest
 * @param partner  whether it is a partner of ours (offers only go to partners)
 */
public record PointOfInterest(String id, PoiKind kind, String name, String brand, double latitude,
        double longitude, OpeningHours openingHours, Set<String> services, boolean partner) {

    public PointOfInterest {
        String where = "POI '" + id + "': ";
        if (id == null || id.isBlank()) {
            throw new InvalidPoiException("POI: id: expected a non-blank id");
        }
        if (kind == null) {
            throw new InvalidPoiException(where + "kind: expected one of " + Arrays.toString(PoiKind.values()));
        }
        if (name == null || name.isBlank()) {
            throw new InvalidPoiException(where + "name: expected a non-blank name");
        }
        if (brand == null || brand.isBlank()) {
            throw new InvalidPoiException(where + "brand: expected a non-blank brand (use 'independent' if none)");
        }
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidPoiException(where + "latitude: expected -90..90 degrees, got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidPoiException(where + "longitude: expected -180..180 degrees, got " + longitude);
        }
        if (openingHours == null) {
            throw new InvalidPoiException(where + "openingHours: expected opening hours with a time zone");
        }
        if (services != null) {
            for (String service : services) {
                if (service == null || service.isBlank()) {
                    throw new InvalidPoiException(where + "services: expected non-blank tags, got '" + service + "'");
                }
            }
        }
        services = services == null ? Set.of() : Set.copyOf(services);
    }

    /** Whether it offers this service (tag). */
    public boolean offers(String service) {
        return services.contains(service);
    }
}
