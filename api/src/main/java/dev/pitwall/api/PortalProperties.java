package dev.pitwall.api;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pitwall.portal.url}: the subscriber portal, where the deep links in prompts and offers lead (a pre-filled
 * booking, a renewal offer to accept).
 */
@ConfigurationProperties("pitwall.portal")
public record PortalProperties(URI url) {

    public PortalProperties {
        if (url == null || !url.isAbsolute()) {
            throw new IllegalArgumentException("pitwall.portal.url: expected an absolute URL such as "
                    + "https://portal.pitwall.dev, got '" + url + "'");
        }
    }

    /** The portal's page at {@code path} (no leading slash), e.g. {@code renewals/<offerId>}. */
    public URI link(String path) {
        String base = url.toString().endsWith("/") ? url.toString() : url + "/";
        return URI.create(base + path);
    }
}
