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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of the calling subscriber's own data, with its OpenAPI description; {@link MeController}
 * implements it. The success example sits on {@link Me}; 401 and 403 answers are added to every operation by
 * {@code OpenApiConfiguration}.
 */
@Tag(name = "Me", description = "The calling subscriber: profile and subscriptions; their vehicles are at "
        + "/api/v1/vehicles (role SUBSCRIBER).")
@RequestMapping("/api/v1/me")
public interface MeApi {

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No subscriber with subscriberId 'sub-4711' is known.",
             "instance": "/api/v1/me", "parameter": "subscriberId"}""";

    String BAD_STATUS_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'status': expected one of ACTIVE, ENDED, CANCELLED, got 'PAUSED'.",
             "instance": "/api/v1/me/subscriptions", "parameter": "status",
             "expected": "one of ACTIVE, ENDED, CANCELLED"}""";

    @Operation(summary = "The calling subscriber and the vehicles they own now",
            description = "The subscriber is the token's subject. activeSubscriptions lists their ACTIVE "
                    + "subscriptions by VIN, at most pitwall.api.paging.max-size (200).")
    @ApiResponse(responseCode = "200", description = "The subscriber and their active subscriptions")
    @ApiResponse(responseCode = "404", description = "The token's subject is no registered subscriber",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping
    Me me();

    @Operation(summary = "The calling subscriber's subscriptions, newest first", description = "Pages are numbered "
            + "from 0; ended and cancelled subscriptions too unless status says otherwise.")
    @ApiResponse(responseCode = "200", description = "One page of the caller's subscriptions (empty for a subject "
            + "that is no registered subscriber)")
    @ApiResponse(responseCode = "400", description = "status, page or size is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_STATUS_EXAMPLE)))
    @GetMapping("/subscriptions")
    Page<Subscription> mySubscriptions(
            @Parameter(description = "Only in this status") @RequestParam(required = false) SubscriptionStatus status,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false)
            Integer page,
            @Parameter(description = "Page size, 1 to pitwall.api.paging.max-size (200); default 20", example = "20")
            @RequestParam(required = false) Integer size);
}
