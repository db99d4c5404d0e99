package dev.pitwall.api.renewal;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why a subscriber declined a renewal offer: exactly the field a caller may set. */
@Schema(description = "Declining a renewal offer; the reason is optional and helps the next offer",
        example = """
                {"reason": "Moving abroad in spring"}""")
public record RenewalDecline(
        @Schema(description = "Up to 500 characters") String reason) {

    static final int MAX_REASON = 500;
}
