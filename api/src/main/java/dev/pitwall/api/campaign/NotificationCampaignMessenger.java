package dev.pitwall.api.campaign;

import dev.pitwall.api.notification.EnqueuedNotification;
import dev.pitwall.api.notification.Notifications;
import dev.pitwall.engagement.campaign.Variant;
import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import dev.pitwall.engagement.delivery.NotificationRequest;
import dev.pitwall.engagement.delivery.Purpose;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Campaign messages through the notification outbox: a MARKETING message on the campaign's channel, caused by the
 * campaign and its variant, so that delivery applies the subscriber's opt-ins and every message traces back to it.
 */
@Component
class NotificationCampaignMessenger implements CampaignMessenger {

    static final String TEMPLATE = "campaign-message";

    private final Notifications notifications;

    NotificationCampaignMessenger(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<UUID> enqueue(Campaign campaign, Variant variant, String subscriberId, String vin) {
        List<EnqueuedNotification> stored = notifications.enqueue(new NotificationRequest(subscriberId,
                Purpose.MARKETING, Set.of(Channel.valueOf(campaign.channel())), TEMPLATE,
                Map.of("headline", variant.subject(), "text", variant.body(), "vin", vin),
                variant.link() == null ? null : URI.create(variant.link()),
                Cause.campaign(campaign.campaignId().toString(), variant.key())));
        return stored.stream().filter(n -> n.status() != DeliveryStatus.SUPPRESSED)
                .map(EnqueuedNotification::notificationId).findFirst();
    }
}
