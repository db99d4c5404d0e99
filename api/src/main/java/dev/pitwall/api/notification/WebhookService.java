package dev.pitwall.api.notification;

import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.engagement.delivery.CauseKind;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Webhook endpoints: registered with a secret Pitwall generates (32 random bytes, shown once), listed without it,
 * and removed by deactivation.
 */
@Service
class WebhookService {

    static final int MAX_URL_LENGTH = 2000;
    static final int MAX_DESCRIPTION_LENGTH = 500;
    static final String SECRET_PREFIX = "whsec_";

    private final WebhookEndpointRepository endpoints;
    private final SecureRandom random = new SecureRandom();

    WebhookService(WebhookEndpointRepository endpoints) {
        this.endpoints = endpoints;
    }

    /** @throws InvalidBodyException naming every field that breaks a rule */
    WebhookEndpoint register(NewWebhookEndpoint request, String operator) {
        List<Violation> violations = new ArrayList<>();
        String url = request.url() == null ? null : request.url().strip();
        if (!validUrl(url)) {
            violations.add(new Violation("url", "an absolute http or https URL of at most " + MAX_URL_LENGTH
                    + " characters, e.g. https://push.example.com/pitwall", request.url()));
        }
        if (request.events() == null || request.events().isEmpty() || request.events().contains(null)) {
            violations.add(new Violation("events", "one or more of " + List.of(CauseKind.values()),
                    request.events()));
        }
        String description = request.description() == null ? "" : request.description().strip();
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            violations.add(new Violation("description", "at most " + MAX_DESCRIPTION_LENGTH + " characters",
                    description.length() + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
        List<CauseKind> events = List.copyOf(new LinkedHashSet<>(request.events()));
        return endpoints.create(UUID.randomUUID(), url, newSecret(), events, description, operator);
    }

    Page<WebhookEndpoint> list(PageQuery page) {
        return Page.of(endpoints.listActive(page), page, endpoints.countActive());
    }

    /** @return false when there is no such active endpoint */
    boolean remove(UUID webhookId) {
        return endpoints.deactivate(webhookId);
    }

    private String newSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean validUrl(String url) {
        if (url == null || url.isEmpty() || url.length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
