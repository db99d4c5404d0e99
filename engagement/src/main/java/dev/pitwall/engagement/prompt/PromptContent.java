package dev.pitwall.engagement.prompt;

import dev.pitwall.core.servicebook.ServiceItem;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What a service prompt says about its lead, and the deep link into the portal's booking form, filled in with the
 * vehicle, the suggested service and the nearest workshop, and naming the lead so that the booking answers it.
 */
public final class PromptContent {

    private final URI portal;

    /** @param portal the subscriber portal's base URI, e.g. https://portal.pitwall.dev */
    public PromptContent(URI portal) {
        if (portal == null || !portal.isAbsolute()) {
            throw new IllegalArgumentException("portal: expected an absolute URI such as https://portal.pitwall.dev, "
                    + "got '" + portal + "'");
        }
        this.portal = portal;
    }

    /** The lead as the prompt needs it. */
    public record Lead(UUID leadId, String vin, String reason, String subject, String suggestedService,
            String evidence, String nearestWorkshopId) {
    }

    /** The values of the {@code service-due-prompt} template. */
    public Map<String, Object> model(Lead lead) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("serviceName", serviceName(lead));
        model.put("vehicleName", "vehicle " + lead.vin());
        model.put("evidence", lead.evidence());
        return model;
    }

    /** {@code <portal>/bookings/new?lead=...&vin=...&service=...&workshop=...}. */
    public URI deepLink(Lead lead) {
        StringBuilder query = new StringBuilder("lead=").append(lead.leadId()).append("&vin=").append(lead.vin());
        if (lead.suggestedService() != null && !lead.suggestedService().isEmpty()) {
            query.append("&service=").append(encode(lead.suggestedService()));
        }
        if (lead.nearestWorkshopId() != null) {
            query.append("&workshop=").append(encode(lead.nearestWorkshopId()));
        }
        String base = portal.toString().endsWith("/") ? portal.toString() : portal + "/";
        return URI.create(base + "bookings/new?" + query);
    }

    static String serviceName(Lead lead) {
        return switch (lead.reason()) {
            case "SERVICE_DUE" -> ServiceItem.byName(lead.suggestedService()).map(ServiceItem::displayName)
                    .orElse("service");
            case "FAILURE_PREDICTED" -> "check of the " + lead.subject().toLowerCase().replace('_', ' ');
            case "SEVERE_DTC" -> "diagnosis of trouble code " + lead.subject();
            default -> "service";
        };
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
