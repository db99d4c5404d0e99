package dev.pitwall.api.vehicle;

import dev.pitwall.api.web.Page;
import dev.pitwall.core.health.HealthBand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of the fleet endpoints, with its OpenAPI description; {@link VehicleController}
 * implements it. Success examples sit on the response records (an example here would hide their schema,
 * a springdoc limitation); 401 and 403 answers are added to every operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Vehicles", description = "Fleet health, vehicle state, telemetry and health history "
        + "(roles OPERATOR and SERVICE_ADVISOR for every vehicle, SUBSCRIBER for the vehicles of their active "
        + "subscriptions; another vehicle is answered 404 like an unknown one).")
@RequestMapping("/api/v1/vehicles")
public interface VehicleApi {

    String PROBLEM_JSON = "application/problem+json";

    String BAD_VIN_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'vin': expected 17 characters: digits and capital letters except I, O and Q, got 'ABC'.",
             "instance": "/api/v1/vehicles/ABC", "parameter": "vin",
             "expected": "17 characters: digits and capital letters except I, O and Q"}""";

    String BAD_PAGE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'size': expected an integer from 1 to 200, got '500'.",
             "instance": "/api/v1/vehicles", "parameter": "size", "expected": "an integer from 1 to 200"}""";

    String BAD_RANGE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'from': expected a range of at most 31 days between 'from' and 'to' (to is 2026-01-31T08:00:00Z), got '2025-06-01T00:00:00Z'.",
             "instance": "/api/v1/vehicles/1HGCM82633A004352/telemetry", "parameter": "from",
             "expected": "a range of at most 31 days between 'from' and 'to' (to is 2026-01-31T08:00:00Z)"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No vehicle with vin '1HGCM82633A004352' is known.",
             "instance": "/api/v1/vehicles/1HGCM82633A004352", "parameter": "vin"}""";

    @Operation(summary = "List the fleet by VIN, optionally one health band",
            description = "Pages are numbered from 0. Each item is the vehicle's newest state and health score. A "
                    + "subscriber gets only the vehicles of their active subscriptions.")
    @ApiResponse(responseCode = "200", description = "One page of vehicles, sorted by VIN")
    @ApiResponse(responseCode = "400", description = "page, size or band is invalid",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_PAGE_EXAMPLE)))
    @GetMapping
    Page<VehicleSummary> list(
            @Parameter(description = "Page number, from 0", example = "0")
            @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to pitwall.api.paging.max-size (200); default 20", example = "20")
            @RequestParam(required = false) Integer size,
            @Parameter(description = "Only vehicles in this health band; all bands when absent")
            @RequestParam(required = false) HealthBand band);

    @Operation(summary = "One vehicle: newest state, health score and the reasons for it")
    @ApiResponse(responseCode = "200", description = "The vehicle")
    @ApiResponse(responseCode = "400", description = "The VIN is malformed",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_VIN_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No vehicle with this VIN has reported, or the caller may not "
            + "see it (the same answer)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/{vin}")
    VehicleDetail get(@Parameter(description = "17 characters: digits and capital letters except I, O and Q",
            example = "1HGCM82633A004352") @PathVariable String vin);

    @Operation(summary = "A vehicle's stored telemetry in a time range, newest first",
            description = "The range is [from, to). Without from/to: the last 24 hours. At most "
                    + "pitwall.api.telemetry.max-range (31 days) long. A subscriber sees the messages from the first "
                    + "day of their subscription (00:00 UTC) on, never the previous subscriber's.")
    @ApiResponse(responseCode = "200", description = "One page of telemetry messages, newest first")
    @ApiResponse(responseCode = "400", description = "vin, from, to, page or size is invalid",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_RANGE_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No vehicle with this VIN has reported, or the caller may not "
            + "see it (the same answer)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/{vin}/telemetry")
    Page<TelemetryPoint> telemetry(
            @Parameter(description = "17 characters: digits and capital letters except I, O and Q",
                    example = "1HGCM82633A004352") @PathVariable String vin,
            @Parameter(description = "Start of the range (inclusive), ISO-8601 instant; default: to minus 24 h",
                    example = "2026-01-30T08:00:00Z") @RequestParam(required = false) Instant from,
            @Parameter(description = "End of the range (exclusive), ISO-8601 instant; default: now",
                    example = "2026-01-31T08:00:00Z") @RequestParam(required = false) Instant to,
            @Parameter(description = "Page number, from 0", example = "0")
            @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to pitwall.api.paging.max-size (200); default 20", example = "20")
            @RequestParam(required = false) Integer size);

    @Operation(summary = "A vehicle's health score over time, with the reasons at each point",
            description = "Points are recorded on every change of score or reasons, and at least every 15 minutes "
                    + "of event time. The range is [from, to); without from/to: the last 7 days, at most "
                    + "pitwall.api.health-history.max-range (366 days). Oldest point first; when the range holds "
                    + "more than limit points, the newest limit points are returned and truncated is true. For a "
                    + "subscriber the range starts no earlier than the first day of their subscription (00:00 UTC); "
                    + "from in the answer says where it started.")
    @ApiResponse(responseCode = "200", description = "Health points, oldest first")
    @ApiResponse(responseCode = "400", description = "vin, from, to or limit is invalid",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_RANGE_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No vehicle with this VIN has reported, or the caller may not "
            + "see it (the same answer)",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/{vin}/health/history")
    HealthHistory healthHistory(
            @Parameter(description = "17 characters: digits and capital letters except I, O and Q",
                    example = "1HGCM82633A004352") @PathVariable String vin,
            @Parameter(description = "Start of the range (inclusive), ISO-8601 instant; default: to minus 7 days",
                    example = "2026-01-24T08:00:00Z") @RequestParam(required = false) Instant from,
            @Parameter(description = "End of the range (exclusive), ISO-8601 instant; default: now",
                    example = "2026-01-31T08:00:00Z") @RequestParam(required = false) Instant to,
            @Parameter(description = "Most points to return, 1 to pitwall.api.health-history.max-limit (5000); "
                    + "default 500", example = "500") @RequestParam(required = false) Integer limit);
}
