package dev.pitwall.api.repurchase;

import dev.pitwall.core.poi.PoiMatch;
import dev.pitwall.core.poi.PointOfInterest;
import io.swagger.v3.oas.annotations.media.Schema;

/** A dealer (a DEALER point of interest) where a test drive could be booked, and how far it is from the vehicle. */
@Schema(description = "A DEALER point of interest near the vehicle's last reported position: find a test-drive slot "
        + "there with GET /api/v1/vehicles/{vin}/test-drive-slots?model={modelId} and book it with POST "
        + "/api/v1/test-drives (dealerId = poiId).", example = """
        {"poiId": "dl-001", "name": "Autohaus Lindner Milbertshofen", "brand": "Volkswagen", "latitude": 48.18462,
         "longitude": 11.56876, "partner": true, "distanceKm": 0.42}""")
public record Dealer(
        @Schema(description = "The POI's id, as GET /api/v1/pois/{poiId} and bookings name it") String poiId,
        String name,
        @Schema(description = "The make the dealer sells") String brand,
        @Schema(description = "WGS 84 degrees") double latitude,
        @Schema(description = "WGS 84 degrees") double longitude,
        @Schema(description = "A partner of ours") boolean partner,
        @Schema(description = "Great-circle distance from the vehicle's last position in km, rounded to 10 m")
        double distanceKm) {

    static Dealer of(PoiMatch match) {
        PointOfInterest poi = match.poi();
        return new Dealer(poi.id(), poi.name(), poi.brand(), poi.latitude(), poi.longitude(), poi.partner(),
                Math.round(match.distanceKm() * 100) / 100.0);
    }
}
