package dev.pitwall.api.notification;

/** Where a subscriber made a choice: kept with it as evidence. */
public enum PreferenceSource {
    /** {@code PUT /api/v1/me/notification-preferences}, signed in. */
    PREFERENCES,
    /** The one-click unsubscribe link of an e-mail, whose signed token names the subscriber. */
    UNSUBSCRIBE_LINK
}
