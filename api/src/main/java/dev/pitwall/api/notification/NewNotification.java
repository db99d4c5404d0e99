package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import dev.pitwall.engagement.delivery.Purpose;
import dev.pitwall.engagement.delivery.RenderedMessage;
import dev.pitwall.engagement.delivery.SuppressionReason;
import java.net.URI;
import java.util.UUID;

/** A message about to be stored: PENDING, SENT (in-app) or SUPPRESSED from the start. */
record NewNotification(UUID notificationId, String subscriberId, Channel channel, Purpose purpose, UUID webhookId,
        String templateId, RenderedMessage message, URI deepLink, Cause cause, DeliveryStatus status,
        SuppressionReason suppressionReason) {
}
