package dev.pitwall.api.offer;

import dev.pitwall.core.offer.OfferKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** One geo-targeted offer as the stream job recorded it, with whether it can still be used now. */
@Schema(description = "A geo-targeted offer sent to a vehicle's subscriber: a partner fuel station ahead when fuel "
        + "ran low, or a partner workshop nearby for an open service lead. createdAt and expiresAt are event time.",
        example = """
        {"offerId": "4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e11", "vin": "1HGCM82633A004352", "subscriberId": "sub-1",
         "kind": "FUEL", "campaignId": "fuel-partner-ahead", "status": "SENT", "active": true,
         "poiId": "fs-001", "poiName": "Nordstern Leopoldstraße", "brand": "Nordstern", "distanceKm": 2.4,
         "latitude": 48.134, "longitude": 11.583, "leadId": null,
         "message": "Fuel at 14 %: Nordstern Leopoldstraße, a Nordstern partner station 2.4 km ahead, is open now.",
         "createdAt": "2026-11-03T09:07:00Z", "expiresAt": "2026-11-03T11:07:00Z"}""")
public record Offer(
        @Schema(description = "Derived from what triggered it: a replay produces the same id") UUID offerId,
        String vin,
        @Schema(description = "The subscriber whose consent to location-based marketing allowed it") String subscriberId,
        OfferKind kind,
        @Schema(description = "The rule's campaign, e.g. fuel-partner-ahead, service-workshop-nearby") String campaignId,
        OfferStatus status,
        @Schema(description = "SENT or OPENED and not expired at the time of the request") boolean active,
        @Schema(description = "The partner station or workshop") String poiId,
        String poiName,
        String brand,
        @Schema(description = "Great-circle distance from the vehicle when the offer was made, km") double distanceKm,
        @Schema(description = "Where the vehicle was") double latitude,
        double longitude,
        @Schema(description = "The service lead a SERVICE offer answers; null for FUEL") String leadId,
        @Schema(description = "One sentence for the driver") String message,
        @Schema(description = "Event time of the message that triggered it") Instant createdAt,
        @Schema(description = "createdAt plus the campaign's validity") Instant expiresAt) {
}
