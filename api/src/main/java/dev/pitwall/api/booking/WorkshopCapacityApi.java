package dev.pitwall.api.booking;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The HTTP contract of workshops' capacity, with its OpenAPI description; {@link WorkshopCapacityController}
 * implements it. 401 and 403 answers are added to every operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Workshop capacity", description = "How many vehicles a workshop works on at once (bays) and how many "
        + "courtesy cars it lends: read by SERVICE_ADVISOR and OPERATOR, set by OPERATOR. A workshop nobody set has "
        + "pitwall.booking.default-bays and default-courtesy-cars.")
@RequestMapping("/api/v1/workshops/{workshopId}/capacity")
public interface WorkshopCapacityApi {

    String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No workshop with workshopId 'fs-001' is known.",
             "instance": "/api/v1/workshops/fs-001/capacity", "parameter": "workshopId"}""";

    String BAD_BODY_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'bays': expected an integer from 1 to 100, got '0'.",
             "instance": "/api/v1/workshops/ws-001/capacity", "parameter": "bays",
             "expected": "an integer from 1 to 100",
             "errors": [{"parameter": "bays", "expected": "an integer from 1 to 100", "actual": "0"}]}""";

    @Operation(summary = "A workshop's capacity",
            description = "What slot searches and bookings use: the capacity set with PUT (source CONFIGURED) or "
                    + "the configured default (source DEFAULT).")
    @ApiResponse(responseCode = "200", description = "The capacity")
    @ApiResponse(responseCode = "404", description = "No WORKSHOP or DEALER with this id in the POI catalog",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping
    WorkshopCapacityView capacity(
            @Parameter(description = "The workshop's id in the POI catalog", example = "ws-001") @PathVariable
            String workshopId);

    @Operation(summary = "Set a workshop's capacity",
            description = "Applies to slot searches and bookings from now on. Bookings already made keep their "
                    + "bays and courtesy cars: with fewer bays, a visit in a bay taken away still takes place, and "
                    + "that bay is no longer offered. Repeating the request changes nothing else.")
    @ApiResponse(responseCode = "200", description = "The capacity as now stored")
    @ApiResponse(responseCode = "400", description = "bays or courtesyCars is missing or out of range",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_BODY_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No WORKSHOP or DEALER with this id in the POI catalog",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    WorkshopCapacityView setCapacity(
            @Parameter(description = "The workshop's id in the POI catalog", example = "ws-001") @PathVariable
            String workshopId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The new capacity", required = true)
            @RequestBody CapacityRequest request);
}
