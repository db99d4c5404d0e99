package dev.pitwall.api.consent;

import dev.pitwall.core.consent.MarketingConsent;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A vehicle's current consent to location-based marketing, and when Pitwall recorded it. */
@Schema(description = "The vehicle's current consent to location-based marketing", example = """
        {"vin": "WVWZZZCDZLW123456", "subscriberId": "sub-4711", "granted": true,
         "changedAt": "2026-01-30T15:45:00Z", "recordedAt": "2026-01-30T15:45:02.118Z"}""")
public record VehicleMarketingConsent(
        String vin,
        @Schema(description = "The subscriber who gave or withdrew it") String subscriberId,
        @Schema(description = "true: location-based offers may be sent") boolean granted,
        @Schema(description = "When the subscriber changed it") Instant changedAt,
        @Schema(description = "When Pitwall stored this state") Instant recordedAt) {

    /** The event the stream job receives on marketing-consents.v1. */
    MarketingConsent toEvent() {
        return new MarketingConsent(vin, subscriberId, granted, changedAt);
    }
}
