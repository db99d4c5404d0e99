package dev.pitwall.api.servicebook;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of a vehicle's service book, with its OpenAPI description; {@link ServiceBookController}
 * implements it. Success examples sit on the response records; 401 and 403 answers are added to every operation
 * by {@code OpenApiConfiguration}.
 */
@Tag(name = "Service book", description = "Maintenance items with their state, maintenance history, and recording "
        + "completed services (read: OPERATOR and SERVICE_ADVISOR, and SUBSCRIBER for the vehicles of their active "
        + "subscriptions; record: OPERATOR and SERVICE_ADVISOR).")
@RequestMapping("/api/v1/vehicles")
public interface ServiceBookApi {

    String BAD_BODY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'items[1]': expected one of OIL_SERVICE, BRAKE_INSPECTION, TIRE_ROTATION, ANNUAL_INSPECTION, BATTERY_CHECK, COOLANT_SERVICE, BRAKE_FLUID, SPARK_PLUGS, CABIN_FILTER, AIR_FILTER, got 'OIL_CHANGE'. Invalid 'odometerKm': expected at most 48711.4 km: the vehicle's newest reported 48211.4 km plus 500 km of tolerance, got '481900.0'.",
             "instance": "/api/v1/vehicles/WVWZZZCDZLW123456/service-records",
             "parameter": "items[1]",
             "expected": "one of OIL_SERVICE, BRAKE_INSPECTION, TIRE_ROTATION, ANNUAL_INSPECTION, BATTERY_CHECK, COOLANT_SERVICE, BRAKE_FLUID, SPARK_PLUGS, CABIN_FILTER, AIR_FILTER",
             "errors": [
               {"parameter": "items[1]", "expected": "one of OIL_SERVICE, BRAKE_INSPECTION, TIRE_ROTATION, ANNUAL_INSPECTION, BATTERY_CHECK, COOLANT_SERVICE, BRAKE_FLUID, SPARK_PLUGS, CABIN_FILTER, AIR_FILTER", "actual": "OIL_CHANGE"},
               {"parameter": "odometerKm", "expected": "at most 48711.4 km: the vehicle's newest reported 48211.4 km plus 500 km of tolerance", "actual": "481900.0"}]}""";

    String BAD_VIN_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'vin': expected 17 characters: digits and capital letters except I, O and Q, got 'ABC'.",
             "instance": "/api/v1/vehicles/ABC/service-book", "parameter": "vin",
             "expected": "17 characters: digits and capital letters except I, O and Q"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No vehicle with vin 'WVWZZZCDZLW123456' is known.",
             "instance": "/api/v1/vehicles/WVWZZZCDZLW123456/service-book", "parameter": "vin"}""";

    String CONFLICT_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Conflicts with a stored record", "status": 409,
             "detail": "The OIL_SERVICE service performed at 2026-01-30T15:45:00Z is already recorded (id 57) with odometerKm 48190.0; this request has 48109.0. A record is never overwritten: repeat the request with the stored values, or record a service at another performedAt.",
             "instance": "/api/v1/vehicles/WVWZZZCDZLW123456/service-records", "parameter": "odometerKm"}""";

    @Operation(summary = "A vehicle's service book: maintenance items with their state, and its history",
            description = "The schedule is chosen by the VIN's WMI and model year (a generic one for other vehicles). "
                    + "Each item of it is OK, DUE_SOON, OVERDUE or UNKNOWN by whichever limit of its interval "
                    + "(km, months, engine hours) comes first, counted from the item's last recorded service or, "
                    + "without one, from the first report Pitwall saw of the vehicle. Distances and engine hours are "
                    + "measured to the vehicle's newest report, time to asOf. Items come most urgent first; history "
                    + "is the newest recorded services, at most limit of them.")
    @ApiResponse(responseCode = "200", description = "The service book")
    @ApiResponse(responseCode = "400", description = "vin or limit is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_VIN_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No vehicle with this VIN has reported, or the caller may not "
            + "see it (the same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/{vin}/service-book")
    ServiceBook serviceBook(
            @Parameter(description = "17 characters: digits and capital letters except I, O and Q",
                    example = "WVWZZZCDZLW123456") @PathVariable String vin,
            @Parameter(description = "Most history entries, 1 to pitwall.api.service-book.max-history-limit (500); "
                    + "default 50", example = "50") @RequestParam(required = false) Integer limit);

    @Operation(summary = "Record a completed service; it resets the items it covered",
            description = "Stores one record per item (all or none) with performedAt, odometerKm and, when given, "
                    + "engineHours (otherwise the vehicle's engine hours reported at or before performedAt), "
                    + "workshop and notes. The items' intervals then count from this service. (vin, item, "
                    + "performedAt) identifies a record: repeating a request stores nothing and answers 200 with the "
                    + "same records, so a client may retry safely; the first time answers 201. A request with the "
                    + "key of a stored record but other values is refused with 409. Every invalid field is named in "
                    + "the problem's errors: unknown or duplicate items, items not in the vehicle's schedule, no "
                    + "items, performedAt in the future, odometerKm or engineHours negative or beyond the vehicle's "
                    + "newest report plus a tolerance.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location is the vehicle's service book")
    @ApiResponse(responseCode = "200", description = "A repeat of a request already recorded: nothing was stored again")
    @ApiResponse(responseCode = "400", description = "vin or the body is invalid; errors lists every bad field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_BODY_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No vehicle with this VIN has reported, or the caller may not "
            + "see it (the same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "A record with the same vin, item and performedAt holds other "
            + "values", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = CONFLICT_EXAMPLE)))
    @PostMapping(path = "/{vin}/service-records", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecordedServices> recordService(
            @Parameter(description = "17 characters: digits and capital letters except I, O and Q",
                    example = "WVWZZZCDZLW123456") @PathVariable String vin,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The completed service",
                    required = true) @RequestBody ServiceRecordRequest request);
}
