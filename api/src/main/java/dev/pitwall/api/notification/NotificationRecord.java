package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.CauseKind;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import dev.pitwall.engagement.delivery.Purpose;
import dev.pitwall.engagement.delivery.SuppressionReason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A message as staff trace it: to whom, over what, why, and what became of it (the body is left out). */
@Schema(description = "A message and its delivery, with the cause that made Pitwall send it",
        example = NotificationRecord.EXAMPLE)
public record NotificationRecord(
        UUID notificationId,
        String subscriberId,
        Channel channel,
        Purpose purpose,
        @Schema(description = "The endpoint of a WEBHOOK message; null otherwise") UUID webhookId,
        String templateId,
        String subject,
        String deepLink,
        CauseRef cause,
        DeliveryStatus status,
        @Schema(description = "Why it was not sent, when SUPPRESSED") SuppressionReason suppressionReason,
        @Schema(description = "Send attempts so far") int attempts,
        @Schema(description = "Why the last attempt failed; null after a success") String lastError,
        Instant createdAt,
        Instant sentAt,
        Instant readAt) {

    static final String EXAMPLE = """
            {"notificationId": "8a1e4c2d-5b6f-4a3e-9d7c-2b1a0f9e8d7c", "subscriberId": "sub-4711", "channel": "EMAIL",
             "purpose": "MARKETING", "webhookId": null, "templateId": "campaign-message",
             "subject": "Winter tyres, fitted at your workshop", "deepLink": "https://app.pitwall.dev/offers/winter",
             "cause": {"kind": "CAMPAIGN", "id": "winter-tyres-2026", "variant": "B"}, "status": "SENT",
             "suppressionReason": null, "attempts": 1, "lastError": null, "createdAt": "2026-02-01T09:30:00Z",
             "sentAt": "2026-02-01T09:30:01Z", "readAt": null}""";

    /** What caused a message. */
    @Schema(description = "What caused the message: a lead, campaign (with its A/B variant), offer, booking or renewal")
    public record CauseRef(CauseKind kind, String id, String variant) {
    }
}
