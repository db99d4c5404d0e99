package dev.pitwall.api.subscription;

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
 * The HTTP contract of subscribers, with its OpenAPI description; {@link SubscriberController} implements it. The
 * success example sits on {@link Subscriber}; 401 and 403 answers are added to every operation by
 * {@code OpenApiConfiguration}.
 */
@Tag(name = "Subscribers", description = "The subscribers of the car-subscription service, identified by the subject "
        + "of their tokens (register: OPERATOR; read: OPERATOR, SERVICE_ADVISOR; a subscriber reads themselves at "
        + "/api/v1/me).")
@RequestMapping("/api/v1/subscribers")
public interface SubscriberApi {

    String BAD_BODY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'email': expected an e-mail address such as alex.berger@example.com, at most 320 characters, got 'alex.berger'.",
             "instance": "/api/v1/subscribers", "parameter": "email",
             "expected": "an e-mail address such as alex.berger@example.com, at most 320 characters",
             "errors": [{"parameter": "email",
                         "expected": "an e-mail address such as alex.berger@example.com, at most 320 characters",
                         "actual": "alex.berger"}]}""";

    String CONFLICT_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Conflicts with a stored subscriber",
             "status": 409,
             "detail": "Subscriber 'sub-4711' is already registered with email 'alex.berger@example.com'; this request has 'alex@example.org'. A subscriber is never overwritten: repeat the stored values, or register another subscriberId.",
             "instance": "/api/v1/subscribers", "parameter": "email"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No subscriber with subscriberId 'sub-4711' is known.",
             "instance": "/api/v1/subscribers/sub-4711", "parameter": "subscriberId"}""";

    @Operation(summary = "Register a subscriber",
            description = "subscriberId is the subject (sub claim) of the tokens the identity provider issues for the "
                    + "subscriber: with it their token finds their subscriptions. Repeating a request with the same "
                    + "values stores nothing and answers 200 (safe to retry); the same id with other values is "
                    + "refused with 409.")
    @ApiResponse(responseCode = "201", description = "Registered; Location is the subscriber")
    @ApiResponse(responseCode = "200", description = "A repeat of a registered subscriber: nothing was stored again")
    @ApiResponse(responseCode = "400", description = "The body is invalid; errors lists every bad field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_BODY_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The id belongs to a subscriber with other values",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = CONFLICT_EXAMPLE)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Subscriber> register(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The subscriber", required = true)
            @RequestBody SubscriberRequest request);

    @Operation(summary = "One subscriber")
    @ApiResponse(responseCode = "200", description = "The subscriber")
    @ApiResponse(responseCode = "404", description = "No subscriber has this id",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/{subscriberId}")
    Subscriber subscriber(@Parameter(description = "The subscriber's id", example = "sub-4711") @PathVariable
            String subscriberId);
}
