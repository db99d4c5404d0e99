package dev.pitwall.api.notification;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The HTTP contract of webhook endpoints, with its OpenAPI description; {@link WebhookController} implements it. */
@Tag(name = "Webhooks", description = "Endpoints that receive WEBHOOK messages as signed JSON POSTs, retried with "
        + "backoff (role OPERATOR). How to verify the Pitwall-Signature header: docs/notifications.md.")
@RequestMapping("/api/v1/webhooks")
public interface WebhookApi {

    String BAD_BODY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'url': expected an absolute http or https URL of at most 2000 characters, e.g. https://push.example.com/pitwall, got 'push.example.com'.",
             "instance": "/api/v1/webhooks", "parameter": "url",
             "expected": "an absolute http or https URL of at most 2000 characters, e.g. https://push.example.com/pitwall",
             "errors": [{"parameter": "url", "expected": "an absolute http or https URL of at most 2000 characters, e.g. https://push.example.com/pitwall", "actual": "push.example.com"}]}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No webhook endpoint with webhookId '0b8f6c1e-3a2d-4f5b-9c7e-1d2a3b4c5d6e' is known.",
             "instance": "/api/v1/webhooks/0b8f6c1e-3a2d-4f5b-9c7e-1d2a3b4c5d6e", "parameter": "webhookId"}""";

    @Operation(summary = "Register a webhook endpoint",
            description = "Messages whose cause kind is among events are POSTed to url from now on. The answer holds "
                    + "the endpoint's signing secret, the only time it is shown.")
    @ApiResponse(responseCode = "201", description = "Registered; the body holds the secret")
    @ApiResponse(responseCode = "400", description = "The body is invalid; errors lists every bad field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_BODY_EXAMPLE)))
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<WebhookEndpoint> register(@io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The endpoint", required = true) @RequestBody NewWebhookEndpoint request);

    @Operation(summary = "The active webhook endpoints, newest first", description = "Without their secrets.")
    @ApiResponse(responseCode = "200", description = "One page of endpoints")
    @GetMapping
    Page<WebhookEndpoint> endpoints(
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size", example = "20") @RequestParam(required = false) Integer size);

    @Operation(summary = "Remove a webhook endpoint",
            description = "It receives nothing more; its messages still waiting are suppressed (NO_ADDRESS). The "
                    + "messages sent to it keep their reference.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No active endpoint has this id",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @DeleteMapping("/{webhookId}")
    ResponseEntity<Void> remove(@Parameter(description = "The endpoint's id, a UUID",
            example = "0b8f6c1e-3a2d-4f5b-9c7e-1d2a3b4c5d6e") @PathVariable String webhookId);
}
