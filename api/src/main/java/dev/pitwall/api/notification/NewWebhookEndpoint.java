package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.CauseKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What an operator registers: where to POST, and which cause kinds' messages. */
@Schema(description = "A webhook endpoint to register", example = NewWebhookEndpoint.EXAMPLE)
public record NewWebhookEndpoint(
        @Schema(description = "An absolute http(s) URL; redirects are not followed") String url,
        @Schema(description = "The cause kinds whose messages it receives, one or more") List<CauseKind> events,
        @Schema(description = "What it is, for operators; optional") String description) {

    static final String EXAMPLE = """
            {"url": "https://push.example.com/pitwall", "events": ["LEAD", "BOOKING"],
             "description": "Companion app push backend"}""";
}
