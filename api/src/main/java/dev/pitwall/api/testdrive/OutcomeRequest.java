package dev.pitwall.api.testdrive;

import io.swagger.v3.oas.annotations.media.Schema;

/** How a test drive went, as the dealer records it. */
@Schema(description = "How the test drive went", example = """
        {"outcome": "COMPLETED"}""")
public record OutcomeRequest(
        @Schema(description = "COMPLETED or NO_SHOW", allowableValues = {"COMPLETED", "NO_SHOW"},
                requiredMode = Schema.RequiredMode.REQUIRED) String outcome) {
}
