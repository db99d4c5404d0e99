package dev.pitwall.api.notification;

import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.ResourceNotFoundException;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.ChannelPreferences;
import dev.pitwall.engagement.delivery.ConsentPolicy;
import dev.pitwall.engagement.delivery.Preference;
import dev.pitwall.engagement.delivery.Purpose;
import dev.pitwall.engagement.delivery.UnsubscribeTokens;
import dev.pitwall.engagement.delivery.UnsubscribeTokens.InvalidTokenException;
import dev.pitwall.engagement.delivery.UnsubscribeTokens.Unsubscribe;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Subscribers' choices of what they receive on which channel: read and changed signed in, or opted out of through the
 * signed token of an unsubscribe link. Every change is stored with its source and who made it (the evidence GDPR
 * asks for); a choice that repeats the current one changes nothing.
 */
@Service
class PreferenceService {

    static final int MAX_CHANGES = Channel.values().length * Purpose.values().length;
    static final String TOKEN_EXPECTED = "the token of an unsubscribe link from a Pitwall e-mail";

    private final PreferenceRepository preferences;
    private final SubscriberDirectory subscribers;
    private final UnsubscribeTokens tokens;
    private final TransactionOperations transactions;

    PreferenceService(PreferenceRepository preferences, SubscriberDirectory subscribers, UnsubscribeTokens tokens,
            TransactionOperations transactions) {
        this.preferences = preferences;
        this.subscribers = subscribers;
        this.tokens = tokens;
        this.transactions = transactions;
    }

    NotificationPreferences preferences(String subscriberId) {
        requireSubscriber(subscriberId, "subscriberId");
        List<StoredPreference> stored = preferences.list(subscriberId);
        ChannelPreferences choices = ChannelPreferences.of(stored.stream().map(StoredPreference::preference).toList());
        List<ChannelPreference> view = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            for (Purpose purpose : Purpose.values()) {
                Optional<StoredPreference> choice = stored.stream()
                        .filter(s -> s.preference().channel() == channel && s.preference().purpose() == purpose)
                        .findFirst();
                view.add(new ChannelPreference(channel, purpose, choice.map(s -> s.preference().optedIn()).orElse(null),
                        ConsentPolicy.allows(choices, purpose, channel),
                        choice.map(StoredPreference::changedAt).orElse(null),
                        choice.map(StoredPreference::source).orElse(null)));
            }
        }
        return new NotificationPreferences(subscriberId, view);
    }

    /**
     * Records the subscriber's choices in one transaction.
     *
     * @throws InvalidBodyException naming every field that breaks a rule
     */
    NotificationPreferences update(String subscriberId, PreferencesUpdate update, String recordedBy) {
        List<Preference> changes = validate(update);
        transactions.executeWithoutResult(status -> {
            requireSubscriber(subscriberId, "subscriberId");
            changes.forEach(p -> preferences.set(subscriberId, p, PreferenceSource.PREFERENCES, recordedBy));
        });
        return preferences(subscriberId);
    }

    /** What {@code token} would opt out of, and whether its subscriber still receives it; changes nothing. */
    Unsubscription preview(String token) {
        Unsubscribe unsubscribe = verify(token);
        requireSubscriber(unsubscribe.subscriberId(), "token");
        return current(unsubscribe);
    }

    /** Opts the token's subscriber out of its purpose on its channel; repeating it changes nothing. */
    Unsubscription unsubscribe(String token) {
        Unsubscribe unsubscribe = verify(token);
        return transactions.execute(status -> {
            requireSubscriber(unsubscribe.subscriberId(), "token");
            preferences.set(unsubscribe.subscriberId(),
                    new Preference(unsubscribe.channel(), unsubscribe.purpose(), false),
                    PreferenceSource.UNSUBSCRIBE_LINK, unsubscribe.subscriberId());
            return current(unsubscribe);
        });
    }

    private Unsubscription current(Unsubscribe unsubscribe) {
        List<StoredPreference> stored = preferences.list(unsubscribe.subscriberId());
        Optional<StoredPreference> choice = stored.stream()
                .filter(s -> s.preference().channel() == unsubscribe.channel()
                        && s.preference().purpose() == unsubscribe.purpose())
                .findFirst();
        ChannelPreferences choices = ChannelPreferences.of(stored.stream().map(StoredPreference::preference).toList());
        return new Unsubscription(unsubscribe.channel(), unsubscribe.purpose(),
                ConsentPolicy.allows(choices, unsubscribe.purpose(), unsubscribe.channel()),
                choice.map(StoredPreference::changedAt).orElse(null));
    }

    private Unsubscribe verify(String token) {
        try {
            return tokens.verify(token);
        } catch (InvalidTokenException e) {
            throw new InvalidParameterException("token", TOKEN_EXPECTED + " (" + e.getMessage() + ")", shorten(token));
        }
    }

    private void requireSubscriber(String subscriberId, String parameter) {
        if (subscribers.find(subscriberId).isEmpty()) {
            throw new ResourceNotFoundException("subscriber", parameter, subscriberId);
        }
    }

    private static List<Preference> validate(PreferencesUpdate update) {
        List<Violation> violations = new ArrayList<>();
        List<Preference> changes = new ArrayList<>();
        if (update == null || update.preferences() == null || update.preferences().isEmpty()
                || update.preferences().size() > MAX_CHANGES) {
            throw new InvalidBodyException(List.of(new Violation("preferences", "1 to " + MAX_CHANGES
                    + " choices, each with channel, purpose and optedIn",
                    update == null || update.preferences() == null ? null : update.preferences().size() + " choices")));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < update.preferences().size(); i++) {
            PreferencesUpdate.Change change = update.preferences().get(i);
            String at = "preferences[" + i + "]";
            if (change == null) {
                violations.add(new Violation(at, "a choice with channel, purpose and optedIn", null));
                continue;
            }
            if (change.channel() == null) {
                violations.add(new Violation(at + ".channel", "one of EMAIL, IN_APP, WEBHOOK", null));
            }
            if (change.purpose() == null) {
                violations.add(new Violation(at + ".purpose", "SERVICE or MARKETING", null));
            }
            if (change.optedIn() == null) {
                violations.add(new Violation(at + ".optedIn", "true or false", null));
            }
            if (change.channel() != null && change.purpose() != null && change.optedIn() != null) {
                if (!seen.add(change.channel() + "/" + change.purpose())) {
                    violations.add(new Violation(at, "each channel and purpose at most once",
                            change.channel() + " " + change.purpose()));
                }
                changes.add(new Preference(change.channel(), change.purpose(), change.optedIn()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
        return changes;
    }

    private static String shorten(String token) {
        return token == null || token.length() <= 24 ? token : token.substring(0, 24) + "...";
    }
}
