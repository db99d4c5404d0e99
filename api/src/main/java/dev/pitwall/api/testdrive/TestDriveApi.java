package dev.pitwall.api.testdrive;

import dev.pitwall.api.idempotency.IdempotencyKey;
import dev.pitwall.api.idempotency.StoredResponse;
import dev.pitwall.api.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of test drives at dealers, with its OpenAPI description; {@link TestDriveController} implements
 * it. Success examples sit on the records; 401 and 403 answers are added to every operation by
 * {@code OpenApiConfiguration}.
 */
@Tag(name = "Test drives", description = "The \"where\" of a repurchase recommendation: search free test-drive slots "
        + "of a model at the dealers of its brand nearest the subscriber's vehicle, book one (with an "
        + "Idempotency-Key), cancel it, and let the dealer record how it went. Subscribers book and see their own; "
        + "SERVICE_ADVISOR and OPERATOR book on a subscriber's behalf and see all. A test drive or vehicle the caller "
        + "may not see is answered 404, as if it did not exist.")
@RequestMapping("/api/v1")
public interface TestDriveApi {

    String TEST_DRIVE_ID_EXAMPLE = "9c2f7e1a-3b4d-4c5e-8f6a-7b8c9d0e1f2a";
    String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    String UNKNOWN_MODEL_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'model': expected the id of a model in the model catalog: audi-avant-tdi, bmw-tourer-e, vw-cityline-e, got 'golf'.",
             "instance": "/api/v1/vehicles/WVWZZZCDZLW123456/test-drive-slots", "parameter": "model",
             "expected": "the id of a model in the model catalog: audi-avant-tdi, bmw-tourer-e, vw-cityline-e"}""";

    String VEHICLE_NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No vehicle with vin 'WVWZZZCDZLW123456' is known.",
             "instance": "/api/v1/vehicles/WVWZZZCDZLW123456/test-drive-slots", "parameter": "vin"}""";

    String NO_POSITION_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Vehicle position unknown", "status": 409,
             "detail": "Vehicle WVWZZZCDZLW123456 has not reported a position yet, so there is no dealer near it to search. Try again once it has driven.",
             "instance": "/api/v1/vehicles/WVWZZZCDZLW123456/test-drive-slots", "parameter": "vin"}""";

    String NOT_A_SLOT_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'startsAt': expected the start of a slot dealer dl-001 offers now for a 60-minute test drive (GET /api/v1/vehicles/WVWZZZCDZLW123456/test-drive-slots?model=vw-cityline-e): on its grid, within its opening hours, after the booking lead time, got '2026-02-03T09:10:00Z'.",
             "instance": "/api/v1/test-drives", "parameter": "startsAt",
             "expected": "the start of a slot dealer dl-001 offers now for a 60-minute test drive (GET /api/v1/vehicles/WVWZZZCDZLW123456/test-drive-slots?model=vw-cityline-e): on its grid, within its opening hours, after the booking lead time",
             "errors": [{"parameter": "startsAt", "expected": "the start of a slot dealer dl-001 offers now for a 60-minute test drive (GET /api/v1/vehicles/WVWZZZCDZLW123456/test-drive-slots?model=vw-cityline-e): on its grid, within its opening hours, after the booking lead time", "actual": "2026-02-03T09:10:00Z"}]}""";

    String WRONG_DEALER_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'dealerId': expected the id of a DEALER selling Volkswagen, the brand of vw-cityline-e (a slot's dealerId), got 'dl-003'.",
             "instance": "/api/v1/test-drives", "parameter": "dealerId",
             "expected": "the id of a DEALER selling Volkswagen, the brand of vw-cityline-e (a slot's dealerId)",
             "errors": [{"parameter": "dealerId", "expected": "the id of a DEALER selling Volkswagen, the brand of vw-cityline-e (a slot's dealerId)", "actual": "dl-003"}]}""";

    String CAR_TAKEN_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Slot taken", "status": 409,
             "detail": "Dealer dl-001 has no demo car of vw-cityline-e free for the whole test drive from 2026-02-03T09:00:00Z any more. Search the slots again and pick another.",
             "instance": "/api/v1/test-drives", "parameter": "startsAt"}""";

    String DRIVER_BUSY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Already on a test drive", "status": 409,
             "detail": "Subscriber sub-4711 already has a test drive booked that overlaps the one from 2026-02-03T09:00:00Z. Cancel that one first (GET /api/v1/test-drives?status=BOOKED).",
             "instance": "/api/v1/test-drives", "parameter": "startsAt"}""";

    String KEY_REUSED_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/idempotency-key-reused", "title": "Idempotency key reused",
             "status": 422, "detail": "The Idempotency-Key '4f9d6c1e-2b7a-4e3f-8a5d-1c0b9e8f7a6d' was already used for a POST /api/v1/test-drives request with another body. A repeated request must be identical to the first; send a new key for a new request.",
             "instance": "/api/v1/test-drives", "parameter": "Idempotency-Key"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No test drive with testDriveId '9c2f7e1a-3b4d-4c5e-8f6a-7b8c9d0e1f2a' is known.",
             "instance": "/api/v1/test-drives/9c2f7e1a-3b4d-4c5e-8f6a-7b8c9d0e1f2a", "parameter": "testDriveId"}""";

    String NOT_OPEN_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Test drive cannot change", "status": 409,
             "detail": "Test drive 9c2f7e1a-3b4d-4c5e-8f6a-7b8c9d0e1f2a is COMPLETED: only a BOOKED test drive can be cancelled.",
             "instance": "/api/v1/test-drives/9c2f7e1a-3b4d-4c5e-8f6a-7b8c9d0e1f2a/cancel",
             "parameter": "testDriveId", "currentStatus": "COMPLETED"}""";

    String NOT_STARTED_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Test drive not started", "status": 409,
             "detail": "Test drive 9c2f7e1a-3b4d-4c5e-8f6a-7b8c9d0e1f2a starts at 2026-02-03T09:00:00Z: its outcome can be recorded from then on.",
             "instance": "/api/v1/test-drives/9c2f7e1a-3b4d-4c5e-8f6a-7b8c9d0e1f2a/outcome", "parameter": "outcome"}""";

    String BAD_OUTCOME_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'outcome': expected COMPLETED or NO_SHOW, got 'DONE'.",
             "instance": "/api/v1/test-drives/9c2f7e1a-3b4d-4c5e-8f6a-7b8c9d0e1f2a/outcome", "parameter": "outcome",
             "expected": "COMPLETED or NO_SHOW",
             "errors": [{"parameter": "outcome", "expected": "COMPLETED or NO_SHOW", "actual": "DONE"}]}""";

    @Operation(summary = "Free test-drive slots of a model near a vehicle",
            description = "Searches the pitwall.repurchase.dealers (3) DEALERs of the model's brand nearest the "
                    + "vehicle's last reported position, within dealer-max-distance-km (100 km) - the dealers a "
                    + "repurchase recommendation names. Each dealer has pitwall.test-drives.demo-cars-per-model (1) "
                    + "demo cars of the model; a slot is free while one of them is. Slots lie on the maintenance "
                    + "bookings' grid within the dealer's opening hours, at least the booking lead time (2h) ahead.")
    @ApiResponse(responseCode = "200", description = "The free slots, possibly none")
    @ApiResponse(responseCode = "400", description = "model, from, days, sort or limit is invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = UNKNOWN_MODEL_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "The vehicle is not the subscriber's own (or is unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = VEHICLE_NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The vehicle has not reported a position yet",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NO_POSITION_EXAMPLE)))
    @GetMapping("/vehicles/{vin}/test-drive-slots")
    TestDriveSlots slots(
            @Parameter(description = "The subscribed vehicle", example = "WVWZZZCDZLW123456") @PathVariable
            String vin,
            @Parameter(description = "A model of the model catalog (a recommendation's modelId)", required = true,
                    example = "vw-cityline-e") @RequestParam(required = false) String model,
            @Parameter(description = "First local date, in each dealer's time zone; default: its today",
                    example = "2026-02-03") @RequestParam(required = false) String from,
            @Parameter(description = "Local days to search, 1 to pitwall.booking.max-search-days (14); default 7",
                    example = "7") @RequestParam(required = false) Integer days,
            @Parameter(description = "nearest (default: nearest dealer first, its slots soonest first) or earliest",
                    example = "nearest") @RequestParam(required = false) String sort,
            @Parameter(description = "At most this many slots, up to pitwall.booking.max-slot-limit",
                    example = "20") @RequestParam(required = false) Integer limit);

    @Operation(summary = "Test drives the caller may see, latest start first",
            description = "A subscriber sees their own; SERVICE_ADVISOR and OPERATOR see all. Filters combine (AND).")
    @ApiResponse(responseCode = "200", description = "One page of test drives")
    @GetMapping("/test-drives")
    Page<TestDrive> testDrives(
            @Parameter(description = "Only those booked from this vehicle", example = "WVWZZZCDZLW123456")
            @RequestParam(required = false) String vin,
            @Parameter(description = "Only this dealer's", example = "dl-001")
            @RequestParam(required = false) String dealerId,
            @Parameter(description = "Only those in one of these statuses (any case, comma-separated or repeated)",
                    example = "BOOKED", array = @ArraySchema(schema = @Schema(allowableValues = {"BOOKED",
                            "CANCELLED", "COMPLETED", "NO_SHOW"})))
            @RequestParam(required = false) List<String> status,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false)
            Integer page,
            @Parameter(description = "Page size, 1 to pitwall.api.paging.max-size (200); default 20", example = "20")
            @RequestParam(required = false) Integer size);

    @Operation(summary = "Book a test drive in a free slot",
            description = "Needs an Idempotency-Key, with the same rules as POST /api/v1/bookings: a repeat with the "
                    + "same key and body answers exactly what the first request answered (plus "
                    + "Idempotent-Replayed: true) and never books twice; the same key with another body is 422.\n\n"
                    + "The vehicle must be the caller's own (a subscriber) or any vehicle with an ACTIVE "
                    + "subscription (SERVICE_ADVISOR and OPERATOR book for its subscriber, who drives). The dealer "
                    + "must be a DEALER of the model's brand, and startsAt a slot start it offers now. Pitwall picks "
                    + "a free demo car; when concurrent requests want the last one, exactly one gets it and the "
                    + "others are answered 409. Nobody is booked into two overlapping test drives. The driver gets "
                    + "a confirmation by e-mail and in-app (a SERVICE message, caused by the test drive).")
    @ApiResponse(responseCode = "201", description = "Booked; Location is the test drive",
            headers = {
                    @Header(name = "Location", description = "/api/v1/test-drives/{testDriveId}",
                            schema = @Schema(type = "string")),
                    @Header(name = StoredResponse.REPLAYED_HEADER, description = "true on the answer to a repeated "
                            + "Idempotency-Key", schema = @Schema(type = "string", allowableValues = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = TestDrive.class),
                    examples = @ExampleObject(value = TestDrive.EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "No or a malformed Idempotency-Key, or the body is invalid "
            + "(errors lists every bad field), including a dealer of another brand or a startsAt that is not a slot",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = {
                            @ExampleObject(name = "dealerId", value = WRONG_DEALER_EXAMPLE),
                            @ExampleObject(name = "startsAt", value = NOT_A_SLOT_EXAMPLE)}))
    @ApiResponse(responseCode = "404", description = "The vehicle is not the subscriber's own (or is unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = VEHICLE_NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "No demo car is free any more, the driver is on another test "
            + "drive then, or the vehicle has no active subscription", content = @Content(mediaType = PROBLEM,
                    schema = @Schema(implementation = ProblemDetail.class), examples = {
                            @ExampleObject(name = "slot taken", value = CAR_TAKEN_EXAMPLE),
                            @ExampleObject(name = "driver busy", value = DRIVER_BUSY_EXAMPLE)}))
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used before for another request",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = KEY_REUSED_EXAMPLE)))
    @PostMapping(path = "/test-drives", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> book(
            @Parameter(description = "A new key per test drive (e.g. a UUID), the same when repeating the request",
                    required = true, example = "4f9d6c1e-2b7a-4e3f-8a5d-1c0b9e8f7a6d")
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The test drive to book",
                    required = true) @RequestBody TestDriveRequest request);

    @Operation(summary = "One test drive")
    @ApiResponse(responseCode = "200", description = "The test drive")
    @ApiResponse(responseCode = "404", description = "No test drive with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/test-drives/{testDriveId}")
    TestDrive testDrive(@Parameter(description = "The test drive's id", example = TEST_DRIVE_ID_EXAMPLE)
            @PathVariable String testDriveId);

    @Operation(summary = "Cancel a test drive",
            description = "Frees the demo car at once. Only a BOOKED test drive that has not started is cancelled; "
                    + "cancelling a CANCELLED one changes nothing and answers 200 with it (safe to repeat).")
    @ApiResponse(responseCode = "200", description = "The cancelled test drive")
    @ApiResponse(responseCode = "404", description = "No test drive with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "It is no longer BOOKED, or has started",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_OPEN_EXAMPLE)))
    @PostMapping("/test-drives/{testDriveId}/cancel")
    TestDrive cancel(@Parameter(description = "The test drive's id", example = TEST_DRIVE_ID_EXAMPLE)
            @PathVariable String testDriveId);

    @Operation(summary = "Record how a test drive went",
            description = "For the dealer (SERVICE_ADVISOR, OPERATOR), from its start on: COMPLETED or NO_SHOW. "
                    + "Recording the outcome it already has changes nothing (safe to repeat); another is 409.")
    @ApiResponse(responseCode = "200", description = "The test drive with its outcome")
    @ApiResponse(responseCode = "400", description = "outcome is not COMPLETED or NO_SHOW",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_OUTCOME_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No test drive with this id",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "It has not started yet, or is no longer BOOKED",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = {
                            @ExampleObject(name = "not started", value = NOT_STARTED_EXAMPLE),
                            @ExampleObject(name = "not open", value = NOT_OPEN_EXAMPLE)}))
    @PostMapping(path = "/test-drives/{testDriveId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    TestDrive outcome(
            @Parameter(description = "The test drive's id", example = TEST_DRIVE_ID_EXAMPLE) @PathVariable
            String testDriveId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "How it went", required = true)
            @RequestBody OutcomeRequest request);
}
