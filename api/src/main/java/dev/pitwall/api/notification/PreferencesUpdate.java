package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.Purpose;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The choices a subscriber makes; channels and purposes not listed keep theirs. */
@Schema(description = "Choices to record: each sets one purpose on one channel; those not listed stay as they are",
        example = PreferencesUpdate.EXAMPLE)
public record PreferencesUpdate(List<Change> preferences) {

    static final String EXAMPLE = """
            {"preferences": [{"channel": "IN_APP", "purpose": "MARKETING", "optedIn": true},
                             {"channel": "EMAIL", "purpose": "SERVICE", "optedIn": false}]}""";

    /** One choice. */
    @Schema(description = "Opt in to (true) or out of (false) one purpose on one channel")
    public record Change(Channel channel, Purpose purpose, Boolean optedIn) {
    }
}
