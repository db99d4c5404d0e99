package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.Purpose;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Whether a subscriber receives one purpose on one channel, and the choice behind it. */
@Schema(description = "One purpose on one channel: the subscriber's explicit choice (optedIn; null when they made "
        + "none) and what follows from it (allowed). Without a choice SERVICE messages are allowed and MARKETING "
        + "messages are not.")
public record ChannelPreference(
        Channel channel,
        Purpose purpose,
        @Schema(description = "true: opted in; false: opted out; null: no choice made", nullable = true)
        Boolean optedIn,
        @Schema(description = "Whether messages of this purpose are sent on this channel") boolean allowed,
        @Schema(description = "When the choice was made; null without one", nullable = true) Instant changedAt,
        @Schema(description = "Where the choice was made; null without one", nullable = true) PreferenceSource source) {
}
