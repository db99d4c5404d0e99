package dev.pitwall.api.notification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Every channel and purpose of one subscriber. */
@Schema(description = "The subscriber's notification preferences: every channel with every purpose",
        example = NotificationPreferences.EXAMPLE)
public record NotificationPreferences(String subscriberId, List<ChannelPreference> preferences) {

    static final String EXAMPLE = """
            {"subscriberId": "sub-4711", "preferences": [
              {"channel": "EMAIL", "purpose": "SERVICE", "optedIn": null, "allowed": true, "changedAt": null, "source": null},
              {"channel": "EMAIL", "purpose": "MARKETING", "optedIn": false, "allowed": false,
               "changedAt": "2026-02-01T10:15:00Z", "source": "UNSUBSCRIBE_LINK"},
              {"channel": "IN_APP", "purpose": "SERVICE", "optedIn": null, "allowed": true, "changedAt": null, "source": null},
              {"channel": "IN_APP", "purpose": "MARKETING", "optedIn": true, "allowed": true,
               "changedAt": "2026-01-20T18:02:00Z", "source": "PREFERENCES"},
              {"channel": "WEBHOOK", "purpose": "SERVICE", "optedIn": null, "allowed": true, "changedAt": null, "source": null},
              {"channel": "WEBHOOK", "purpose": "MARKETING", "optedIn": null, "allowed": false, "changedAt": null, "source": null}]}""";

    public NotificationPreferences {
        preferences = List.copyOf(preferences);
    }
}
