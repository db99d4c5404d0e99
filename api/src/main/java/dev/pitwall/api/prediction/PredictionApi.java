package dev.pitwall.api.prediction;

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
 * The HTTP contract of a vehicle's failure predictions, with its OpenAPI description; {@link PredictionController}
 * implements it. The success example sits on {@link VehiclePredictions}; 401 and 403 answers are added to every
 * operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Predictions", description = "Predicted component failures per vehicle, explained "
        + "(roles OPERATOR and SERVICE_ADVISOR for every vehicle, SUBSCRIBER for the vehicles of their active "
        + "subscriptions).")
@RequestMapping("/api/v1/vehicles")
public interface PredictionApi {

    String BAD_LIMIT_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'limit': expected an integer from 1 to 1000, got '5000'.",
             "instance": "/api/v1/vehicles/1HGCM82633A004352/predictions", "parameter": "limit",
             "expected": "an integer from 1 to 1000"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No vehicle with vin '1HGCM82633A004352' is known.",
             "instance": "/api/v1/vehicles/1HGCM82633A004352/predictions", "parameter": "vin"}""";

    @Operation(summary = "A vehicle's predicted component failures, explained, with their trend",
            description = "One entry per component the models have predicted, the likeliest failure first. "
                    + "current is the component's newest prediction, whenever it was made: the calibrated "
                    + "probability of failure within horizonDays, the expected remaining days, a risk (LIKELY from "
                    + "pitwall.api.predictions.risk.likely-probability, WATCH from ...watch-probability, by default "
                    + "the health score's 0.6 and 0.3, otherwise LOW), the features that drove it and a one-line "
                    + "summary. trend is the component's predictions in [from, to), oldest first; without from/to "
                    + "the last 30 days, at most pitwall.api.predictions.max-range (366 days). When the range holds "
                    + "more than limit points for a component, its newest limit points are returned and "
                    + "trendTruncated is true. Predictions appear once the stream job runs with a model; until "
                    + "then, and for a vehicle no model has assessed yet, components is empty.")
    @ApiResponse(responseCode = "200", description = "The vehicle's predictions, likeliest failure first")
    @ApiResponse(responseCode = "400", description = "vin, from, to or limit is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_LIMIT_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No vehicle with this VIN has reported, or the caller may not "
            + "see it (the same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/{vin}/predictions")
    VehiclePredictions predictions(
            @Parameter(description = "17 characters: digits and capital letters except I, O and Q",
                    example = "1HGCM82633A004352") @PathVariable String vin,
            @Parameter(description = "Start of the trend range (inclusive), ISO-8601 instant; default: to minus 30 days",
                    example = "2026-01-01T08:00:00Z") @RequestParam(required = false) Instant from,
            @Parameter(description = "End of the trend range (exclusive), ISO-8601 instant; default: now",
                    example = "2026-01-31T08:00:00Z") @RequestParam(required = false) Instant to,
            @Parameter(description = "Most trend points per component, 1 to pitwall.api.predictions.max-limit (1000); "
                    + "default 200", example = "200") @RequestParam(required = false) Integer limit);
}
