package dev.pitwall.api.repurchase;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of the repurchase recommendations, with its OpenAPI description; {@link RepurchaseController}
 * implements it. Success examples sit on {@link RepurchaseRecommendation} and {@link RepurchaseCandidate}; 401 and
 * 403 answers are added to every operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Repurchase", description = "When to offer a subscriber a new car and which, with reasons, and the dealers "
        + "for a test drive (docs/repurchase.md). Test drives are searched and booked under \"Test drives\" "
        + "(GET /api/v1/vehicles/{vin}/test-drive-slots, POST /api/v1/test-drives; docs/test-drives.md).")
@RequestMapping("/api/v1")
public interface RepurchaseApi {

    String BAD_VIN_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'vin': expected 17 characters: digits and capital letters except I, O and Q, got 'WVW-123'.",
             "instance": "/api/v1/vehicles/WVW-123/repurchase-recommendation", "parameter": "vin",
             "expected": "17 characters: digits and capital letters except I, O and Q"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No vehicle with vin 'WVWZZZAUZFW000001' is known.",
             "instance": "/api/v1/vehicles/WVWZZZAUZFW000001/repurchase-recommendation", "parameter": "vin"}""";

    String BAD_BAND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'band': expected one or more of NOT_YET, CONSIDER, READY, separated by commas, got 'HOT'.",
             "instance": "/api/v1/repurchase-candidates", "parameter": "band",
             "expected": "one or more of NOT_YET, CONSIDER, READY, separated by commas"}""";

    String BAD_SIZE_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'size': expected an integer from 1 to 200, got '500'.",
             "instance": "/api/v1/repurchase-candidates", "parameter": "size",
             "expected": "an integer from 1 to 200"}""";

    @Operation(summary = "When to offer this vehicle's subscriber a new car, which models, and where to test-drive them",
            description = "timing.score (0-100) is the sum of one capped contribution per factor (vehicle age, "
                    + "mileage, health level, health trend, expected repair cost, subscription end, usage, driving "
                    + "style), each with a sentence a service advisor can read out; band is READY from "
                    + "timing.readyFrom, CONSIDER from timing.considerFrom. models are the catalog's best fits for "
                    + "this driver with their reasons, each with the nearest dealer of its brand; dealers are the "
                    + "nearest dealers of any brand to the vehicle's last position. Find a test-drive slot of a model "
                    + "with GET /api/v1/vehicles/{vin}/test-drive-slots?model= and book it with POST "
                    + "/api/v1/test-drives. Subscribers see only their own vehicles "
                    + "(any other VIN answers 404, as an unknown one does); service advisors, marketers and operators "
                    + "see every vehicle. The weights and rules are in docs/repurchase.md.")
    @ApiResponse(responseCode = "200", description = "The recommendation")
    @ApiResponse(responseCode = "400", description = "vin is malformed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_VIN_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No vehicle with this VIN has reported, or it is not the "
            + "subscriber's", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/vehicles/{vin}/repurchase-recommendation")
    RepurchaseRecommendation recommendation(
            @Parameter(description = "17 characters: digits and capital letters except I, O and Q",
                    example = "WVWZZZAUZFW000001") @PathVariable String vin);

    @Operation(summary = "Subscribed vehicles ranked by repurchase timing score, highest first",
            description = "Every vehicle with an ACTIVE subscription that has reported, scored as in GET "
                    + "/api/v1/vehicles/{vin}/repurchase-recommendation, highest score first (ties by VIN), "
                    + "optionally only those in some bands; each with the contributions that earned points and the "
                    + "best-fitting model. Pages are numbered from 0. The whole subscribed fleet is scored on every "
                    + "call (see docs/repurchase.md for the cost).")
    @ApiResponse(responseCode = "200", description = "One page of candidates")
    @ApiResponse(responseCode = "400", description = "band, page or size is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class), examples = {
                            @ExampleObject(name = "band", value = BAD_BAND_EXAMPLE),
                            @ExampleObject(name = "size", value = BAD_SIZE_EXAMPLE)}))
    @GetMapping("/repurchase-candidates")
    Page<RepurchaseCandidate> candidates(
            @Parameter(description = "Only vehicles in one of these bands (any case, comma-separated or repeated); "
                    + "all bands when absent", example = "READY", array = @ArraySchema(schema = @Schema(
                            allowableValues = {"NOT_YET", "CONSIDER", "READY"})))
            @RequestParam(required = false) List<String> band,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false)
            Integer page,
            @Parameter(description = "Page size, 1 to pitwall.api.paging.max-size (200); default 20", example = "20")
            @RequestParam(required = false) Integer size);
}
