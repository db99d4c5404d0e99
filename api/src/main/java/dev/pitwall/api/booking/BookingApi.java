package dev.pitwall.api.booking;

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
 * The HTTP contract of maintenance bookings, with its OpenAPI description; {@link BookingController} implements it.
 * Success examples sit on {@link Booking} and the request records; 401 and 403 answers are added to every operation
 * by {@code OpenApiConfiguration}.
 */
@Tag(name = "Bookings", description = "Workshop visits: book a free slot (with an Idempotency-Key), list, "
        + "reschedule and cancel. Subscribers book and see their own vehicles' visits; SERVICE_ADVISOR and OPERATOR "
        + "book on a subscriber's behalf and see every visit. A booking of a vehicle or a booking id the caller may "
        + "not see is answered 404, as if it did not exist.")
@RequestMapping("/api/v1/bookings")
public interface BookingApi {

    String BOOKING_ID_EXAMPLE = "0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90";
    String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    String MISSING_KEY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'Idempotency-Key': expected a key of 1 to 255 visible ASCII characters, new for each request and the same when repeating it, e.g. a UUID, got 'no header'.",
             "instance": "/api/v1/bookings", "parameter": "Idempotency-Key",
             "expected": "a key of 1 to 255 visible ASCII characters, new for each request and the same when repeating it, e.g. a UUID"}""";

    String BAD_BODY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'serviceTypes[1]': expected one of OIL_SERVICE, BRAKE_INSPECTION, TIRE_ROTATION, ANNUAL_INSPECTION, BATTERY_CHECK, COOLANT_SERVICE, BRAKE_FLUID, SPARK_PLUGS, CABIN_FILTER, AIR_FILTER, got 'OIL_CHANGE'. Invalid 'pickupAddress': expected the address to collect the vehicle from, 1 to 500 characters, when pickupAndDelivery is true, got nothing.",
             "instance": "/api/v1/bookings", "parameter": "serviceTypes[1]",
             "expected": "one of OIL_SERVICE, BRAKE_INSPECTION, TIRE_ROTATION, ANNUAL_INSPECTION, BATTERY_CHECK, COOLANT_SERVICE, BRAKE_FLUID, SPARK_PLUGS, CABIN_FILTER, AIR_FILTER",
             "errors": [
               {"parameter": "serviceTypes[1]", "expected": "one of OIL_SERVICE, BRAKE_INSPECTION, TIRE_ROTATION, ANNUAL_INSPECTION, BATTERY_CHECK, COOLANT_SERVICE, BRAKE_FLUID, SPARK_PLUGS, CABIN_FILTER, AIR_FILTER", "actual": "OIL_CHANGE"},
               {"parameter": "pickupAddress", "expected": "the address to collect the vehicle from, 1 to 500 characters, when pickupAndDelivery is true", "actual": null}]}""";

    String NOT_A_SLOT_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'startsAt': expected the start of a slot workshop ws-001 offers for a 75-minute visit (GET /api/v1/workshops/ws-001/slots?service=OIL_SERVICE,CABIN_FILTER), got '2026-02-02T11:10:00Z'.",
             "instance": "/api/v1/bookings", "parameter": "startsAt",
             "expected": "the start of a slot workshop ws-001 offers for a 75-minute visit (GET /api/v1/workshops/ws-001/slots?service=OIL_SERVICE,CABIN_FILTER)",
             "errors": [{"parameter": "startsAt", "expected": "the start of a slot workshop ws-001 offers for a 75-minute visit (GET /api/v1/workshops/ws-001/slots?service=OIL_SERVICE,CABIN_FILTER)", "actual": "2026-02-02T11:10:00Z"}]}""";

    String VEHICLE_NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No vehicle with vin 'WVWZZZCDZLW123456' is known.",
             "instance": "/api/v1/bookings", "parameter": "vin"}""";

    String SLOT_TAKEN_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Slot taken", "status": 409,
             "detail": "Workshop ws-001 has no bay free for the whole visit from 2026-02-02T08:00:00Z any more. Search its slots again (GET /api/v1/workshops/ws-001/slots) and pick another.",
             "instance": "/api/v1/bookings", "parameter": "startsAt"}""";

    String NO_COURTESY_CAR_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "No courtesy car free", "status": 409,
             "detail": "Workshop ws-001 has no courtesy car free for the whole visit from 2026-02-02T08:00:00Z. Book without one, or pick a slot with courtesyCarsFree above 0 (courtesyCar=true in the slot search).",
             "instance": "/api/v1/bookings", "parameter": "courtesyCar"}""";

    String NO_SUBSCRIBER_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Vehicle has no active subscription",
             "status": 409, "detail": "Vehicle WVWZZZCDZLW123456 has no ACTIVE subscription, so there is no subscriber to book the visit for. A booking needs the vehicle's current subscriber.",
             "instance": "/api/v1/bookings", "parameter": "vin"}""";

    String VEHICLE_BUSY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Vehicle already booked", "status": 409,
             "detail": "Vehicle WVWZZZCDZLW123456 already has a visit booked that overlaps the one from 2026-02-02T08:00:00Z. Cancel or reschedule that one first (GET /api/v1/bookings?vin=WVWZZZCDZLW123456&status=BOOKED).",
             "instance": "/api/v1/bookings", "parameter": "startsAt"}""";

    String KEY_REUSED_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/idempotency-key-reused", "title": "Idempotency key reused",
             "status": 422, "detail": "The Idempotency-Key '4f9d6c1e-2b7a-4e3f-8a5d-1c0b9e8f7a6d' was already used for a POST /api/v1/bookings request with another body. A repeated request must be identical to the first; send a new key for a new request.",
             "instance": "/api/v1/bookings", "parameter": "Idempotency-Key"}""";

    String BAD_BOOKING_ID_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'bookingId': expected a UUID such as 0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90, got 'booking-7'.",
             "instance": "/api/v1/bookings/booking-7", "parameter": "bookingId",
             "expected": "a UUID such as 0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90"}""";

    String BOOKING_NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No booking with bookingId '0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90' is known.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90", "parameter": "bookingId"}""";

    String NOT_CHANGEABLE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Booking cannot change", "status": 409,
             "detail": "Booking 0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90 is CANCELLED: only a BOOKED visit can be rescheduled.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/reschedule",
             "parameter": "bookingId", "currentStatus": "CANCELLED"}""";

    String CHECKED_IN_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Booking cannot change", "status": 409,
             "detail": "Booking 0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90 is CHECKED_IN: only a BOOKED visit can be cancelled.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/cancel",
             "parameter": "bookingId", "currentStatus": "CHECKED_IN"}""";

    String STALE_VERSION_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Booking has changed", "status": 409,
             "detail": "Booking 0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90 is at version 2, not 1: it changed since it was read. Read it again and decide on its current state.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/reschedule",
             "parameter": "version", "currentVersion": 2}""";

    String BAD_STATUS_FILTER_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'status': expected one or more of BOOKED, CHECKED_IN, INSPECTING, AWAITING_APPROVAL, IN_PROGRESS, READY, COLLECTED, CANCELLED, separated by commas, got 'OPEN'.",
             "instance": "/api/v1/bookings", "parameter": "status",
             "expected": "one or more of BOOKED, CHECKED_IN, INSPECTING, AWAITING_APPROVAL, IN_PROGRESS, READY, COLLECTED, CANCELLED, separated by commas"}""";

    @Operation(summary = "Bookings the caller may see, latest start first",
            description = "A subscriber sees the visits booked for them of the vehicles they subscribe; "
                    + "SERVICE_ADVISOR and OPERATOR see all. Filters combine (AND). Pages are numbered from 0.")
    @ApiResponse(responseCode = "200", description = "One page of bookings")
    @ApiResponse(responseCode = "400", description = "vin, status, page or size is invalid",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "status", value = BAD_STATUS_FILTER_EXAMPLE)))
    @GetMapping
    Page<Booking> bookings(
            @Parameter(description = "Only this vehicle's bookings", example = "WVWZZZCDZLW123456")
            @RequestParam(required = false) String vin,
            @Parameter(description = "Only this workshop's bookings", example = "ws-001")
            @RequestParam(required = false) String workshopId,
            @Parameter(description = "Only bookings in one of these statuses (any case, comma-separated or "
                    + "repeated); BOOKED lists the visits still to come", example = "BOOKED",
                    array = @ArraySchema(schema = @Schema(allowableValues = {"BOOKED", "CHECKED_IN", "INSPECTING",
                            "AWAITING_APPROVAL", "IN_PROGRESS", "READY", "COLLECTED", "CANCELLED"})))
            @RequestParam(required = false) List<String> status,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false)
            Integer page,
            @Parameter(description = "Page size, 1 to pitwall.api.paging.max-size (200); default 20", example = "20")
            @RequestParam(required = false) Integer size);

    @Operation(summary = "Book a workshop visit in a free slot",
            description = "Needs an Idempotency-Key: a new key per intended booking, the same key when repeating "
                    + "the request (after a timeout, say). A repeat with the same key and body answers exactly what "
                    + "the first request answered (status, body and Location, byte for byte, plus the header "
                    + "Idempotent-Replayed: true), also while the first is still running; it never books twice. "
                    + "The same key with another body is refused with 422. A request that failed (4xx, 5xx) stored "
                    + "nothing: repeat it with the same key once its cause is fixed. Keys are per caller.\n\n"
                    + "The vehicle must be the caller's own (a subscriber) or any vehicle with an ACTIVE "
                    + "subscription (SERVICE_ADVISOR and OPERATOR book for its subscriber). The workshop must be a "
                    + "WORKSHOP or DEALER offering every service type, and startsAt a slot start it offers now "
                    + "(GET /api/v1/workshops/{workshopId}/slots): on its grid, within one opening interval, at "
                    + "least pitwall.booking.lead-time (2h) from now and at most max-horizon (60 days) ahead. "
                    + "Pitwall picks a free bay; when concurrent requests want the last one, exactly one gets it "
                    + "and the others are answered 409. A courtesy car is lent only while one is free for the "
                    + "whole visit.")
    @ApiResponse(responseCode = "201", description = "Booked; Location is the booking",
            headers = {
                    @Header(name = "Location", description = "/api/v1/bookings/{bookingId}",
                            schema = @Schema(type = "string")),
                    @Header(name = StoredResponse.REPLAYED_HEADER, description = "true on the answer to a repeated "
                            + "Idempotency-Key: everything else is the first response's", schema = @Schema(
                                    type = "string", allowableValues = "true"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = Booking.class),
                    examples = @ExampleObject(value = Booking.EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "No or a malformed Idempotency-Key, or the body is invalid "
            + "(errors lists every bad field), including a workshop that does not offer the services or a startsAt "
            + "that is not a slot it offers", content = @Content(mediaType = PROBLEM,
                    schema = @Schema(implementation = ProblemDetail.class), examples = {
                            @ExampleObject(name = "Idempotency-Key", value = MISSING_KEY_EXAMPLE),
                            @ExampleObject(name = "body", value = BAD_BODY_EXAMPLE),
                            @ExampleObject(name = "startsAt", value = NOT_A_SLOT_EXAMPLE)}))
    @ApiResponse(responseCode = "404", description = "The vehicle is not the subscriber's own (or is unknown)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = VEHICLE_NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "No bay or no courtesy car is free any more, the vehicle is "
            + "booked elsewhere then, or it has no active subscription", content = @Content(mediaType = PROBLEM,
                    schema = @Schema(implementation = ProblemDetail.class), examples = {
                            @ExampleObject(name = "slot taken", value = SLOT_TAKEN_EXAMPLE),
                            @ExampleObject(name = "courtesy car", value = NO_COURTESY_CAR_EXAMPLE),
                            @ExampleObject(name = "vehicle busy", value = VEHICLE_BUSY_EXAMPLE),
                            @ExampleObject(name = "no subscriber", value = NO_SUBSCRIBER_EXAMPLE)}))
    @ApiResponse(responseCode = "422", description = "The Idempotency-Key was used before for another request",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = KEY_REUSED_EXAMPLE)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> book(
            @Parameter(description = "A new key per booking (e.g. a UUID), the same when repeating the request; "
                    + "1 to 255 visible ASCII characters", required = true,
                    example = "4f9d6c1e-2b7a-4e3f-8a5d-1c0b9e8f7a6d")
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The visit to book", required = true)
            @RequestBody BookingRequest request);

    @Operation(summary = "One booking")
    @ApiResponse(responseCode = "200", description = "The booking")
    @ApiResponse(responseCode = "400", description = "bookingId is not a UUID",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_BOOKING_ID_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BOOKING_NOT_FOUND_EXAMPLE)))
    @GetMapping("/{bookingId}")
    Booking booking(@Parameter(description = "The booking's id", example = BOOKING_ID_EXAMPLE) @PathVariable
            String bookingId);

    @Operation(summary = "Move a booking to another slot of its workshop",
            description = "Same rules as a new booking: startsAt must be a slot the workshop offers now for the "
                    + "booking's services, with a bay (re-chosen by Pitwall) and, for a booking with a courtesy car, "
                    + "a car free. The booking keeps its id; its one row moves, so there are never two live "
                    + "bookings for it, and version goes up by 1. Only a BOOKED visit moves. Safe to repeat without "
                    + "an Idempotency-Key: asking for the start the booking already has changes nothing and answers "
                    + "200 with it. With version, a booking that changed since is not moved (409).")
    @ApiResponse(responseCode = "200", description = "The booking at its new start")
    @ApiResponse(responseCode = "400", description = "bookingId or the body is invalid, or startsAt is not a slot "
            + "the workshop offers", content = @Content(mediaType = PROBLEM,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_A_SLOT_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BOOKING_NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The booking is no longer BOOKED or has another version, or "
            + "the new slot has no bay or courtesy car free", content = @Content(mediaType = PROBLEM,
                    schema = @Schema(implementation = ProblemDetail.class), examples = {
                            @ExampleObject(name = "status", value = NOT_CHANGEABLE_EXAMPLE),
                            @ExampleObject(name = "version", value = STALE_VERSION_EXAMPLE),
                            @ExampleObject(name = "slot taken", value = SLOT_TAKEN_EXAMPLE)}))
    @PostMapping(path = "/{bookingId}/reschedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    Booking reschedule(
            @Parameter(description = "The booking's id", example = BOOKING_ID_EXAMPLE) @PathVariable String bookingId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The new start", required = true)
            @RequestBody RescheduleRequest request);

    @Operation(summary = "Cancel a booking",
            description = "Frees the bay and courtesy car at once. Only a BOOKED visit is cancelled; cancelling "
                    + "a CANCELLED one changes nothing and answers 200 with it, so the request is safe to repeat.")
    @ApiResponse(responseCode = "200", description = "The cancelled booking")
    @ApiResponse(responseCode = "400", description = "bookingId is not a UUID",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_BOOKING_ID_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BOOKING_NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The vehicle is already checked in (or further)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = CHECKED_IN_EXAMPLE)))
    @PostMapping("/{bookingId}/cancel")
    Booking cancel(@Parameter(description = "The booking's id", example = BOOKING_ID_EXAMPLE) @PathVariable
            String bookingId);
}
