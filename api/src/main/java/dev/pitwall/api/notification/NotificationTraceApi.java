package dev.pitwall.api.notification;

import dev.pitwall.api.web.Page;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
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
 * The staff's trace of messages to their causes, with its OpenAPI description; {@link NotificationTraceController}
 * implements it.
 */
@Tag(name = "Notifications", description = "Every message Pitwall sent, suppressed or is still trying to send, with "
        + "the lead, campaign, offer, booking or renewal that caused it (roles OPERATOR, SERVICE_ADVISOR, MARKETER).")
@RequestMapping("/api/v1/notifications")
public interface NotificationTraceApi {

    String BAD_CAUSE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'cause': expected KIND:id with KIND one of LEAD, CAMPAIGN, OFFER, BOOKING, RENEWAL, e.g. LEAD:6f1c2b9e, got 'winter-tyres'.",
             "instance": "/api/v1/notifications", "parameter": "cause",
             "expected": "KIND:id with KIND one of LEAD, CAMPAIGN, OFFER, BOOKING, RENEWAL, e.g. LEAD:6f1c2b9e"}""";

    @Operation(summary = "Messages and their causes, newest first",
            description = "Filters combine; without any, every message is listed. cause=CAMPAIGN:winter-tyres-2026 "
                    + "lists what a campaign sent (all variants), cause=LEAD:<leadId> what a lead prompted. The "
                    + "bodies are left out. Pages are numbered from 0.")
    @ApiResponse(responseCode = "200", description = "One page of messages")
    @ApiResponse(responseCode = "400", description = "cause, channel, status, page or size is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_CAUSE_EXAMPLE)))
    @GetMapping
    Page<NotificationRecord> notifications(
            @Parameter(description = "KIND:id of the cause, e.g. CAMPAIGN:winter-tyres-2026 or LEAD:<leadId>",
                    example = "CAMPAIGN:winter-tyres-2026") @RequestParam(required = false) String cause,
            @Parameter(description = "The recipient", example = "sub-4711")
            @RequestParam(required = false) String subscriberId,
            @Parameter(description = "Only this channel") @RequestParam(required = false) Channel channel,
            @Parameter(description = "Only this status") @RequestParam(required = false) DeliveryStatus status,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size", example = "20") @RequestParam(required = false) Integer size);
}
