package dev.pitwall.api.campaign;

import dev.pitwall.engagement.campaign.Variant;
import java.util.Optional;
import java.util.UUID;

/**
 * Hands one member's campaign message to delivery, inside the caller's transaction (so the member is marked SENT
 * exactly when the message exists). Delivery honours the subscriber's channel preferences and unsubscribes.
 */
public interface CampaignMessenger {

    /**
     * The message's id, or empty when the subscriber's preferences suppress it (unsubscribed, no consent for
     * marketing on this channel).
     */
    Optional<UUID> enqueue(Campaign campaign, Variant variant, String subscriberId, String vin);
}
