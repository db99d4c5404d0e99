package dev.pitwall.api.notification;

import java.net.URI;
import java.util.UUID;

/**
 * The tracked link of a marketing message: {@code <public-base-url>/api/v1/links/<notificationId>}. Following it
 * records the click and redirects to the message's stored deep link. The random id is the only credential: it names
 * one message, and the target is never taken from the link, so it cannot redirect anywhere else.
 */
class ClickLinks {

    static final String PATH = "/api/v1/links/";

    private final String base;

    ClickLinks(URI publicBaseUrl) {
        String url = publicBaseUrl.toString();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    URI of(UUID notificationId) {
        return URI.create(base + PATH + notificationId);
    }
}
