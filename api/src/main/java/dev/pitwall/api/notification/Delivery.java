package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.Purpose;
import java.time.Instant;
import java.util.UUID;

/**
 * A PENDING message the dispatcher claimed, with what its channel needs to send it.
 *
 * @param attempts    attempts before this one
 * @param email       the subscriber's address now (null when none)
 * @param webhook     the endpoint of a WEBHOOK message, null otherwise
 */
record Delivery(UUID notificationId, String subscriberId, Channel channel, Purpose purpose, String templateId,
        String subject, String body, String deepLink, Cause cause, int attempts, Instant createdAt, String email,
        String displayName, WebhookTarget webhook) {

    /** Whether the channel has somewhere to send it. */
    boolean reachable() {
        return switch (channel) {
            case EMAIL -> email != null && !email.isBlank();
            case WEBHOOK -> webhook != null && webhook.active();
            case IN_APP -> true;
        };
    }

    /** Where a WEBHOOK message goes, and the key it is signed with. */
    record WebhookTarget(UUID webhookId, String url, String secret, boolean active) {

        @Override
        public String toString() {
            return "WebhookTarget[webhookId=" + webhookId + ", url=" + url + ", active=" + active + "]";
        }
    }

    @Override
    public String toString() {
        return "Delivery[" + notificationId + " " + channel + " " + cause.reference() + "]";
    }
}
