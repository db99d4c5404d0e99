package dev.pitwall.api.poi;

import dev.pitwall.api.web.EnumListParameter;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.NearParameter;
import dev.pitwall.core.poi.PoiFilter;
import dev.pitwall.core.poi.PoiKind;
import dev.pitwall.core.poi.PointOfInterest;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which POIs a caller asked for: core's {@link PoiFilter} (kinds, brands, services, partners, open at), whether to
 * keep partners or the others, and optionally a point and radius to search around.
 *
 * @param filter  the conditions core's index checks; partnerOnly is set for {@code partner=true}
 * @param partner {@code true} only partners, {@code false} only POIs that are not, {@code null} both
 * @param near    a point and radius, or null for the whole catalog
 */
record PoiQuery(PoiFilter filter, Boolean partner, NearParameter near) {

    /** The point the message of a bad {@code near} shows (Munich). */
    private static final String NEAR_EXAMPLE = "48.137,11.575";
    static final String PARTNER_EXPECTED = "true (only partners) or false (only POIs that are not partners)";
    static final String OPEN_AT_EXPECTED = "an ISO-8601 instant such as 2026-01-31T08:00:00Z";

    /** Whether the POI passes the filter and the partner condition; for the whole catalog, without near. */
    boolean matches(PointOfInterest poi) {
        return filter.test(poi) && matchesPartner(poi);
    }

    /** The one condition {@link PoiFilter} cannot express: {@code partner=false}. */
    boolean matchesPartner(PointOfInterest poi) {
        return partner == null || poi.partner() == partner;
    }

    /**
     * Reads the query parameters strictly: kind names (in any case), brands and service tags, each separated by
     * commas or given repeatedly; {@code partner} true or false; {@code openAt} an ISO instant; {@code near} as
     * {@code lat,lon} and {@code radiusKm} only together with it. Rejects anything else naming the parameter and
     * what it accepts.
     */
    static PoiQuery of(List<String> kind, List<String> brand, List<String> service, String partner, String openAt,
            String near, String radiusKm, PoiProperties limits) {
        Boolean partnerValue = partner(partner);
        PoiFilter filter = new PoiFilter(EnumListParameter.parse("kind", kind, PoiKind.class), values(brand), values(service),
                Boolean.TRUE.equals(partnerValue), openAt(openAt));
        return new PoiQuery(filter, partnerValue, NearParameter.of(near, radiusKm, limits, NEAR_EXAMPLE));
    }

    /** Brands and service tags are free text in the POI file: any value is valid (and may match no POI). */
    private static Set<String> values(List<String> values) {
        return new LinkedHashSet<>(split(values));
    }

    /** Spring splits a single comma-separated value, not each of repeated ones; this does both. */
    private static List<String> split(List<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip)
                .filter(v -> !v.isEmpty()).toList();
    }

    private static Boolean partner(String partner) {
        if (blank(partner)) {
            return null;
        }
        return switch (partner.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException("partner", PARTNER_EXPECTED, partner);
        };
    }

    private static Instant openAt(String openAt) {
        if (blank(openAt)) {
            return null;
        }
        try {
            return Instant.parse(openAt.strip()); // also takes an offset such as +01:00 (sent as %2B01:00)
        } catch (DateTimeException e) {
            throw new InvalidParameterException("openAt", OPEN_AT_EXPECTED, openAt);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
