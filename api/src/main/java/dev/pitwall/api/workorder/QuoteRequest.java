package dev.pitwall.api.workorder;

import dev.pitwall.engagement.workorder.QuoteRules;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;

/** A quote as the workshop sends it: exactly the fields it may set. */
@Schema(description = "A quote for the work found at inspection", example = QuoteRequest.EXAMPLE)
record QuoteRequest(
        @Schema(description = "ISO 4217 code; every amount is in it", example = "EUR") String currency,
        @Schema(description = "1 to pitwall.work-orders.quote-max-lines (50) lines, numbered from 1 in this order")
        List<Line> lines,
        @Schema(description = "To the customer, at most 1000 characters") String note) {

    static final String EXAMPLE = """
            {"currency": "EUR", "note": "Front pads at 3 mm: we recommend replacing them now.",
             "lines": [
               {"description": "Oil and filter change", "serviceType": "OIL_SERVICE", "labour": 89.50, "parts": 45.00,
                "mandatory": true},
               {"description": "Front brake pads", "partNumber": "1K0698151", "labour": 120.00, "parts": 85.90,
                "mandatory": false}]}""";

    /** One line; service type or part number, not both. */
    record Line(
            @Schema(description = "What would be done, 1 to 200 characters") String description,
            @Schema(description = "The service-book item the line covers", example = "OIL_SERVICE") String serviceType,
            @Schema(description = "The part it fits, at most 64 characters", example = "1K0698151") String partNumber,
            @Schema(description = "Labour, 0 or more, in the currency's decimals") BigDecimal labour,
            @Schema(description = "Parts, 0 or more, in the currency's decimals") BigDecimal parts,
            @Schema(description = "true: the visit cannot be done without it; false: a recommendation the customer "
                    + "may leave out") Boolean mandatory) {

        QuoteRules.LineInput input() {
            return new QuoteRules.LineInput(description, serviceType, partNumber, labour, parts, mandatory);
        }
    }
}
