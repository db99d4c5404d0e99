package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import dev.pitwall.engagement.delivery.SuppressionReason;
import java.util.UUID;

/**
 * One message {@link Notifications#enqueue} stored, or found already stored for the same cause.
 *
 * @param webhookId         the endpoint of a WEBHOOK message, null otherwise
 * @param suppressionReason why it will not be sent, when SUPPRESSED
 * @param duplicate         true when the cause had already been enqueued: nothing new was stored
 */
public record EnqueuedNotification(UUID notificationId, Channel channel, UUID webhookId, DeliveryStatus status,
        SuppressionReason suppressionReason, boolean duplicate) {
}
