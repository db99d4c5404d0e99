package dev.pitwall.api.subscription;

import dev.pitwall.api.web.Page;
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
 * The HTTP contract of subscriptions, with its OpenAPI description; {@link SubscriptionController} implements it.
 * The success example sits on {@link Subscription}; 401 and 403 answers are added to every operation by
 * {@code OpenApiConfiguration}.
 */
@Tag(name = "Subscriptions", description = "A subscriber's plan on one vehicle; while ACTIVE the subscriber owns the "
        + "vehicle in Pitwall and sees it through the vehicle endpoints (create and end: OPERATOR; list: OPERATOR, "
        + "SERVICE_ADVISOR; one: OPERATOR, SERVICE_ADVISOR, and SUBSCRIBER for their own).")
@RequestMapping("/api/v1/subscriptions")
public interface SubscriptionApi {

    String SUBSCRIPTION_ID_EXAMPLE = "0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10";
    String SUBSCRIPTION_ID_DESCRIPTION = "The subscription's id, a UUID";

    String BAD_BODY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'subscriberId': expected a registered subscriber's id (register them with POST /api/v1/subscribers first), got 'sub-0815'. Invalid 'endsOn': expected a date after startsOn (2026-02-01), got '2026-01-01'.",
             "instance": "/api/v1/subscriptions", "parameter": "subscriberId",
             "expected": "a registered subscriber's id (register them with POST /api/v1/subscribers first)",
             "errors": [
               {"parameter": "subscriberId", "expected": "a registered subscriber's id (register them with POST /api/v1/subscribers first)", "actual": "sub-0815"},
               {"parameter": "endsOn", "expected": "a date after startsOn (2026-02-01)", "actual": "2026-01-01"}]}""";

    String ACTIVE_CONFLICT_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "The vehicle already has an active subscription",
             "status": 409,
             "detail": "Vehicle WVWZZZCDZLW123456 already has the active subscription 0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10 (since 2026-02-01). End it (POST /api/v1/subscriptions/0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10/end) before the vehicle gets another subscription.",
             "instance": "/api/v1/subscriptions", "parameter": "vin",
             "subscriptionId": "0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10"}""";

    String ENDED_CONFLICT_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "The subscription has ended already",
             "status": 409,
             "detail": "Subscription 0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10 is CANCELLED already; it cannot become ENDED (ENDED and CANCELLED are final).",
             "instance": "/api/v1/subscriptions/0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10/end", "parameter": "status",
             "currentStatus": "CANCELLED"}""";

    String BAD_ID_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'subscriptionId': expected a UUID such as 0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10, got '42'.",
             "instance": "/api/v1/subscriptions/42", "parameter": "subscriptionId",
             "expected": "a UUID such as 0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No subscription with subscriptionId '0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10' is known.",
             "instance": "/api/v1/subscriptions/0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10", "parameter": "subscriptionId"}""";

    @Operation(summary = "Record a subscription: its subscriber owns the vehicle from now on",
            description = "The subscription starts ACTIVE. A vehicle has at most one ACTIVE subscription: a second "
                    + "one is refused with 409 naming the active one's subscriptionId (also what a retry of a "
                    + "request whose answer was lost gets: read it there). The subscriber must be registered; the "
                    + "vehicle need not have reported yet.")
    @ApiResponse(responseCode = "201", description = "Recorded; Location is the subscription")
    @ApiResponse(responseCode = "400", description = "The body is invalid; errors lists every bad field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_BODY_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The vehicle has an active subscription already",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ACTIVE_CONFLICT_EXAMPLE)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Subscription> subscribe(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The subscription", required = true)
            @RequestBody SubscriptionRequest request);

    @Operation(summary = "Subscriptions, newest first",
            description = "Filters combine. A vehicle's owner now: vin=...&status=ACTIVE. Pages are numbered from 0.")
    @ApiResponse(responseCode = "200", description = "One page of subscriptions, newest first")
    @ApiResponse(responseCode = "400", description = "vin, status, page or size is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_ID_EXAMPLE)))
    @GetMapping
    Page<Subscription> subscriptions(
            @Parameter(description = "Only this vehicle's: 17 characters, digits and capital letters except I, O and "
                    + "Q", example = "WVWZZZCDZLW123456") @RequestParam(required = false) String vin,
            @Parameter(description = "Only this subscriber's", example = "sub-4711")
            @RequestParam(required = false) String subscriberId,
            @Parameter(description = "Only in this status") @RequestParam(required = false) SubscriptionStatus status,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false)
            Integer page,
            @Parameter(description = "Page size, 1 to pitwall.api.paging.max-size (200); default 20", example = "20")
            @RequestParam(required = false) Integer size);

    @Operation(summary = "One subscription",
            description = "A subscriber reads only their own; another subscriber's is answered 404 like an unknown "
                    + "one.")
    @ApiResponse(responseCode = "200", description = "The subscription")
    @ApiResponse(responseCode = "400", description = "subscriptionId is not a UUID",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_ID_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No subscription with this id, or not the calling subscriber's",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/{subscriptionId}")
    Subscription subscription(@Parameter(description = SUBSCRIPTION_ID_DESCRIPTION, example = SUBSCRIPTION_ID_EXAMPLE)
            @PathVariable String subscriptionId);

    @Operation(summary = "End an active subscription: ENDED or CANCELLED",
            description = "Its subscriber no longer owns the vehicle, at once: the vehicle endpoints answer them 404 "
                    + "from now on, and the vehicle may get a new subscription. endsOn stays the agreed date. Ending a "
                    + "subscription the way it already ended changes nothing and answers 200 (safe to retry); "
                    + "ending it the other way is refused with 409.")
    @ApiResponse(responseCode = "200", description = "The subscription after the change")
    @ApiResponse(responseCode = "400", description = "subscriptionId or the body is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_ID_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No subscription with this id",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The subscription ended the other way already",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ENDED_CONFLICT_EXAMPLE)))
    @PostMapping(path = "/{subscriptionId}/end", consumes = MediaType.APPLICATION_JSON_VALUE)
    Subscription end(
            @Parameter(description = SUBSCRIPTION_ID_DESCRIPTION, example = SUBSCRIPTION_ID_EXAMPLE) @PathVariable
            String subscriptionId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "How it ends", required = true)
            @RequestBody SubscriptionEnding ending);
}
