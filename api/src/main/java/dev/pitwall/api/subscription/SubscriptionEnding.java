package dev.pitwall.api.subscription;

import io.swagger.v3.oas.annotations.media.Schema;

/** How an operator ends a subscription: ENDED or CANCELLED. Text, so that a wrong value is answered by name. */
@Schema(description = "How the subscription ends", example = """
        {"status": "ENDED"}""")
public record SubscriptionEnding(
        @Schema(description = "ENDED: it ran its course or was ended early; CANCELLED: it was called off",
                requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"ENDED", "CANCELLED"})
        String status) {

    static final String EXPECTED = "ENDED or CANCELLED";
}
