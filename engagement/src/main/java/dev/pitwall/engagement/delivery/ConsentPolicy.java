package dev.pitwall.engagement.delivery;

import java.util.Optional;

/**
 * Whether a message may be sent: the one consent rule of every channel (docs/notifications.md, "Consent and
 * unsubscribe").
 *
 * <ul>
 *   <li>MARKETING needs the subscriber's opt-in on that channel (GDPR Art. 6(1)(a) and 7; the ePrivacy Directive's
 *       Art. 13 for electronic mail). Without a choice it is suppressed with {@link SuppressionReason#NO_CONSENT}.</li>
 *   <li>SERVICE messages are part of the subscription the subscriber signed (Art. 6(1)(b)) and are sent unless
 *       they opted out on that channel.</li>
 *   <li>An opt-out always wins ({@link SuppressionReason#UNSUBSCRIBED}): withdrawing must be as easy as consenting
 *       (Art. 7(3)), and an objection to direct marketing is absolute (Art. 21(3)).</li>
 *   <li>Only then: a message with nowhere to go is {@link SuppressionReason#NO_ADDRESS}.</li>
 * </ul>
 */
public final class ConsentPolicy {

    private ConsentPolicy() {
    }

    /**
     * Why the message may not be sent, or empty when it may.
     *
     * @param reachable whether the subscriber has an address on {@code channel} (an e-mail address, an active
     *                  webhook endpoint); the in-app inbox always has one
     */
    public static Optional<SuppressionReason> suppression(ChannelPreferences preferences, Purpose purpose,
            Channel channel, boolean reachable) {
        Optional<Boolean> choice = preferences.choice(channel, purpose);
        if (choice.isPresent() && !choice.get()) {
            return Optional.of(SuppressionReason.UNSUBSCRIBED);
        }
        if (choice.isEmpty() && !allowedWithoutChoice(purpose)) {
            return Optional.of(SuppressionReason.NO_CONSENT);
        }
        return reachable ? Optional.empty() : Optional.of(SuppressionReason.NO_ADDRESS);
    }

    /** Whether {@code purpose} may be sent on {@code channel} under these preferences (address aside). */
    public static boolean allows(ChannelPreferences preferences, Purpose purpose, Channel channel) {
        return suppression(preferences, purpose, channel, true).isEmpty();
    }

    /** What holds for a subscriber who made no choice: service messages go, marketing needs an opt-in. */
    public static boolean allowedWithoutChoice(Purpose purpose) {
        return purpose == Purpose.SERVICE;
    }
}
