package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Purpose;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A message in the subscriber's in-app inbox. */
@Schema(description = "An in-app message", example = InboxMessage.EXAMPLE)
public record InboxMessage(
        UUID messageId,
        String subject,
        String body,
        @Schema(description = "Where the message leads, e.g. a pre-filled booking; null for none") String deepLink,
        @Schema(description = "SERVICE: about the subscriber's car or contract; MARKETING: an offer") Purpose purpose,
        Instant receivedAt,
        @Schema(description = "When the subscriber first read it; null while unread") Instant readAt) {

    static final String EXAMPLE = """
            {"messageId": "3d6f2a1b-8c4e-4b7a-9e2f-5a1c7d3e9b20", "subject": "Oil service due for your Golf",
             "body": "Hello Anna,\\n\\nyour Golf needs its oil service: due at 42,400 km, 600 km to go.\\n\\nBook a workshop slot in two taps:\\nhttps://app.pitwall.dev/bookings/new?lead=6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31",
             "deepLink": "https://app.pitwall.dev/bookings/new?lead=6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31",
             "purpose": "SERVICE", "receivedAt": "2026-02-01T09:30:00Z", "readAt": null}""";
}
