package dev.pitwall.api.workorder;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The customer's decision on the pending quote. */
@Schema(description = "A decision on the quote version the customer read", example = """
        {"quoteVersion": 1, "approvedOptionalLines": [2], "comment": "Please also do the pads."}""")
record QuoteDecisionRequest(
        @Schema(description = "The version decided on: a revised quote is not approved by accident",
                requiredMode = Schema.RequiredMode.REQUIRED) Integer quoteVersion,
        @Schema(description = "Approve only: the optional lines ordered too (numbers); mandatory lines always are")
        List<Integer> approvedOptionalLines,
        @Schema(description = "To the workshop, at most 1000 characters") String comment) {

    static final int MAX_COMMENT = 1000;
}
