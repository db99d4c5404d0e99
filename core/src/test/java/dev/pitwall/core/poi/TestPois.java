package dev.pitwall.core.poi;

import java.time.ZoneId;
import java.util.Set;

/** Builds POIs for tests with only what a test cares about. */
final class TestPois {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private TestPois() {
    }

    static PointOfInterest poi(String id, PoiKind kind, double latitude, double longitude) {
        return poi(id, kind, "independent", latitude, longitude, false);
    }

    static PointOfInterest poi(String id, PoiKind kind, String brand, double latitude, double longitude,
            boolean partner) {
        return new PointOfInterest(id, kind, "POI " + id, brand, latitude, longitude,
                OpeningHours.alwaysOpen(BERLIN), Set.of(), partner);
    }
}
