package dev.pitwall.api.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pitwall.engagement.delivery.CauseKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A registered webhook endpoint; its secret is answered once, when it is created. */
@Schema(description = "A receiver of WEBHOOK messages: every message whose cause kind is among its events is POSTed "
        + "to its url, signed with its secret (docs/notifications.md, \"Verifying a webhook\").",
        example = WebhookEndpoint.EXAMPLE)
public record WebhookEndpoint(
        UUID webhookId,
        String url,
        @Schema(description = "The cause kinds whose messages it receives") List<CauseKind> events,
        String description,
        boolean active,
        Instant createdAt,
        @Schema(description = "The operator who registered it (token subject)") String createdBy,
        @Schema(description = "The HMAC-SHA256 key of the Pitwall-Signature header. Only in the answer to the "
                + "creation: store it then, it is never shown again") @JsonInclude(JsonInclude.Include.NON_NULL)
        String secret) {

    static final String EXAMPLE = """
            {"webhookId": "0b8f6c1e-3a2d-4f5b-9c7e-1d2a3b4c5d6e", "url": "https://push.example.com/pitwall",
             "events": ["LEAD", "BOOKING"], "description": "Companion app push backend", "active": true,
             "createdAt": "2026-02-01T09:30:00Z", "createdBy": "ops-anna",
             "secret": "whsec_q3Vt8yJr0mXo6kR2bQ9wZ1nL5cF7aH4dE8gT0uI2sP"}""";

    public WebhookEndpoint {
        events = List.copyOf(events);
    }

    WebhookEndpoint withoutSecret() {
        return new WebhookEndpoint(webhookId, url, events, description, active, createdAt, createdBy, null);
    }
}
