package dev.pitwall.api.workorder;

import io.swagger.v3.oas.annotations.media.Schema;

/** The customer's answers to the satisfaction survey. */
@Schema(description = "Satisfaction with a visit", example = """
        {"rating": 5, "recommend": 9, "comment": "Quick, and the quote was clear."}""")
record SurveyRequest(
        @Schema(description = "1 to 5 stars", requiredMode = Schema.RequiredMode.REQUIRED) Integer rating,
        @Schema(description = "How likely the customer recommends the workshop, 0 to 10 (NPS)") Integer recommend,
        @Schema(description = "At most 2000 characters") String comment) {
}
