package dev.pitwall.api.profile;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of the usage and driving profiles, with its OpenAPI description; {@link ProfileController}
 * implements it. The success example sits on {@link VehicleProfile}; 401 and 403 answers are added to every
 * operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Profiles", description = "Usage and driving profiles: scores, segment attributes and daily usage per "
        + "vehicle, what marketers build segments from (roles OPERATOR, SERVICE_ADVISOR and MARKETER for every "
        + "vehicle, SUBSCRIBER for the vehicles of their active subscriptions).")
@RequestMapping("/api/v1")
public interface ProfileApi {

    String BAD_DAYS_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'days': expected an integer from 1 to 400, got '500'.",
             "instance": "/api/v1/vehicles/1HGCM82633A004352/profile", "parameter": "days",
             "expected": "an integer from 1 to 400"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No driving profile with vin '1HGCM82633A004352' is known.",
             "instance": "/api/v1/vehicles/1HGCM82633A004352/profile", "parameter": "vin"}""";

    @Operation(summary = "One vehicle's usage and driving profile, with its daily usage newest first",
            description = "Scores and attributes cover the profile's window (30 local days up to the newest message "
                    + "counted); dailyUsage lists the requested number of days up to the same last day. The stream "
                    + "job writes a vehicle's profile at most every 15 minutes of event time, so it lags the "
                    + "vehicle by up to that much.")
    @ApiResponse(responseCode = "200", description = "The profile and its daily rows, newest first")
    @ApiResponse(responseCode = "400", description = "vin or days is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_DAYS_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No profile has been written for this VIN, or the caller is a "
            + "subscriber who does not own it (the same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/vehicles/{vin}/profile")
    VehicleProfile vehicleProfile(
            @Parameter(description = "17 characters: digits and capital letters except I, O and Q",
                    example = "1HGCM82633A004352") @PathVariable String vin,
            @Parameter(description = "Local days of daily usage to list, up to the profile's last day: 1 to 400; "
                    + "default 30", example = "30") @RequestParam(required = false) Integer days);
}
