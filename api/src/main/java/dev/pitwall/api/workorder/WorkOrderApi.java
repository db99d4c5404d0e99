package dev.pitwall.api.workorder;

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

/**
 * The HTTP contract of work orders, with its OpenAPI description; {@link WorkOrderController} implements it. Every
 * route is under the booking, so whoever may not see the booking gets the booking's 404.
 */
@Tag(name = "Work orders", description = "A booked visit from check-in to collection (docs/work-orders.md): the "
        + "workshop (SERVICE_ADVISOR, OPERATOR) checks the vehicle in, inspects it and sends a quote; the customer "
        + "(the SUBSCRIBER, or an OPERATOR on their behalf) approves or declines it; the workshop does the work, "
        + "marks it ready (which records the booked services in the service book) and hands the vehicle over; "
        + "the subscriber answers the survey. A booking the caller may not see is answered 404.")
@RequestMapping("/api/v1/bookings/{bookingId}")
public interface WorkOrderApi {

    String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    String BOOKING_ID_EXAMPLE = "0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No booking with bookingId '0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90' is known.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/work-order", "parameter": "bookingId"}""";

    String ILLEGAL_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Work order cannot do this now", "status": 409,
             "detail": "Cannot start work on a work order that is AWAITING_APPROVAL: work starts from INSPECTING when nothing needs approval, else by approving the quote.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/start-work",
             "parameter": "bookingId", "currentStatus": "AWAITING_APPROVAL"}""";

    String CHANGED_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Work order has changed", "status": 409,
             "detail": "Work order 0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90 was changed by another request while this one ran; it is now IN_PROGRESS. Read it again (GET /api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/work-order) and decide on its current state.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/quote/decline",
             "parameter": "bookingId", "currentStatus": "IN_PROGRESS"}""";

    String QUOTE_CHANGED_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Quote has changed", "status": 409,
             "detail": "Work order 0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90 awaits a decision on quote version 2, not 1: the workshop revised it. Read the new version and decide on it.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/quote/approve",
             "parameter": "quoteVersion", "currentStatus": "AWAITING_APPROVAL", "currentQuoteVersion": 2}""";

    String BAD_QUOTE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'lines[0].labour': expected an amount from 0 to 100000 with at most 2 decimals, got '-5'.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/quote", "parameter": "lines[0].labour",
             "expected": "an amount from 0 to 100000 with at most 2 decimals",
             "errors": [{"parameter": "lines[0].labour", "expected": "an amount from 0 to 100000 with at most 2 decimals", "actual": "-5"}]}""";

    String BAD_DECISION_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'approvedOptionalLines[0]': expected the number of an optional line, each once: one of [2], got '1'.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/quote/approve",
             "parameter": "approvedOptionalLines[0]", "expected": "the number of an optional line, each once: one of [2]",
             "errors": [{"parameter": "approvedOptionalLines[0]", "expected": "the number of an optional line, each once: one of [2]", "actual": "1"}]}""";

    String SURVEY_ANSWERED_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Survey already answered", "status": 409,
             "detail": "The survey of booking 0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90 was answered already; it is answered once per visit.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/survey", "parameter": "bookingId"}""";

    String BAD_SURVEY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'rating': expected a whole number of stars from 1 to 5, got '6'.",
             "instance": "/api/v1/bookings/0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90/survey", "parameter": "rating",
             "expected": "a whole number of stars from 1 to 5",
             "errors": [{"parameter": "rating", "expected": "a whole number of stars from 1 to 5", "actual": "6"}]}""";

    @Operation(summary = "A booking's work order",
            description = "Status, the actions the caller may take now, every quote version, the checklist with "
                    + "its photos, the survey and the history.")
    @ApiResponse(responseCode = "200", description = "The work order", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.class),
            examples = @ExampleObject(value = WorkOrder.EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/work-order")
    WorkOrder workOrder(@Parameter(example = BOOKING_ID_EXAMPLE) @PathVariable String bookingId);

    @Operation(summary = "Check the vehicle in (BOOKED → CHECKED_IN)", description = "Workshop only.")
    @ApiResponse(responseCode = "200", description = "The work order after the step", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.class),
            examples = @ExampleObject(value = WorkOrder.EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not BOOKED (currentStatus says what it is), or changed by a "
            + "concurrent request", content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "status", value = ILLEGAL_EXAMPLE),
                    @ExampleObject(name = "changed", value = CHANGED_EXAMPLE)}))
    @PostMapping("/check-in")
    WorkOrder checkIn(@Parameter(example = BOOKING_ID_EXAMPLE) @PathVariable String bookingId);

    @Operation(summary = "Start the inspection (CHECKED_IN → INSPECTING)", description = "Workshop only.")
    @ApiResponse(responseCode = "200", description = "The work order after the step", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.class),
            examples = @ExampleObject(value = WorkOrder.EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not CHECKED_IN", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(value = ILLEGAL_EXAMPLE)))
    @PostMapping("/start-inspection")
    WorkOrder startInspection(@Parameter(example = BOOKING_ID_EXAMPLE) @PathVariable String bookingId);

    @Operation(summary = "Send a quote (INSPECTING → AWAITING_APPROVAL)",
            description = "Workshop only. While AWAITING_APPROVAL, a new quote is a revision: the next version, "
                    + "superseding the pending one. After a declined quote, a new one asks again.")
    @ApiResponse(responseCode = "200", description = "The work order with the new quote version", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.class),
            examples = @ExampleObject(value = WorkOrder.EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "The quote breaks a rule; errors lists every bad field",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = BAD_QUOTE_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Neither INSPECTING nor AWAITING_APPROVAL",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ILLEGAL_EXAMPLE)))
    @PostMapping(path = "/quote", consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkOrder sendQuote(@Parameter(example = BOOKING_ID_EXAMPLE) @PathVariable String bookingId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true) @RequestBody QuoteRequest request);

    @Operation(summary = "Approve the pending quote (AWAITING_APPROVAL → IN_PROGRESS)",
            description = "The subscriber (or an OPERATOR on their behalf). Orders every mandatory line and the "
                    + "optional lines named; quoteVersion must be the pending version. Of an approve and a decline "
                    + "sent at once, exactly one applies; the other is answered 409.")
    @ApiResponse(responseCode = "200", description = "The work order, now IN_PROGRESS", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.class),
            examples = @ExampleObject(value = WorkOrder.EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "quoteVersion missing or a line that is not optional",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = BAD_DECISION_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not awaiting approval, decided meanwhile, or the quote was "
            + "revised", content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "status", value = ILLEGAL_EXAMPLE),
                    @ExampleObject(name = "changed", value = CHANGED_EXAMPLE),
                    @ExampleObject(name = "quoteVersion", value = QUOTE_CHANGED_EXAMPLE)}))
    @PostMapping(path = "/quote/approve", consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkOrder approveQuote(@Parameter(example = BOOKING_ID_EXAMPLE) @PathVariable String bookingId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true)
            @RequestBody QuoteDecisionRequest request);

    @Operation(summary = "Decline the pending quote (AWAITING_APPROVAL → INSPECTING)",
            description = "The subscriber (or an OPERATOR on their behalf). The order goes back to the workshop, "
                    + "which sends a revised quote or hands the vehicle back without work (ready).")
    @ApiResponse(responseCode = "200", description = "The work order, INSPECTING again", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.class),
            examples = @ExampleObject(value = WorkOrder.EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "quoteVersion missing", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(value = BAD_DECISION_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not awaiting approval, decided meanwhile, or the quote was "
            + "revised", content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "changed", value = CHANGED_EXAMPLE),
                    @ExampleObject(name = "quoteVersion", value = QUOTE_CHANGED_EXAMPLE)}))
    @PostMapping(path = "/quote/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkOrder declineQuote(@Parameter(example = BOOKING_ID_EXAMPLE) @PathVariable String bookingId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true)
            @RequestBody QuoteDecisionRequest request);

    @Operation(summary = "Start work without a quote (INSPECTING → IN_PROGRESS)",
            description = "Workshop only, and only when no quote was sent: once one was, only approving starts work.")
    @ApiResponse(responseCode = "200", description = "The work order, IN_PROGRESS", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.class),
            examples = @ExampleObject(value = WorkOrder.EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not INSPECTING, or a quote was sent",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ILLEGAL_EXAMPLE)))
    @PostMapping("/start-work")
    WorkOrder startWork(@Parameter(example = BOOKING_ID_EXAMPLE) @PathVariable String bookingId);

    @Operation(summary = "Mark the vehicle ready (IN_PROGRESS → READY)",
            description = "Workshop only. Records the booked services in the service book (source booking, "
                    + "performed now, at odometerKm or the newest reported odometer) and queues their "
                    + "service-records.v1 events, in the same transaction. From INSPECTING after a declined quote "
                    + "it hands the vehicle back without work and records nothing. The body is optional.")
    @ApiResponse(responseCode = "200", description = "The work order, READY", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.class),
            examples = @ExampleObject(value = WorkOrder.EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "The odometer breaks the service book's rules, or none is "
            + "known", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not IN_PROGRESS (nor INSPECTING after a declined quote)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = ILLEGAL_EXAMPLE)))
    @PostMapping("/ready")
    WorkOrder ready(@Parameter(example = BOOKING_ID_EXAMPLE) @PathVariable String bookingId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false)
            @RequestBody(required = false) CompletionRequest request);

    @Operation(summary = "Hand the vehicle over (READY → COLLECTED)",
            description = "Workshop only. Opens the survey.")
    @ApiResponse(responseCode = "200", description = "The work order, COLLECTED", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.class),
            examples = @ExampleObject(value = WorkOrder.EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not READY", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(value = ILLEGAL_EXAMPLE)))
    @PostMapping("/collect")
    WorkOrder collect(@Parameter(example = BOOKING_ID_EXAMPLE) @PathVariable String bookingId);

    @Operation(summary = "Answer the satisfaction survey", description = "The subscriber, once per visit, after "
            + "it was COLLECTED.")
    @ApiResponse(responseCode = "201", description = "The stored answers", content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = WorkOrder.SurveyView.class),
            examples = @ExampleObject(value = """
                    {"rating": 5, "recommend": 9, "comment": "Quick, and the quote was clear.",
                     "submittedBy": "sub-4711", "submittedAt": "2026-02-03T17:00:00Z"}""")))
    @ApiResponse(responseCode = "400", description = "An answer out of range", content = @Content(
            mediaType = PROBLEM, examples = @ExampleObject(value = BAD_SURVEY_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No booking with this id that the caller may see",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "Not COLLECTED yet, or answered already",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = SURVEY_ANSWERED_EXAMPLE)))
    @PostMapping(path = "/survey", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WorkOrder.SurveyView> survey(@Parameter(example = BOOKING_ID_EXAMPLE) @PathVariable String bookingId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true) @RequestBody SurveyRequest request);
}
