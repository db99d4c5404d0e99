package dev.pitwall.engagement.delivery;

import java.util.Objects;

/** A subscriber's explicit choice for one purpose on one channel: opted in (true) or out (false). */
public record Preference(Channel channel, Purpose purpose, boolean optedIn) {

    public Preference {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
    }
}
