package dev.pitwall.api.subscription;

import dev.pitwall.api.web.ConflictException;
import java.util.Map;

/** Ending a subscription that has already ended otherwise: ENDED and CANCELLED are final. */
class SubscriptionStatusConflictException extends ConflictException {

    private final SubscriptionStatus current;

    SubscriptionStatusConflictException(Subscription subscription, SubscriptionStatus requested) {
        super("The subscription has ended already", "status", "Subscription " + subscription.subscriptionId()
                + " is " + subscription.status() + " already; it cannot become " + requested + " (" + "ENDED and "
                + "CANCELLED are final).");
        this.current = subscription.status();
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentStatus", current.name());
    }
}
