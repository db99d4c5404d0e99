package dev.pitwall.api.workorder;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the workshop adds when it marks the work done; the body is optional. */
@Schema(description = "The odometer at completion and a note for the service book", example = """
        {"odometerKm": 48190.0, "notes": "5W-30 VW 508 00"}""")
record CompletionRequest(
        @Schema(description = "km at completion; default: the vehicle's newest reported odometer") Double odometerKm,
        @Schema(description = "Added to the service book records, at most 1000 characters") String notes) {

    static final int MAX_NOTES = 1000;
}
