package dev.pitwall.api.offer;

import dev.pitwall.api.web.Page;
import dev.pitwall.core.offer.OfferKind;
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
 * The HTTP contract of the geo-targeted offers, with its OpenAPI description; {@link OfferController} implements
 * it. The success example sits on {@link Offer}; 401 and 403 answers are added to every operation by
 * {@code OpenApiConfiguration}.
 */
@Tag(name = "Offers", description = "Geo-targeted offers the stream job sent: a partner fuel station ahead when fuel "
        + "runs low, a partner workshop nearby for an open service lead; only with consent to location-based "
        + "marketing, capped per vehicle and campaign, never in quiet hours (roles OPERATOR, SERVICE_ADVISOR and "
        + "MARKETER).")
@RequestMapping("/api/v1")
public interface OfferApi {

    String BAD_CAMPAIGN_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'campaign': expected a campaign id: up to 64 lower-case letters and digits in words joined by '-', e.g. fuel-partner-ahead, got 'Fuel Offers'.",
             "instance": "/api/v1/offers", "parameter": "campaign",
             "expected": "a campaign id: up to 64 lower-case letters and digits in words joined by '-', e.g. fuel-partner-ahead"}""";

    String BAD_OFFER_ID_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'offerId': expected a UUID such as 4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e11, got '42'.",
             "instance": "/api/v1/offers/42", "parameter": "offerId",
             "expected": "a UUID such as 4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e11"}""";

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No offer with offerId '4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e11' is known.",
             "instance": "/api/v1/offers/4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e11", "parameter": "offerId"}""";

    @Operation(summary = "Offers sent, newest first",
            description = "Every filter is optional and they combine. Pages are numbered from 0. Times are event "
                    + "time (the vehicles' own timestamps); 'active' compares expiresAt with the time of the request. "
                    + "A well-formed VIN that never got an offer gives an empty page.")
    @ApiResponse(responseCode = "200", description = "One page of offers, newest first")
    @ApiResponse(responseCode = "400", description = "vin, kind, campaign, active, from, to, page or size is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_CAMPAIGN_EXAMPLE)))
    @GetMapping("/offers")
    Page<Offer> offers(
            @Parameter(description = "Only this vehicle's offers: 17 characters, digits and capital letters except "
                    + "I, O and Q", example = "1HGCM82633A004352") @RequestParam(required = false) String vin,
            @Parameter(description = "Only offers of this kind") @RequestParam(required = false) OfferKind kind,
            @Parameter(description = "Only this campaign's offers", example = "fuel-partner-ahead")
            @RequestParam(required = false) String campaign,
            @Parameter(description = "true: only offers that can still be used (SENT or OPENED and not expired); "
                    + "false: only the others; absent: both", schema = @Schema(type = "boolean"), example = "true")
            @RequestParam(required = false) String active,
            @Parameter(description = "Only offers created at or after this instant (ISO-8601)",
                    example = "2026-11-01T00:00:00Z") @RequestParam(required = false) Instant from,
            @Parameter(description = "Only offers created before this instant (ISO-8601); after 'from'",
                    example = "2026-11-08T00:00:00Z") @RequestParam(required = false) Instant to,
            @Parameter(description = "Page number, from 0", example = "0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to pitwall.api.paging.max-size (200); default 20", example = "20")
            @RequestParam(required = false) Integer size);

    @Operation(summary = "One offer")
    @ApiResponse(responseCode = "200", description = "The offer")
    @ApiResponse(responseCode = "400", description = "offerId is not a UUID",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_OFFER_ID_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No offer has this id",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/offers/{offerId}")
    Offer offer(@Parameter(description = "The offer's id, a UUID", example = "4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e11")
            @PathVariable String offerId);
}
