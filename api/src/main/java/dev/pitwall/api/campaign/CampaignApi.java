package dev.pitwall.api.campaign;

import dev.pitwall.api.web.Page;
import dev.pitwall.engagement.campaign.Segment;
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
 * The HTTP contract of segments and campaigns, with its OpenAPI description; {@link CampaignController} implements
 * it. 401 and 403 answers are added to every operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Campaigns", description = "Segments built from vehicle data, and campaigns on them with A/B variants, a "
        + "control group, frequency caps and results (docs/campaigns.md; roles MARKETER and OPERATOR).")
@RequestMapping("/api/v1")
public interface CampaignApi {

    String SEGMENT_EXAMPLE = """
            {"modelYears": {"min": 2018, "max": 2021}, "healthBands": ["FAIR", "POOR"],
             "profileAttributes": ["COMMUTER"], "near": {"latitude": 48.137, "longitude": 11.575, "radiusKm": 25},
             "subscriptionEndsWithinDays": 90, "locationConsent": true}""";

    String INVALID_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'segment.healthBands[0]': expected one of [CRITICAL, FAIR, GOOD, POOR], got 'GREAT'.",
             "instance": "/api/v1/campaigns", "parameter": "segment.healthBands[0]",
             "expected": "one of [CRITICAL, FAIR, GOOD, POOR]",
             "errors": [{"parameter": "segment.healthBands[0]", "expected": "one of [CRITICAL, FAIR, GOOD, POOR]",
                         "actual": "GREAT"}]}""";

    String STATE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Campaign is in another state", "status": 409,
             "detail": "Campaign 0b6a7c1e-5d1f-4f7e-8a0e-3f2b1c4d5e60 is ACTIVE; this needs it DRAFT.",
             "instance": "/api/v1/campaigns/0b6a7c1e-5d1f-4f7e-8a0e-3f2b1c4d5e60/launch", "parameter": "campaignId",
             "campaignStatus": "ACTIVE"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No campaign with campaignId '0b6a7c1e-5d1f-4f7e-8a0e-3f2b1c4d5e60' is known.",
             "instance": "/api/v1/campaigns/0b6a7c1e-5d1f-4f7e-8a0e-3f2b1c4d5e60", "parameter": "campaignId"}""";

    /** A segment's live size. */
    @Schema(description = "How many active subscriptions the segment holds right now", example = """
            {"count": 412}""")
    record SegmentPreview(long count) {
    }

    @Operation(summary = "Count a segment now",
            description = "Runs exactly the audience query a campaign on this segment would run, and returns only the "
                    + "count: no subscriber is named. Every condition is optional; {} counts every active subscription.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            mediaType = MediaType.APPLICATION_JSON_VALUE, examples = @ExampleObject(value = SEGMENT_EXAMPLE)))
    @ApiResponse(responseCode = "200", description = "The count")
    @ApiResponse(responseCode = "400", description = "A condition is invalid; every wrong field is listed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = INVALID_EXAMPLE)))
    @PostMapping("/segments/preview")
    SegmentPreview preview(@RequestBody(required = false) Segment segment);

    @Operation(summary = "Create a campaign (as a DRAFT)",
            description = "Nothing is sent until the campaign is launched. Defaults: no control group, a cap of 2 "
                    + "messages per 7 days.")
    @ApiResponse(responseCode = "201", description = "The campaign, at its Location")
    @ApiResponse(responseCode = "400", description = "A field is invalid; every wrong field is listed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = INVALID_EXAMPLE)))
    @PostMapping("/campaigns")
    ResponseEntity<Campaign> create(@RequestBody CampaignRequest request);

    @Operation(summary = "Campaigns, newest first")
    @ApiResponse(responseCode = "200", description = "One page of campaigns")
    @GetMapping("/campaigns")
    Page<Campaign> campaigns(
            @Parameter(description = "DRAFT, ACTIVE, COMPLETED or CANCELLED") @RequestParam(required = false)
            String status,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size") @RequestParam(required = false) Integer size);

    @Operation(summary = "One campaign")
    @ApiResponse(responseCode = "200", description = "The campaign")
    @ApiResponse(responseCode = "404", description = "No such campaign",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/campaigns/{campaignId}")
    Campaign campaign(@Parameter(description = "The campaign's id, a UUID") @PathVariable String campaignId);

    @Operation(summary = "Launch a DRAFT campaign",
            description = "From now on members join (a scheduled campaign at sendAt, an event campaign as events "
                    + "happen) and are messaged.")
    @ApiResponse(responseCode = "200", description = "The campaign, now ACTIVE")
    @ApiResponse(responseCode = "409", description = "It is not a DRAFT",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = STATE_EXAMPLE)))
    @PostMapping("/campaigns/{campaignId}/launch")
    Campaign launch(@Parameter(description = "The campaign's id, a UUID") @PathVariable String campaignId);

    @Operation(summary = "Cancel a DRAFT or ACTIVE campaign", description = "Pending members are not messaged.")
    @ApiResponse(responseCode = "200", description = "The campaign, now CANCELLED")
    @ApiResponse(responseCode = "409", description = "It is COMPLETED or CANCELLED already",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = STATE_EXAMPLE)))
    @PostMapping("/campaigns/{campaignId}/cancel")
    Campaign cancel(@Parameter(description = "The campaign's id, a UUID") @PathVariable String campaignId);

    @Operation(summary = "Results per variant against the control group")
    @ApiResponse(responseCode = "200", description = "The results")
    @ApiResponse(responseCode = "404", description = "No such campaign",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/campaigns/{campaignId}/results")
    CampaignResults results(@Parameter(description = "The campaign's id, a UUID") @PathVariable String campaignId);
}
