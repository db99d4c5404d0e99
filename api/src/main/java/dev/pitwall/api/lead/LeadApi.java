package dev.pitwall.api.lead;

import dev.pitwall.api.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of service-due leads, with its OpenAPI description; {@link LeadController} implements it.
 * Success examples sit on {@link Lead} and {@link LeadDetail}; 401 and 403 answers are added to every operation by
 * {@code OpenApiConfiguration}.
 */
@Tag(name = "Service leads", description = "Leads the stream opens when a service item falls due, a failure "
        + "prediction crosses its threshold or a severe trouble code stays active; advisors work them from OPEN "
        + "through CONTACTED and BOOKED to CLOSED (roles OPERATOR and SERVICE_ADVISOR; SUBSCRIBER reads the leads of "
        + "the vehicles of their active subscriptions).")
@RequestMapping("/api/v1/leads")
public interface LeadApi {

    String MERGE_PATCH_JSON = "application/merge-patch+json";

    String BAD_STATUS_FILTER_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'status': expected one or more of OPEN, CONTACTED, BOOKED, CLOSED, EXPIRED, separated by commas, got 'DONE'.",
             "instance": "/api/v1/leads", "parameter": "status",
             "expected": "one or more of OPEN, CONTACTED, BOOKED, CLOSED, EXPIRED, separated by commas"}""";

    String BAD_NEAR_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'near': expected latitude,longitude in degrees, e.g. 52.52,13.405 (latitude -90 to 90, longitude -180 to 180), got '13.405,152.52'.",
             "instance": "/api/v1/leads", "parameter": "near",
             "expected": "latitude,longitude in degrees, e.g. 52.52,13.405 (latitude -90 to 90, longitude -180 to 180)"}""";

    String BAD_LEAD_ID_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'leadId': expected a UUID such as 6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31, got 'lead-17'.",
             "instance": "/api/v1/leads/lead-17", "parameter": "leadId",
             "expected": "a UUID such as 6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No lead with leadId '6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31' is known.",
             "instance": "/api/v1/leads/6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31", "parameter": "leadId"}""";

    String BAD_BODY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'status': expected one of CONTACTED, BOOKED, CLOSED, got 'DONE'.",
             "instance": "/api/v1/leads/6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31", "parameter": "status",
             "expected": "one of CONTACTED, BOOKED, CLOSED"}""";

    String CONFLICT_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Lead status conflict", "status": 409,
             "detail": "Lead 6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31 is BOOKED: it can become CLOSED, not CONTACTED.",
             "instance": "/api/v1/leads/6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31", "parameter": "status",
             "currentStatus": "BOOKED", "requestedStatus": "CONTACTED", "allowedStatuses": ["CLOSED"]}""";

    String LEAD_ID_DESCRIPTION = "The lead's id, a UUID";
    String LEAD_ID_EXAMPLE = "6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31";

    @Operation(summary = "Service-due leads, most urgent and newest first, or nearest first around a point",
            description = "Filters combine; each of status, priority and reason takes one or more names separated by "
                    + "commas (or repeated), any of which matches. Without near the order is priority (URGENT first), "
                    + "then openedAt, newest first. With near only leads with a known position within radiusKm of it "
                    + "(great-circle distance) are listed, nearest first, each with its distanceKm. A vehicle's work "
                    + "list: status=OPEN,CONTACTED,BOOKED. Pages are numbered from 0. A subscriber gets only the leads "
                    + "of the vehicles of their active subscriptions.")
    @ApiResponse(responseCode = "200", description = "One page of leads")
    @ApiResponse(responseCode = "400", description = "status, priority, reason, vin, near, radiusKm, page or size is "
            + "invalid", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class), examples = {
                            @ExampleObject(name = "status", value = BAD_STATUS_FILTER_EXAMPLE),
                            @ExampleObject(name = "near", value = BAD_NEAR_EXAMPLE)}))
    @GetMapping
    Page<Lead> leads(
            @Parameter(description = "Only leads in one of these statuses: OPEN, CONTACTED, BOOKED, CLOSED, EXPIRED; "
                    + "all when absent", example = "OPEN,CONTACTED",
                    array = @ArraySchema(schema = @Schema(allowableValues = {"OPEN", "CONTACTED", "BOOKED", "CLOSED",
                            "EXPIRED"}))) @RequestParam(required = false) List<String> status,
            @Parameter(description = "Only leads of one of these priorities: URGENT, HIGH, MEDIUM, LOW; all when "
                    + "absent", example = "URGENT,HIGH", array = @ArraySchema(schema = @Schema(
                            allowableValues = {"URGENT", "HIGH", "MEDIUM", "LOW"})))
            @RequestParam(required = false) List<String> priority,
            @Parameter(description = "Only leads for one of these reasons: SERVICE_DUE, FAILURE_PREDICTED, "
                    + "SEVERE_DTC; all when absent", example = "SEVERE_DTC", array = @ArraySchema(schema = @Schema(
                            allowableValues = {"SERVICE_DUE", "FAILURE_PREDICTED", "SEVERE_DTC"})))
            @RequestParam(required = false) List<String> reason,
            @Parameter(description = "Only this vehicle's leads: 17 characters, digits and capital letters except "
                    + "I, O and Q", example = "WVWZZZCDZLW123456") @RequestParam(required = false) String vin,
            @Parameter(description = "latitude,longitude in degrees: only leads whose vehicle position lies within "
                    + "radiusKm of it, nearest first", example = "52.52,13.405")
            @RequestParam(required = false) String near,
            @Parameter(description = "Radius around near in km, more than 0 and at most "
                    + "pitwall.api.leads.max-radius-km (500); default pitwall.api.leads.default-radius-km (25). "
                    + "Only with near.", example = "25") @RequestParam(required = false) String radiusKm,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false)
            Integer page,
            @Parameter(description = "Page size, 1 to pitwall.api.paging.max-size (200); default 20", example = "20")
            @RequestParam(required = false) Integer size);

    @Operation(summary = "One lead and its history, oldest first",
            description = "The history holds the stream's events (OPENED, ESCALATED, RESOLVED, EXPIRED at event time) "
                    + "and the advisors' status changes (STATUS, with who and why), in the order they were recorded.")
    @ApiResponse(responseCode = "200", description = "The lead and its history")
    @ApiResponse(responseCode = "400", description = "leadId is not a UUID",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_LEAD_ID_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No lead with this id, or it is about a vehicle the caller may "
            + "not see (the same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/{leadId}")
    LeadDetail lead(@Parameter(description = LEAD_ID_DESCRIPTION, example = LEAD_ID_EXAMPLE) @PathVariable
            String leadId);

    @Operation(summary = "Move a lead along its lifecycle: CONTACTED, BOOKED or CLOSED",
            description = "Allowed: OPEN to CONTACTED, BOOKED or CLOSED; CONTACTED to BOOKED or CLOSED; BOOKED to "
                    + "CLOSED. CLOSED and EXPIRED are final. Asking for the status the lead already has changes "
                    + "nothing and answers 200, so a retry is safe. Anything else is a 409 naming the current status "
                    + "and the allowed next ones; so is a change that lost a race with another advisor's (or the "
                    + "stream's) change of the same lead: of two concurrent changes exactly one applies. Each change "
                    + "is recorded in the history with the note and the token's subject; closing sets closedAt and "
                    + "closeReason (the note, or 'closed by advisor').")
    @ApiResponse(responseCode = "200", description = "The lead after the change (or unchanged, when it already had "
            + "the status) and its history")
    @ApiResponse(responseCode = "400", description = "leadId or the body is invalid: status missing or not one of "
            + "CONTACTED, BOOKED, CLOSED; note longer than 2000 characters; another field; not JSON",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_BODY_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No lead with this id",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The lead's current status does not allow this one",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = CONFLICT_EXAMPLE)))
    @PatchMapping(path = "/{leadId}", consumes = {MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH_JSON})
    LeadDetail changeStatus(
            @Parameter(description = LEAD_ID_DESCRIPTION, example = LEAD_ID_EXAMPLE) @PathVariable String leadId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The new status and an optional note",
                    required = true) @RequestBody LeadStatusChange change,
            @Parameter(hidden = true) @AuthenticationPrincipal Jwt token);
}
