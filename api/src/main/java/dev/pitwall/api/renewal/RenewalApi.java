package dev.pitwall.api.renewal;

import dev.pitwall.api.web.Page;
import dev.pitwall.engagement.renewal.RenewalOfferStatus;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTTP contract of renewal offers, with its OpenAPI description; {@link RenewalController} implements it. 401 and
 * 403 answers are added to every operation by {@code OpenApiConfiguration}.
 */
@Tag(name = "Renewal offers", description = "Personalised offers to renew a subscription, warranty or insurance at "
        + "set lead times before it ends (docs/renewals.md). A subscriber sees and decides their own; operators, "
        + "service advisors and marketers see all, and operators may decide on a subscriber's behalf.")
@RequestMapping("/api/v1")
public interface RenewalApi {

    String NOT_FOUND_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No renewal offer with offerId '1f0c55e2-6b3f-3a57-a7b5-0a3b1d9c2e11' is known.",
             "instance": "/api/v1/renewal-offers/1f0c55e2-6b3f-3a57-a7b5-0a3b1d9c2e11/accept",
             "parameter": "offerId"}""";

    String CONFLICT_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/conflict", "title": "Renewal offer cannot be decided",
             "status": 409, "detail": "Renewal offer 1f0c55e2-6b3f-3a57-a7b5-0a3b1d9c2e11 cannot be decided: it is SUPERSEDED, not OFFERED.",
             "instance": "/api/v1/renewal-offers/1f0c55e2-6b3f-3a57-a7b5-0a3b1d9c2e11/accept",
             "parameter": "offerId", "offerStatus": "SUPERSEDED", "validUntil": "2027-03-01"}""";

    String BAD_STATUS_EXAMPLE = """
            {"type": "https://pitwall.dev/problems/invalid-parameter", "title": "Invalid request parameter",
             "status": 400, "detail": "Invalid 'status': expected one of OFFERED, ACCEPTED, DECLINED, EXPIRED, SUPERSEDED, got 'open'.",
             "instance": "/api/v1/renewal-offers", "parameter": "status",
             "expected": "one of OFFERED, ACCEPTED, DECLINED, EXPIRED, SUPERSEDED"}""";

    @Operation(summary = "Renewal offers, newest first",
            description = "A subscriber gets their own offers only; other roles get every offer. Filters combine.")
    @ApiResponse(responseCode = "200", description = "One page of offers")
    @ApiResponse(responseCode = "400", description = "status, vin, page or size is invalid",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = BAD_STATUS_EXAMPLE)))
    @GetMapping("/renewal-offers")
    Page<RenewalOffer> renewalOffers(
            @Parameter(description = "Only offers in this state") @RequestParam(required = false) String status,
            @Parameter(description = "Only this vehicle's offers") @RequestParam(required = false) String vin,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
            @Parameter(description = "Page size, 1 to the configured maximum") @RequestParam(required = false)
            Integer size);

    @Operation(summary = "One renewal offer",
            description = "Another subscriber's offer is answered 404, exactly like an offer that does not exist.")
    @ApiResponse(responseCode = "200", description = "The offer")
    @ApiResponse(responseCode = "404", description = "No such offer for this caller",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @GetMapping("/renewal-offers/{offerId}")
    RenewalOffer renewalOffer(@Parameter(description = "The offer's id, a UUID") @PathVariable String offerId);

    @Operation(summary = "Accept a renewal offer",
            description = "Renews the product on the offer's terms: its end moves to renewedUntil and its monthly "
                    + "price to offeredMonthly, in the same transaction as the offer becomes ACCEPTED. Only an "
                    + "OFFERED offer before its validUntil, of a product that still ends where the offer assumed.")
    @ApiResponse(responseCode = "200", description = "The accepted offer")
    @ApiResponse(responseCode = "404", description = "No such offer for this caller",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The offer is no longer open, has expired, or its product changed",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = CONFLICT_EXAMPLE)))
    @PostMapping("/renewal-offers/{offerId}/accept")
    RenewalOffer accept(@Parameter(description = "The offer's id, a UUID") @PathVariable String offerId);

    @Operation(summary = "Decline a renewal offer",
            description = "The product runs to its end unchanged; a later stage may still make a new offer.")
    @ApiResponse(responseCode = "200", description = "The declined offer")
    @ApiResponse(responseCode = "404", description = "No such offer for this caller",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = NOT_FOUND_EXAMPLE)))
    @ApiResponse(responseCode = "409", description = "The offer is no longer open or has expired",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = CONFLICT_EXAMPLE)))
    @PostMapping("/renewal-offers/{offerId}/decline")
    RenewalOffer decline(@Parameter(description = "The offer's id, a UUID") @PathVariable String offerId,
            @RequestBody(required = false) RenewalDecline decline);
}
