package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.Purpose;
import dev.pitwall.engagement.delivery.UnsubscribeTokens;
import java.net.URI;

/** The unsubscribe link of a message: {@code <public-base-url>/api/v1/unsubscribe?token=<signed token>}. */
class UnsubscribeLinks {

    static final String PATH = "/api/v1/unsubscribe";

    private final UnsubscribeTokens tokens;
    private final String base;

    UnsubscribeLinks(UnsubscribeTokens tokens, URI publicBaseUrl) {
        this.tokens = tokens;
        String url = publicBaseUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A link that opts {@code subscriberId} out of {@code purpose} on {@code channel}; the token is URL-safe. */
    URI link(String subscriberId, Channel channel, Purpose purpose) {
        return URI.create(base + PATH + "?token=" + tokens.issue(subscriberId, channel, purpose));
    }
}
