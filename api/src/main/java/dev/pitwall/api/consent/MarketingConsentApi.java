package dev.pitwall.api.consent;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The HTTP contract of a vehicle's consent to location-based marketing, with its OpenAPI description;
 * {@link MarketingConsentController} implements it. Success examples sit on the records; 401 and 403 answers are
 * added to every operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Marketing consent", description = "A subscriber's consent to location-based marketing per vehicle: "
        + "offers are sent only while it is granted (read: OPERATOR, SERVICE_ADVISOR, and SUBSCRIBER for the vehicles "
        + "they own; change: OPERATOR, and SUBSCRIBER for their own consent on the vehicles they own).")
@RequestMapping("/api/v1/vehicles")
public interface MarketingConsentApi {

    String BAD_BODY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'subscriberId': expected the subscriber's id, 1 to 200 characters, got nothing. Invalid 'granted': expected true or false, got nothing.",
             "instance": "/api/v1/vehicles/WVWZZZCDZLW123456/marketing-consent",
             "parameter": "subscriberId", "expected": "the subscriber's id, 1 to 200 characters",
             "errors": [
               {"parameter": "subscriberId", "expected": "the subscriber's id, 1 to 200 characters", "actual": null},
               {"parameter": "granted", "expected": "true or false", "actual": null}]}""";

    String BAD_VIN_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'vin': expected 17 characters: digits and capital letters except I, O and Q, got 'ABC'.",
             "instance": "/api/v1/vehicles/ABC/marketing-consent", "parameter": "vin",
             "expected": "17 characters: digits and capital letters except I, O and Q"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No marketing consent for the vehicle with vin 'WVWZZZCDZLW123456' is known.",
             "instance": "/api/v1/vehicles/WVWZZZCDZLW123456/marketing-consent", "parameter": "vin"}""";

    String NOT_OWNED_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No vehicle with vin 'WVWZZZCDZLW123456' is known.",
             "instance": "/api/v1/vehicles/WVWZZZCDZLW123456/marketing-consent", "parameter": "vin"}""";

    String CONFLICT_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Conflicts with the current consent",
             "status": 409,
             "detail": "The vehicle's current consent (withdrawn by subscriber 'sub-4711' at 2026-01-30T15:45:00Z) is newer than this request's changedAt 2026-01-29T08:00:00Z. Send changes in the order they happened, or omit changedAt to record the change as of now.",
             "instance": "/api/v1/vehicles/WVWZZZCDZLW123456/marketing-consent", "parameter": "changedAt"}""";

    String VIN_DESCRIPTION = "17 characters: digits and capital letters except I, O and Q";

    @Operation(summary = "A vehicle's current consent to location-based marketing",
            description = "The newest consent recorded for the vehicle: who gave or withdrew it, and when.")
    @ApiResponse(responseCode = "200", description = "The current consent")
    @ApiResponse(responseCode = "400", description = "vin is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_VIN_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No consent was ever recorded for this vehicle, or the caller is "
            + "a subscriber who does not own it (the same answer)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/{vin}/marketing-consent")
    VehicleMarketingConsent consent(
            @Parameter(description = VIN_DESCRIPTION, example = "WVWZZZCDZLW123456") @PathVariable String vin);

    @Operation(summary = "Record that a subscriber gave or withdrew consent to location-based marketing",
            description = "Makes this the vehicle's current consent, keeps it in the vehicle's consent history "
                    + "(with the caller who recorded it) and passes it to the stream job, which sends offers only "
                    + "while the consent is granted. Accepted for any well-formed VIN, also one that has not reported "
                    + "yet. A request that says what the current consent already says (same subscriberId and "
                    + "granted; changedAt omitted, equal or older) changes nothing and answers 200, so a client may "
                    + "retry safely. Changes must come in order: a changedAt before the current one, or other values "
                    + "at the same changedAt, is refused with 409. A subscriber records only their own consent "
                    + "(subscriberId theirs or omitted) for a vehicle of their active subscriptions; any other VIN "
                    + "is answered 404 as unknown.")
    @ApiResponse(responseCode = "201", description = "The vehicle's first consent was recorded")
    @ApiResponse(responseCode = "200", description = "The consent was changed, or already said this")
    @ApiResponse(responseCode = "400", description = "vin or the body is invalid; errors lists every bad field",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_BODY_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "The caller is a subscriber who does not own this vehicle",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_OWNED_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The current consent is newer, or differs at the same changedAt",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = CONFLICT_EXAMPLE)))
    @PutMapping(path = "/{vin}/marketing-consent", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<VehicleMarketingConsent> recordConsent(
            @Parameter(description = VIN_DESCRIPTION, example = "WVWZZZCDZLW123456") @PathVariable String vin,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The consent change",
                    required = true) @RequestBody MarketingConsentRequest request);
}
