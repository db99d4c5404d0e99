package dev.pitwall.api.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The tracked links of marketing messages, with their OpenAPI description; {@link ClickController} implements it.
 * Public: a subscriber follows the link from an e-mail or the inbox, without a bearer token.
 */
@Tag(name = "Tracked links", description = "The links in marketing messages: following one counts the click for the "
        + "campaign's results, then redirects to the message's target.")
@SecurityRequirements
public interface ClickApi {

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No link with notificationId '3d6f2a1b-8c4e-4b7a-9e2f-5a1c7d3e9b20' is known.",
             "instance": "/api/v1/links/3d6f2a1b-8c4e-4b7a-9e2f-5a1c7d3e9b20", "parameter": "notificationId"}""";

    @Operation(summary = "Follow a marketing message's link",
            description = "Records the first click (clicked_at, and opened_at if not yet set: whoever clicked has "
                    + "opened the message) and answers 302 to the message's deep link. Every later click redirects "
                    + "too and changes nothing. Only MARKETING messages with a deep link have such a link.")
    @ApiResponse(responseCode = "302", description = "To the message's deep link",
            headers = @Header(name = "Location", description = "The deep link the message was sent with",
                    schema = @Schema(type = "string", example = "https://portal.pitwall.dev/offers/winter-tyres")))
    @ApiResponse(responseCode = "404", description = "No marketing message with a link has this id",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/api/v1/links/{notificationId}")
    ResponseEntity<Void> follow(@Parameter(description = "The message's id, from the link",
            example = "3d6f2a1b-8c4e-4b7a-9e2f-5a1c7d3e9b20") @PathVariable String notificationId);
}
