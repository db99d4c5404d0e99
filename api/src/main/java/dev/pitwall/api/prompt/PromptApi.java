package dev.pitwall.api.prompt;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of proactive service prompts; {@link PromptController} implements it. 401 and 403 answers are
 * added to every operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Service prompts", description = "Proactive prompts about open service leads (docs/service-prompts.md): "
        + "the pre-filled booking a prompt's deep link opens, and the funnel prompted → opened → booked → completed.")
@RequestMapping("/api/v1")
public interface PromptApi {

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No lead with leadId '1ead0000-0000-4000-8000-000000000001' is known.",
             "instance": "/api/v1/leads/1ead0000-0000-4000-8000-000000000001/booking-draft", "parameter": "leadId"}""";

    String BAD_RANGE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'from': expected an instant before 'to', got '2027-04-01T00:00:00Z'.",
             "instance": "/api/v1/prompts/funnel", "parameter": "from", "expected": "an instant before 'to'"}""";

    @Operation(summary = "The booking a lead's prompt leads to, pre-filled",
            description = "What the portal shows when a subscriber follows the deep link of a prompt. The subscriber's "
                    + "first visit counts as 'opened' in the funnel. Another subscriber's lead is a 404, exactly as "
                    + "an unknown one.")
    @ApiResponse(responseCode = "200", description = "The pre-filled booking")
    @ApiResponse(responseCode = "404", description = "No such lead for this caller",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/leads/{leadId}/booking-draft")
    BookingDraft bookingDraft(@Parameter(description = "The lead's id, a UUID") @PathVariable String leadId);

    @Operation(summary = "How far the prompts of a period got",
            description = "Prompts sent in [from, to) (default: the last 30 days, at most 366 days), and how many of "
                    + "them were opened, booked and completed.")
    @ApiResponse(responseCode = "200", description = "The funnel")
    @ApiResponse(responseCode = "400", description = "from or to is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_RANGE_EXAMPLE)))
    @GetMapping("/prompts/funnel")
    PromptFunnel funnel(
            @Parameter(description = "Start, ISO-8601 instant") @RequestParam(required = false) Instant from,
            @Parameter(description = "End (exclusive), ISO-8601 instant") @RequestParam(required = false) Instant to);
}
