package dev.pitwall.api.lead;

import dev.pitwall.api.web.NearParameter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the lead endpoints ({@code pitwall.api.leads.*}). The defaults are written here, next to what they
 * mean, as the service book does with its own; override them like any property
 * ({@code PITWALL_API_LEADS_MAX_RADIUS_KM}, {@code --pitwall.api.leads.max-radius-km=300}).
 *
 * @param defaultRadiusKm how far around {@code near} to look when the caller gives no {@code radiusKm}
 * @param maxRadiusKm     the largest {@code radiusKm} a caller may ask for (the stream looks for workshops within
 *                        at most 500 km too, core's {@code LeadRules})
 */
@ConfigurationProperties("pitwall.api.leads")
public record LeadProperties(
        @DefaultValue("25") double defaultRadiusKm,
        @DefaultValue("500") double maxRadiusKm) implements NearParameter.Limits {

    public LeadProperties {
        NearParameter.Limits.requireValid("pitwall.api.leads", defaultRadiusKm, maxRadiusKm);
    }
}
