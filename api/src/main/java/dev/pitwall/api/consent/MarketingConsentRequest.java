package dev.pitwall.api.consent;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A subscriber's consent to location-based marketing as a caller reports it: exactly the fields a caller may set. */
@Schema(description = "A subscriber gives or withdraws consent to location-based marketing for the vehicle",
        example = """
                {"subscriberId": "sub-4711", "granted": true, "changedAt": "2026-01-30T15:45:00Z"}""")
public record MarketingConsentRequest(
        @Schema(description = "The subscriber who gave or withdrew it, 1 to 200 characters; required from an operator, "
                + "a subscriber may omit it (it must be their own: the token's subject)", example = "sub-4711")
        String subscriberId,
        @Schema(description = "true: location-based offers may be sent; false: consent withdrawn",
                requiredMode = Schema.RequiredMode.REQUIRED) Boolean granted,
        @Schema(description = "When the subscriber changed it, not in the future (5 minutes of clock skew allowed) "
                + "and not before the current consent's changedAt; the server's time when omitted")
        Instant changedAt) {
}
