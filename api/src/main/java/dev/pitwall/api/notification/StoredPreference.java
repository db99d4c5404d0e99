package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Preference;
import java.time.Instant;

/** A subscriber's current choice with when and where it was made. */
record StoredPreference(Preference preference, PreferenceSource source, Instant changedAt) {
}
