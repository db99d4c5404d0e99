package dev.pitwall.api.poi;

import dev.pitwall.api.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of the points of interest, with its OpenAPI description; {@link PoiController} implements it.
 * The success example sits on {@link Poi}; 401 and 403 answers are added to every operation by
 * {@code OpenApiConfiguration}.
 */
@Tag(name = "Points of interest", description = "Workshops, dealers, fuel and charging stations: the catalog the "
        + "stream job's leads and offers point to (their poiId), read-only (roles SUBSCRIBER, SERVICE_ADVISOR, "
        + "MARKETER and OPERATOR).")
@RequestMapping("/api/v1/pois")
public interface PoiApi {

    String BAD_NEAR_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'near': expected latitude,longitude in degrees, e.g. 48.137,11.575 (latitude -90 to 90, longitude -180 to 180), got '11.575,148.137'.",
             "instance": "/api/v1/pois", "parameter": "near",
             "expected": "latitude,longitude in degrees, e.g. 48.137,11.575 (latitude -90 to 90, longitude -180 to 180)"}""";

    String BAD_KIND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'kind': expected one or more of WORKSHOP, DEALER, FUEL_STATION, CHARGING_STATION, separated by commas, got 'GARAGE'.",
             "instance": "/api/v1/pois", "parameter": "kind",
             "expected": "one or more of WORKSHOP, DEALER, FUEL_STATION, CHARGING_STATION, separated by commas"}""";

    String BAD_RADIUS_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'radiusKm': expected a distance in km, more than 0 and at most 500, got '900'.",
             "instance": "/api/v1/pois", "parameter": "radiusKm",
             "expected": "a distance in km, more than 0 and at most 500"}""";

    String BAD_OPEN_AT_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'openAt': expected an ISO-8601 instant such as 2026-01-31T08:00:00Z, got 'tomorrow'.",
             "instance": "/api/v1/pois", "parameter": "openAt",
             "expected": "an ISO-8601 instant such as 2026-01-31T08:00:00Z"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No point of interest with poiId 'ws-999' is known.",
             "instance": "/api/v1/pois/ws-999", "parameter": "poiId"}""";

    @Operation(summary = "Points of interest: the whole catalog in id order, or nearest first around a point",
            description = "Without near: every POI that passes the filters, ordered by id. With near: those within "
                    + "radiusKm of it (great-circle distance), nearest first (ties by id), each with its distanceKm: "
                    + "'workshops near me' is near=<lat>,<lon>&kind=WORKSHOP,DEALER&service=OIL_SERVICE. Filters "
                    + "combine (AND); kind and brand match any of their values, service needs all of its tags. "
                    + "openNow is judged when the API answers; openAt filters for another instant. Pages are "
                    + "numbered from 0.")
    @ApiResponse(responseCode = "200", description = "One page of points of interest")
    @ApiResponse(responseCode = "400", description = "near, radiusKm, kind, partner, openAt, page or size is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class), examples = {
                            @ExampleObject(name = "near", value = BAD_NEAR_EXAMPLE),
                            @ExampleObject(name = "radiusKm", value = BAD_RADIUS_EXAMPLE),
                            @ExampleObject(name = "kind", value = BAD_KIND_EXAMPLE),
                            @ExampleObject(name = "openAt", value = BAD_OPEN_AT_EXAMPLE)}))
    @GetMapping
    Page<Poi> pois(
            @Parameter(description = "latitude,longitude in degrees: only POIs within radiusKm of it, nearest first, "
                    + "with distanceKm", example = "48.137,11.575") @RequestParam(required = false) String near,
            @Parameter(description = "Radius around near in km, more than 0 and at most pitwall.pois.max-radius-km "
                    + "(500); default pitwall.pois.default-radius-km (10). Only with near.", example = "10")
            @RequestParam(required = false) String radiusKm,
            @Parameter(description = "Only POIs of one of these kinds (any case, comma-separated or repeated); all "
                    + "kinds when absent", example = "WORKSHOP,DEALER", array = @ArraySchema(schema = @Schema(
                            allowableValues = {"WORKSHOP", "DEALER", "FUEL_STATION", "CHARGING_STATION"})))
            @RequestParam(required = false) List<String> kind,
            @Parameter(description = "Only POIs of one of these brands, ignoring case (comma-separated or repeated)",
                    example = "Meisterwerk") @RequestParam(required = false) List<String> brand,
            @Parameter(description = "Only POIs offering all of these service tags, exactly as listed in services "
                    + "(comma-separated or repeated): service book items such as OIL_SERVICE, connectors such as "
                    + "CCS, fuels such as DIESEL", example = "OIL_SERVICE")
            @RequestParam(required = false) List<String> service,
            @Parameter(description = "true: only partners; false: only POIs that are not partners; absent: both",
                    schema = @Schema(type = "boolean"), example = "true")
            @RequestParam(required = false) String partner,
            @Parameter(description = "Only POIs open at this instant (ISO-8601, e.g. 2026-01-31T08:00:00Z), judged "
                    + "in each POI's own time zone", schema = @Schema(type = "string", format = "date-time"),
                    example = "2026-01-31T08:00:00Z") @RequestParam(required = false) String openAt,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false)
            Integer page,
            @Parameter(description = "Page size, 1 to pitwall.api.paging.max-size (200); default 20", example = "20")
            @RequestParam(required = false) Integer size);

    @Operation(summary = "One point of interest",
            description = "What a lead's workshops[].poiId or an offer's poiId refers to. openNow is judged when the "
                    + "API answers.")
    @ApiResponse(responseCode = "200", description = "The point of interest (without distanceKm)")
    @ApiResponse(responseCode = "404", description = "No point of interest with this id in the catalog",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/{poiId}")
    Poi poi(@Parameter(description = "The POI's id from the POI file", example = "ws-001") @PathVariable String poiId);
}
