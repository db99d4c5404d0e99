package dev.pitwall.engagement.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who a campaign is for: subscribers with an active subscription, narrowed by conditions on their vehicle, its
 * usage, health, location, plan, driving profile and consent. Every condition is optional and they all must hold;
 * an empty segment is every active subscription.
 *
 * @param modelYears the vehicle's model year (from the VIN)
 * @param wmis the VIN's first three characters (the manufacturer), any of them
 * @param plans the subscription plan, any of them
 * @param healthBands the vehicle's current health band, any of them
 * @param healthScore the current health score
 * @param kmPerDay km driven per observed day (driving profile)
 * @param drivingScore the driving profile's overall score
 * @param profileAttributes driving-profile segment attributes, all of them
 * @param openLeadReasons an open service lead of any of these reasons
 * @param near the vehicle's last position within a radius
 * @param subscriptionEndsWithinDays the subscription ends within this many days from now
 * @param locationConsent whether the vehicle's subscriber consented to location-based marketing (true), withdrew
 *     or never gave it (false)
 */
public record Segment(IntRange modelYears, List<String> wmis, List<String> plans, List<String> healthBands,
        IntRange healthScore, DecimalRange kmPerDay, IntRange drivingScore, List<String> profileAttributes,
        List<String> openLeadReasons, Near near, Integer subscriptionEndsWithinDays, Boolean locationConsent) {

    public static final Set<String> HEALTH_BANDS = Set.of("GOOD", "FAIR", "POOR", "CRITICAL");
    public static final Set<String> PROFILE_ATTRIBUTES = Set.of("HIGH_MILEAGE", "LOW_MILEAGE", "NIGHT_DRIVER",
            "SMOOTH_DRIVER", "AGGRESSIVE_DRIVER", "SHORT_TRIPS", "COMMUTER");
    public static final Set<String> LEAD_REASONS = Set.of("SERVICE_DUE", "FAILURE_PREDICTED", "SEVERE_DTC");

    public Segment {
        wmis = wmis == null ? List.of() : List.copyOf(wmis);
        plans = plans == null ? List.of() : List.copyOf(plans);
        healthBands = healthBands == null ? List.of() : List.copyOf(healthBands);
        profileAttributes = profileAttributes == null ? List.of() : List.copyOf(profileAttributes);
        openLeadReasons = openLeadReasons == null ? List.of() : List.copyOf(openLeadReasons);
    }

    /** Every active subscription. */
    public static Segment everyone() {
        return new Segment(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** What is wrong with this segment, each naming its field; empty when it is valid. */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        IntRange.check("modelYears", modelYears, 2010, 2039, violations);
        IntRange.check("healthScore", healthScore, 0, 100, violations);
        IntRange.check("drivingScore", drivingScore, 0, 100, violations);
        DecimalRange.check("kmPerDay", kmPerDay, violations);
        for (int i = 0; i < wmis.size(); i++) {
            String wmi = wmis.get(i);
            if (wmi == null || !wmi.matches("[A-HJ-NPR-Z0-9]{3}")) {
                violations.add(new Violation("wmis[" + i + "]",
                        "a world manufacturer identifier: the first 3 characters of a VIN, e.g. WVW", wmi));
            }
        }
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i) == null || plans.get(i).isBlank()) {
                violations.add(new Violation("plans[" + i + "]", "a plan name", plans.get(i)));
            }
        }
        oneOf("healthBands", healthBands, HEALTH_BANDS, violations);
        oneOf("profileAttributes", profileAttributes, PROFILE_ATTRIBUTES, violations);
        oneOf("openLeadReasons", openLeadReasons, LEAD_REASONS, violations);
        if (near != null) {
            near.check(violations);
        }
        if (subscriptionEndsWithinDays != null && (subscriptionEndsWithinDays < 0 || subscriptionEndsWithinDays > 3660)) {
            violations.add(new Violation("subscriptionEndsWithinDays", "whole days from 0 to 3660",
                    subscriptionEndsWithinDays));
        }
        return violations;
    }

    private static void oneOf(String field, List<String> values, Set<String> allowed, List<Violation> violations) {
        for (int i = 0; i < values.size(); i++) {
            if (!allowed.contains(values.get(i))) {
                violations.add(new Violation(field + "[" + i + "]", "one of " + allowed.stream().sorted().toList(),
                        values.get(i)));
            }
        }
    }

    /** An inclusive range of whole numbers; either end may be open. */
    public record IntRange(Integer min, Integer max) {

        static void check(String field, IntRange range, int lowest, int highest, List<Violation> violations) {
            if (range == null) {
                return;
            }
            if (range.min == null && range.max == null) {
                violations.add(new Violation(field, "min, max or both", "{}"));
            }
            if (range.min != null && (range.min < lowest || range.min > highest)) {
                violations.add(new Violation(field + ".min", "a whole number from " + lowest + " to " + highest,
                        range.min));
            }
            if (range.max != null && (range.max < lowest || range.max > highest)) {
                violations.add(new Violation(field + ".max", "a whole number from " + lowest + " to " + highest,
                        range.max));
            }
            if (range.min != null && range.max != null && range.min > range.max) {
                violations.add(new Violation(field + ".max", "at least min (" + range.min + ")", range.max));
            }
        }
    }

    /** An inclusive range of non-negative decimals; either end may be open. */
    public record DecimalRange(Double min, Double max) {

        static void check(String field, DecimalRange range, List<Violation> violations) {
            if (range == null) {
                return;
            }
            if (range.min == null && range.max == null) {
                violations.add(new Violation(field, "min, max or both", "{}"));
            }
            if (range.min != null && !(range.min >= 0)) {
                violations.add(new Violation(field + ".min", "a number of 0 or more", range.min));
            }
            if (range.max != null && !(range.max >= 0)) {
                violations.add(new Violation(field + ".max", "a number of 0 or more", range.max));
            }
            if (range.min != null && range.max != null && range.min > range.max) {
                violations.add(new Violation(field + ".max", "at least min (" + range.min + ")", range.max));
            }
        }
    }

    /** A circle around a point: the vehicle's last reported position must lie in it. */
    public record Near(Double latitude, Double longitude, Double radiusKm) {

        void check(List<Violation> violations) {
            if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
                violations.add(new Violation("near.latitude", "degrees from -90 to 90", latitude));
            }
            if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
                violations.add(new Violation("near.longitude", "degrees from -180 to 180", longitude));
            }
            if (radiusKm == null || !(radiusKm > 0 && radiusKm <= 1000)) {
                violations.add(new Violation("near.radiusKm", "kilometres above 0 and at most 1000", radiusKm));
            }
        }
    }

    /** One wrong field: its path in the segment, what it expects and what came. */
    public record Violation(String field, String expected, Object actual) {
    }
}
