package dev.pitwall.api.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The HTTP contract of a subscriber's notification preferences, with its OpenAPI description;
 * {@link NotificationPreferencesController} implements it.
 */
@Tag(name = "Notification preferences", description = "Which purposes (SERVICE, MARKETING) the signed-in subscriber "
        + "receives on which channel (EMAIL, IN_APP, WEBHOOK). MARKETING needs an opt-in, SERVICE is sent unless "
        + "opted out (role SUBSCRIBER).")
@RequestMapping("/api/v1/me/notification-preferences")
public interface NotificationPreferencesApi {

    String BAD_BODY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'preferences[0].optedIn': expected true or false, got nothing.",
             "instance": "/api/v1/me/notification-preferences", "parameter": "preferences[0].optedIn",
             "expected": "true or false",
             "errors": [{"parameter": "preferences[0].optedIn", "expected": "true or false", "actual": null}]}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No subscriber with subscriberId 'sub-4711' is known.",
             "instance": "/api/v1/me/notification-preferences", "parameter": "subscriberId"}""";

    @Operation(summary = "The subscriber's notification preferences",
            description = "Every channel with every purpose: the explicit choice, if any, and whether messages are "
                    + "sent.")
    @ApiResponse(responseCode = "200", description = "The preferences")
    @ApiResponse(responseCode = "404", description = "The token's subject is not a known subscriber",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping
    NotificationPreferences preferences();

    @Operation(summary = "Record the subscriber's choices",
            description = "Sets each listed channel and purpose to opted in or out; the others keep their choice. "
                    + "Every change is kept with its time as evidence of consent; a choice that repeats the current "
                    + "one changes nothing, so the request may be repeated. An opt-out takes effect for messages "
                    + "still waiting to be sent too.")
    @ApiResponse(responseCode = "200", description = "The preferences after the change")
    @ApiResponse(responseCode = "400", description = "The body is invalid; errors lists every bad field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_BODY_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "The token's subject is not a known subscriber",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    NotificationPreferences update(@io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "The choices to record", required = true) @RequestBody PreferencesUpdate update);
}
