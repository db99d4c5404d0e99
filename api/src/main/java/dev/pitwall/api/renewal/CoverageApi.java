package dev.pitwall.api.renewal;

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
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of warranties and insurances; {@link CoverageController} implements it. 401 and 403 answers are
 * added to every operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Coverages", description = "Warranty extensions and insurances subscribers hold on their vehicles: "
        + "operators record them, subscribers see their own, and renewal offers come before they end.")
@RequestMapping("/api/v1")
public interface CoverageApi {

    String INVALID_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'endsOn': expected a date after startsOn, got '2026-01-01'.",
             "instance": "/api/v1/coverages", "parameter": "endsOn", "expected": "a date after startsOn",
             "errors": [{"parameter": "endsOn", "expected": "a date after startsOn", "actual": "2026-01-01"}]}""";

    @Operation(summary = "Record a warranty or insurance")
    @ApiResponse(responseCode = "201", description = "The coverage, ACTIVE")
    @ApiResponse(responseCode = "400", description = "A field is invalid; every wrong field is listed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = INVALID_EXAMPLE)))
    @PostMapping("/coverages")
    ResponseEntity<Coverage> create(@RequestBody CoverageRequest request);

    @Operation(summary = "Warranties and insurances, soonest end first",
            description = "A subscriber gets their own only; operators and service advisors get all.")
    @ApiResponse(responseCode = "200", description = "One page of coverages")
    @GetMapping("/coverages")
    Page<Coverage> coverages(
            @Parameter(description = "Only this vehicle's") @RequestParam(required = false) String vin,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size") @RequestParam(required = false) Integer size);
}
