package dev.pitwall.api.poi;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.poi.PointOfInterest;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A workshop, dealer, fuel or charging station as the API shows it: the catalog's fields plus open now and distance. */
@Schema(description = "A point of interest from the catalog the stream job uses for leads (workshops) and offers "
        + "(partner stations); leads' workshops[].poiId and offers' poiId are its id.", example = Poi.EXAMPLE)
public record Poi(
        @Schema(description = "Stable id from the POI file, referenced by leads and offers") String id,
        PoiKind kind,
        @Schema(description = "Shown to the driver or service advisor") String name,
        @Schema(description = "Workshop chain, fuel or charging brand; for dealers the vehicle make; 'independent' "
                + "if none") String brand,
        @Schema(description = "WGS 84 degrees") double latitude,
        @Schema(description = "WGS 84 degrees") double longitude,
        @Schema(description = "A partner of ours (offers only go to partners)") boolean partner,
        @Schema(description = "Tags, sorted: service book items for workshops and dealers (OIL_SERVICE, ...), "
                + "connectors for charging stations (CCS, TYPE2, CHADEMO), fuels and extras for fuel stations")
        List<String> services,
        PoiOpeningHours openingHours,
        @Schema(description = "Open at the moment the API answered, judged in the POI's time zone") boolean openNow,
        @Schema(description = "Great-circle distance from 'near' in km, rounded to 10 m; only in answers to a query "
                + "with 'near'") @JsonInclude(JsonInclude.Include.NON_NULL) Double distanceKm) {

    static final String EXAMPLE = """
            {"id": "ws-001", "kind": "WORKSHOP", "name": "Meisterwerk Kfz Schwabing", "brand": "Meisterwerk",
             "latitude": 48.16359, "longitude": 11.58081, "partner": true,
             "services": ["BRAKE_INSPECTION", "OIL_SERVICE", "TIRE_ROTATION"],
             "openingHours": {"timeZone": "Europe/Berlin", "mon": ["07:30-18:00"], "tue": ["07:30-18:00"],
                              "wed": ["07:30-18:00"], "thu": ["07:30-18:00"], "fri": ["07:30-16:00"],
                              "sat": ["08:00-12:00"], "sun": []},
             "openNow": true, "distanceKm": 1.84}""";

    public Poi {
        services = List.copyOf(services);
    }

    /** The POI as of {@code now}; {@code distanceKm} null when the query had no point to measure from. */
    static Poi of(PointOfInterest poi, Instant now, Double distanceKm) {
        return new Poi(poi.id(), poi.kind(), poi.name(), poi.brand(), poi.latitude(), poi.longitude(), poi.partner(),
                poi.services().stream().sorted().toList(), PoiOpeningHours.of(poi.openingHours()),
                poi.openingHours().isOpenAt(now), distanceKm == null ? null : Math.round(distanceKm * 100) / 100.0);
    }
}
