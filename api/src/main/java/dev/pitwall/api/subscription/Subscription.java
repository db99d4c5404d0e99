package dev.pitwall.api.subscription;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A subscriber's plan on one vehicle for a period; while ACTIVE the subscriber owns the vehicle in Pitwall. */
@Schema(description = "A subscription: while ACTIVE, its subscriber sees and acts on the vehicle",
        example = Subscription.EXAMPLE)
public record Subscription(
        UUID subscriptionId,
        String subscriberId,
        String vin,
        @Schema(description = "The plan's name") String plan,
        @Schema(description = "First day of the subscription") LocalDate startsOn,
        @Schema(description = "The planned end; stays as agreed when the subscription is ended or cancelled early")
        LocalDate endsOn,
        SubscriptionStatus status,
        Instant createdAt,
        @Schema(description = "When it was created or its status last changed") Instant updatedAt) {

    static final String EXAMPLE = """
            {"subscriptionId": "0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10", "subscriberId": "sub-4711",
             "vin": "WVWZZZCDZLW123456", "plan": "comfort-24", "startsOn": "2026-02-01", "endsOn": "2028-01-31",
             "status": "ACTIVE", "createdAt": "2026-01-15T09:31:02Z", "updatedAt": "2026-01-15T09:31:02Z"}""";
}
