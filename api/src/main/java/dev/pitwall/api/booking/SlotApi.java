package dev.pitwall.api.booking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of the slot searches, with its OpenAPI description; {@link SlotController} implements it.
 * Success examples sit on {@link WorkshopSlots} and {@link SlotSearch}; 401 and 403 answers are added to every
 * operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Slots", description = "Free workshop slots for a visit, to book with POST /api/v1/bookings (roles "
        + "SUBSCRIBER, SERVICE_ADVISOR and OPERATOR). A slot starts at an opening time or a whole number of "
        + "pitwall.booking.slot-granularity steps (30 min) after it, lies within one opening interval, starts at "
        + "least lead-time (2h) from now and at most max-horizon (60 days) ahead, and has a bay free for the whole "
        + "visit, whose length is the sum of the services' durations.")
public interface SlotApi {

    String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    String BAD_SERVICE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'service': expected one of OIL_SERVICE, BRAKE_INSPECTION, TIRE_ROTATION, ANNUAL_INSPECTION, BATTERY_CHECK, COOLANT_SERVICE, BRAKE_FLUID, SPARK_PLUGS, CABIN_FILTER, AIR_FILTER, got 'OIL_CHANGE'.",
             "instance": "/api/v1/slots", "parameter": "service",
             "expected": "one of OIL_SERVICE, BRAKE_INSPECTION, TIRE_ROTATION, ANNUAL_INSPECTION, BATTERY_CHECK, COOLANT_SERVICE, BRAKE_FLUID, SPARK_PLUGS, CABIN_FILTER, AIR_FILTER"}""";

    String NOT_OFFERED_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'service': expected services workshop ws-005 offers: BRAKE_INSPECTION, TIRE_ROTATION, got 'OIL_SERVICE'.",
             "instance": "/api/v1/workshops/ws-005/slots", "parameter": "service",
             "expected": "services workshop ws-005 offers: BRAKE_INSPECTION, TIRE_ROTATION"}""";

    String BAD_DAYS_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'days': expected an integer from 1 to 14, got '30'.",
             "instance": "/api/v1/workshops/ws-001/slots", "parameter": "days",
             "expected": "an integer from 1 to 14"}""";

    String MISSING_NEAR_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'near': expected latitude,longitude in degrees, e.g. 48.137,11.575 (latitude -90 to 90, longitude -180 to 180), got 'null'.",
             "instance": "/api/v1/slots", "parameter": "near",
             "expected": "latitude,longitude in degrees, e.g. 48.137,11.575 (latitude -90 to 90, longitude -180 to 180)"}""";

    String WORKSHOP_NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No workshop with workshopId 'fs-001' is known.",
             "instance": "/api/v1/workshops/fs-001/slots", "parameter": "workshopId"}""";

    @Operation(summary = "Free slots of the workshops around a point, earliest or nearest first",
            description = "Searches the WORKSHOPs and DEALERs within radiusKm of near that offer every service, "
                    + "over days local days from 'from' (each workshop's today when absent) in each workshop's own "
                    + "time zone. sort=earliest: soonest first, the nearer workshop first at the same time; "
                    + "sort=nearest: the nearest workshop's slots first, soonest first. At most limit slots.")
    @ApiResponse(responseCode = "200", description = "The free slots")
    @ApiResponse(responseCode = "400", description = "service, near, radiusKm, from, days, courtesyCar, sort or "
            + "limit is invalid", content = @Content(mediaType = PROBLEM,
                    schema = @Schema(implementation = ProblemDetail.class), examples = {
                            @ExampleObject(name = "service", value = BAD_SERVICE_EXAMPLE),
                            @ExampleObject(name = "near", value = MISSING_NEAR_EXAMPLE)}))
    @GetMapping("/api/v1/slots")
    SlotSearch slots(
            @Parameter(description = "Service types the visit is for, each once (comma-separated or repeated)",
                    required = true, example = "OIL_SERVICE") @RequestParam(required = false) List<String> service,
            @Parameter(description = "latitude,longitude in degrees: the point to search around", required = true,
                    example = "48.137,11.575") @RequestParam(required = false) String near,
            @Parameter(description = "Radius around near in km, more than 0 and at most "
                    + "pitwall.booking.max-radius-km (200); default default-radius-km (25)", example = "10")
            @RequestParam(required = false) String radiusKm,
            @Parameter(description = "The first day, YYYY-MM-DD, in each workshop's time zone; default its today",
                    example = "2026-02-02") @RequestParam(required = false) String from,
            @Parameter(description = "How many days, 1 to pitwall.booking.max-search-days (14); default 7",
                    example = "7") @RequestParam(required = false) Integer days,
            @Parameter(description = "true: only slots with a courtesy car free", example = "false",
                    schema = @Schema(type = "boolean")) @RequestParam(required = false) String courtesyCar,
            @Parameter(description = "earliest (default) or nearest", example = "earliest",
                    schema = @Schema(allowableValues = {"earliest", "nearest"})) @RequestParam(required = false)
            String sort,
            @Parameter(description = "Most slots, 1 to pitwall.booking.max-slot-limit (500); default 50",
                    example = "20") @RequestParam(required = false) Integer limit);

    @Operation(summary = "Free slots of one workshop, soonest first",
            description = "The slots of days local days from 'from' (the workshop's today when absent) in the "
                    + "workshop's time zone with a bay (and, with courtesyCar=true, a courtesy car) free. At most "
                    + "limit slots.")
    @ApiResponse(responseCode = "200", description = "The free slots")
    @ApiResponse(responseCode = "400", description = "service (also one the workshop does not offer), from, days, "
            + "courtesyCar or limit is invalid", content = @Content(mediaType = PROBLEM,
                    schema = @Schema(implementation = ProblemDetail.class), examples = {
                            @ExampleObject(name = "not offered", value = NOT_OFFERED_EXAMPLE),
                            @ExampleObject(name = "days", value = BAD_DAYS_EXAMPLE)}))
    @ApiResponse(responseCode = "404", description = "No WORKSHOP or DEALER with this id in the POI catalog",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = WORKSHOP_NOT_FOUND_EXAMPLE)))
    @GetMapping("/api/v1/workshops/{workshopId}/slots")
    WorkshopSlots workshopSlots(
            @Parameter(description = "The workshop's id in the POI catalog", example = "ws-001") @PathVariable
            String workshopId,
            @Parameter(description = "Service types the visit is for, each once (comma-separated or repeated)",
                    required = true, example = "OIL_SERVICE,CABIN_FILTER") @RequestParam(required = false)
            List<String> service,
            @Parameter(description = "The first day, YYYY-MM-DD, in the workshop's time zone; default its today",
                    example = "2026-02-02") @RequestParam(required = false) String from,
            @Parameter(description = "How many days, 1 to pitwall.booking.max-search-days (14); default 7",
                    example = "7") @RequestParam(required = false) Integer days,
            @Parameter(description = "true: only slots with a courtesy car free", example = "false",
                    schema = @Schema(type = "boolean")) @RequestParam(required = false) String courtesyCar,
            @Parameter(description = "Most slots, 1 to pitwall.booking.max-slot-limit (500); default 50",
                    example = "50") @RequestParam(required = false) Integer limit);
}
