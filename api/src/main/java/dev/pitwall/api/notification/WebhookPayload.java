package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Cause;

/**
 * The JSON body of a webhook request: the message and its cause (docs/notifications.md, "Webhooks").
 *
 * @param id    the message's id, the same in every retry: receivers drop duplicates by it
 * @param event the cause's kind, which the endpoint subscribed to
 */
record WebhookPayload(String id, String event, String createdAt, String subscriberId, String purpose,
        String templateId, String subject, String body, String deepLink, CauseJson cause) {

    static WebhookPayload of(Delivery d) {
        Cause c = d.cause();
        return new WebhookPayload(d.notificationId().toString(), c.kind().name(), d.createdAt().toString(),
                d.subscriberId(), d.purpose().name(), d.templateId(), d.subject(), d.body(), d.deepLink(),
                new CauseJson(c.kind().name(), c.id(), c.variant()));
    }

    record CauseJson(String kind, String id, String variant) {
    }
}
