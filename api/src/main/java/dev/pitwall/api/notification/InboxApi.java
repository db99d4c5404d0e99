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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of a subscriber's in-app inbox, with its OpenAPI description; {@link InboxController}
 * implements it. 401 and 403 answers are added to every operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Inbox", description = "The signed-in subscriber's in-app messages: service prompts, offers and campaign "
        + "messages they consented to (role SUBSCRIBER).")
@RequestMapping("/api/v1/me/inbox")
public interface InboxApi {

    String BAD_PAGE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'size': expected an integer from 1 to 200, got '500'.",
             "instance": "/api/v1/me/inbox", "parameter": "size", "expected": "an integer from 1 to 200"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No inbox message with messageId '3d6f2a1b-8c4e-4b7a-9e2f-5a1c7d3e9b20' is known.",
             "instance": "/api/v1/me/inbox/3d6f2a1b-8c4e-4b7a-9e2f-5a1c7d3e9b20/read", "parameter": "messageId"}""";

    @Operation(summary = "The subscriber's in-app messages, newest first",
            description = "Messages delivered to the inbox of the subscriber the token names. Pages are numbered "
                    + "from 0.")
    @ApiResponse(responseCode = "200", description = "One page of messages")
    @ApiResponse(responseCode = "400", description = "page or size is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_PAGE_EXAMPLE)))
    @GetMapping
    Page<InboxMessage> inbox(
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size", example = "20") @RequestParam(required = false) Integer size);

    @Operation(summary = "Mark an inbox message read",
            description = "Sets readAt the first time; marking it again keeps the first readAt. A message of "
                    + "another subscriber is answered as unknown (404).")
    @ApiResponse(responseCode = "200", description = "The message, read")
    @ApiResponse(responseCode = "404", description = "The subscriber has no such message",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @PostMapping("/{messageId}/read")
    InboxMessage markRead(@Parameter(description = "The message's id, a UUID", example = dev.pitwall.api.web.UuidParameter.EXAMPLE)
            @PathVariable String messageId);
}
