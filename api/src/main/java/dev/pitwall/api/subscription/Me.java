package dev.pitwall.api.subscription;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What a subscriber's token stands for: their profile and the vehicles they own now. */
@Schema(description = "The calling subscriber and their active subscriptions, by VIN", example = """
        {"subscriber": {"subscriberId": "sub-4711", "displayName": "Alex Berger", "email": "alex.berger@example.com",
                        "createdAt": "2026-01-15T09:30:00Z"},
         "activeSubscriptions": [{"subscriptionId": "0b6f1f0e-8a4d-4c43-9d3a-2b7c8e5f6a10", "subscriberId": "sub-4711",
             "vin": "WVWZZZCDZLW123456", "plan": "comfort-24", "startsOn": "2026-02-01", "endsOn": "2028-01-31",
             "status": "ACTIVE", "createdAt": "2026-01-15T09:31:02Z", "updatedAt": "2026-01-15T09:31:02Z"}],
         "activeSubscriptionsTruncated": false}""")
public record Me(
        Subscriber subscriber,
        @Schema(description = "The vehicles the subscriber owns now, by VIN; at most pitwall.api.paging.max-size "
                + "(200) of them, all subscriptions paged at /api/v1/me/subscriptions")
        List<Subscription> activeSubscriptions,
        @Schema(description = "true when there are more active subscriptions than listed")
        boolean activeSubscriptionsTruncated) {

    public Me {
        activeSubscriptions = List.copyOf(activeSubscriptions);
    }
}
