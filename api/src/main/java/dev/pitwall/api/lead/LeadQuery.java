package dev.pitwall.api.lead;

import dev.pitwall.api.web.EnumListParameter;
import dev.pitwall.api.web.NearParameter;
import dev.pitwall.api.web.VinParameter;
import dev.pitwall.core.lead.LeadPriority;
import dev.pitwall.core.lead.LeadReason;
import java.util.List;
import java.util.Set;

/**
 * Which leads a caller asked for; the filters combine (AND), the values of one filter are alternatives (OR).
 *
 * @param statuses   only leads in one of these statuses; empty: all
 * @param priorities only leads of one of these priorities; empty: all
 * @param reasons    only leads for one of these reasons; empty: all
 * @param vin        only this vehicle's leads; null: all vehicles
 * @param near       only leads whose position lies within a radius of a point; null: anywhere, with or without a
 *                   position
 */
record LeadQuery(Set<LeadStatus> statuses, Set<LeadPriority> priorities, Set<LeadReason> reasons, String vin,
        NearParameter near) {

    /** The point the message of a bad {@code near} shows (Berlin). */
    private static final String NEAR_EXAMPLE = "52.52,13.405";

    LeadQuery {
        statuses = Set.copyOf(statuses);
        priorities = Set.copyOf(priorities);
        reasons = Set.copyOf(reasons);
    }

    static LeadQuery all() {
        return new LeadQuery(Set.of(), Set.of(), Set.of(), null, null);
    }

    /**
     * Reads the query parameters strictly: enum names (in any case) separated by commas or given repeatedly, a
     * well-formed VIN, {@code near} as {@code lat,lon} and {@code radiusKm} only together with it. Rejects anything
     * else naming the parameter and what it accepts.
     */
    static LeadQuery of(List<String> status, List<String> priority, List<String> reason, String vin, String near,
            String radiusKm, LeadProperties limits) {
        return new LeadQuery(
                EnumListParameter.parse("status", status, LeadStatus.class),
                EnumListParameter.parse("priority", priority, LeadPriority.class),
                EnumListParameter.parse("reason", reason, LeadReason.class),
                blank(vin) ? null : VinParameter.require(vin.strip()),
                NearParameter.of(near, radiusKm, limits, NEAR_EXAMPLE));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
