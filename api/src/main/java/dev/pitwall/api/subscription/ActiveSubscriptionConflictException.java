package dev.pitwall.api.subscription;

import dev.pitwall.api.web.ConflictException;
import java.util.Map;

/** A second ACTIVE subscription of a vehicle: one subscriber owns a vehicle at a time. */
class ActiveSubscriptionConflictException extends ConflictException {

    private final Subscription active;

    ActiveSubscriptionConflictException(Subscription active) {
        super("The vehicle already has an active subscription", "vin", "Vehicle " + active.vin()
                + " already has the active subscription " + active.subscriptionId() + " (since " + active.startsOn()
                + "). End it (POST /api/v1/subscriptions/" + active.subscriptionId() + "/end) before the vehicle "
                + "gets another subscription.");
        this.active = active;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("subscriptionId", active.subscriptionId().toString());
    }
}
