package dev.pitwall.api.renewal;

import dev.pitwall.engagement.renewal.Incentive;
import dev.pitwall.engagement.renewal.ProductKind;
import dev.pitwall.engagement.renewal.RenewalOfferStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A personalised offer to renew a subscription, warranty or insurance before it ends. */
@Schema(description = "An offer to renew a product before it ends, priced for this subscriber and vehicle",
        example = """
                {"offerId": "1f0c55e2-6b3f-3a57-a7b5-0a3b1d9c2e11", "subscriberId": "sub-4711",
                 "vin": "WVWZZZCDZNW000001", "productKind": "WARRANTY",
                 "productId": "5b1f3a3c-2d64-4d7e-9f0a-8c1b2e3d4f50", "productName": "Extended warranty",
                 "productEndsOn": "2027-03-31", "stageDays": 60, "termMonths": 12, "renewedUntil": "2028-03-31",
                 "currentMonthly": 39.00, "offeredMonthly": 31.20, "currency": "EUR", "totalPercent": -20,
                 "incentives": [
                   {"code": "EARLY_RENEWAL", "percent": -10, "reason": "Renew 60 days ahead and save 10 %"},
                   {"code": "HEALTHY_VEHICLE", "percent": -10,
                    "reason": "Your car's health score of 91 lowers the cover's price"}],
                 "status": "OFFERED", "offeredAt": "2027-01-30T09:00:12Z", "validUntil": "2027-03-01",
                 "decidedAt": null, "declineReason": null}""")
public record RenewalOffer(
        UUID offerId, String subscriberId, String vin, ProductKind productKind, UUID productId, String productName,
        @Schema(description = "The product's end when the offer was made; the renewed term starts there")
        LocalDate productEndsOn,
        @Schema(description = "The stage: how many days before the end the offer went out") int stageDays,
        int termMonths,
        @Schema(description = "The product's new end once accepted") LocalDate renewedUntil,
        BigDecimal currentMonthly, BigDecimal offeredMonthly, String currency,
        @Schema(description = "Applied change of the monthly price in percent, negative for a saving") int totalPercent,
        @Schema(description = "Why the price is what it is") List<Incentive> incentives,
        @Schema(description = "OFFERED (open), ACCEPTED, DECLINED, EXPIRED (not decided by validUntil) or "
                + "SUPERSEDED (a later stage's offer replaced it)") RenewalOfferStatus status,
        Instant offeredAt,
        @Schema(description = "The first day it can no longer be accepted") LocalDate validUntil,
        Instant decidedAt, String declineReason) {

    public RenewalOffer {
        incentives = List.copyOf(incentives);
    }
}
