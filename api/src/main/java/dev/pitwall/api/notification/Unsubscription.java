package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.Purpose;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** What an unsubscribe token is about, and whether its subscriber still receives it. */
@Schema(description = "The purpose and channel an unsubscribe link is about, and whether its subscriber still "
        + "receives such messages", example = Unsubscription.EXAMPLE)
public record Unsubscription(
        Channel channel,
        Purpose purpose,
        @Schema(description = "Whether messages of this purpose are still sent on this channel") boolean receiving,
        @Schema(description = "When the subscriber's current choice was made; null without one", nullable = true)
        Instant changedAt) {

    static final String EXAMPLE = """
            {"channel": "EMAIL", "purpose": "MARKETING", "receiving": false, "changedAt": "2026-02-01T10:15:00Z"}""";
}
