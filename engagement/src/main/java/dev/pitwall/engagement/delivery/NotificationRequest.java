package dev.pitwall.engagement.delivery;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A message Pitwall owes one subscriber, as a lead prompt, a campaign or an offer asks for it: on which channels,
 * why (purpose and cause), and what it says (a template and the values it is rendered with). One request becomes
 * one message per channel (per endpoint for webhooks).
 *
 * @param subscriberId the recipient, a {@code subscriber_id}
 * @param channels     one or more channels; each is checked against the subscriber's consent on its own
 * @param templateId   a template of the catalog, e.g. {@code service-due-prompt}: lower-case letters, digits, '-'
 * @param model        the values the template refers to (no nulls); {@code deepLink} and {@code subscriber.name}
 *                     are added, and win over values of the same name
 * @param deepLink     where the message leads (an absolute URI, e.g. a pre-filled booking); null for none
 */
public record NotificationRequest(String subscriberId, Purpose purpose, Set<Channel> channels, String templateId,
        Map<String, Object> model, URI deepLink, Cause cause) {

    public static final Pattern TEMPLATE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    public NotificationRequest {
        List<String> problems = new ArrayList<>();
        if (subscriberId == null || subscriberId.isBlank()) {
            problems.add("subscriberId: expected a subscriber's id");
        }
        if (purpose == null) {
            problems.add("purpose: expected SERVICE or MARKETING");
        }
        if (channels == null || channels.isEmpty()) {
            problems.add("channels: expected one or more of EMAIL, IN_APP, WEBHOOK");
        }
        if (templateId == null || !TEMPLATE_ID.matcher(templateId).matches()) {
            problems.add("templateId: expected lower-case letters, digits and '-' (" + TEMPLATE_ID + "), got '"
                    + templateId + "'");
        }
        if (deepLink != null && !deepLink.isAbsolute()) {
            problems.add("deepLink: expected an absolute URI such as https://app.pitwall.dev/bookings/new, got '"
                    + deepLink + "'");
        }
        if (cause == null) {
            problems.add("cause: expected what caused the message (a lead, campaign, offer, booking or renewal)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid notification request: " + String.join("; ", problems));
        }
        channels = Set.copyOf(EnumSet.copyOf(channels));
        model = model == null ? Map.of() : Map.copyOf(model);
        Objects.requireNonNull(purpose);
    }
}
