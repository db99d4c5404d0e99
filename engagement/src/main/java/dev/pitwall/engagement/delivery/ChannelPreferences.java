package dev.pitwall.engagement.delivery;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The explicit choices one subscriber made; a channel and purpose without one follows {@link ConsentPolicy}'s
 * default.
 */
public final class ChannelPreferences {

    private static final ChannelPreferences NONE = new ChannelPreferences(List.of());

    private final Map<Channel, Map<Purpose, Boolean>> choices = new EnumMap<>(Channel.class);

    private ChannelPreferences(Collection<Preference> preferences) {
        for (Preference p : preferences) {
            choices.computeIfAbsent(p.channel(), c -> new EnumMap<>(Purpose.class)).put(p.purpose(), p.optedIn());
        }
    }

    /** A subscriber's choices; a later choice of the same channel and purpose replaces an earlier one. */
    public static ChannelPreferences of(Collection<Preference> preferences) {
        return preferences.isEmpty() ? NONE : new ChannelPreferences(preferences);
    }

    /** A subscriber who never chose anything. */
    public static ChannelPreferences none() {
        return NONE;
    }

    /** The explicit choice for {@code purpose} on {@code channel}; empty when the subscriber made none. */
    public Optional<Boolean> choice(Channel channel, Purpose purpose) {
        return Optional.ofNullable(choices.getOrDefault(channel, Map.of()).get(purpose));
    }

    @Override
    public String toString() {
        return "ChannelPreferences" + choices;
    }
}
