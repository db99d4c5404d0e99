package dev.pitwall.core.servicebook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a completed service must look like before it resets a vehicle's items, whoever records it (the API now,
 * bookings later). Every problem is reported, not just the first, each naming its field.
 *
 * @param odometerToleranceKm how far a service's odometer may lie beyond the vehicle's newest reported one (the
 *        car may have driven to the workshop since its last report, or be offline)
 * @param engineHoursTolerance likewise for engine hours
 * @param clockSkew how far in the future {@code performedAt} may lie, for clocks that are slightly ahead
 */
public record ServiceRecordRules(double odometerToleranceKm, double engineHoursTolerance, Duration clockSkew) {

    /** One field of a request that breaks a rule: which, what was expected, and what came. */
    public record Violation(String field, String expected, Object actual) {

        public String message() {
            return "Invalid '" + field + "': expected " + expected + ", got '" + actual + "'.";
        }
    }

    public ServiceRecordRules {
        if (!(odometerToleranceKm >= 0) || !(engineHoursTolerance >= 0)) {
            throw new IllegalArgumentException("tolerances must be 0 or more, got " + odometerToleranceKm + " km and "
                    + engineHoursTolerance + " h");
        }
        Objects.requireNonNull(clockSkew, "clockSkew");
    }

    /**
     * Checks a service of {@code items} (as the caller spelled them) performed at {@code performedAt} with the
     * vehicle at {@code odometerKm} and {@code engineHours} (may be null), against the vehicle's schedule and its
     * newest reading, at {@code now}. A service is in the future when it lies after both {@code now} and the
     * vehicle's newest report (a simulated fleet's clock may run ahead of the server's), plus the clock skew.
     *
     * @return every violation, in field order; empty when the service may be recorded
     */
    public List<Violation> check(ServiceSchedule schedule, List<String> items, Instant performedAt, Double odometerKm,
            Double engineHours, VehicleReading newest, Instant now) {
        List<Violation> violations = new ArrayList<>();
        checkItems(schedule, items, violations);
        if (performedAt == null) {
            violations.add(new Violation("performedAt", "the instant the service was completed, e.g. "
                    + "2026-01-31T10:00:00Z", null));
        } else {
            Instant latest = (newest != null && newest.time().isAfter(now) ? newest.time() : now).plus(clockSkew);
            if (performedAt.isAfter(latest)) {
                violations.add(new Violation("performedAt", "an instant no later than " + latest
                        + " (now, allowing " + clockSkew.toMinutes() + " minutes of clock skew): a service that has "
                        + "been completed", performedAt));
            }
        }
        Double newestKm = newest == null ? null : newest.odometerKm();
        checkReading(violations, "odometerKm", odometerKm, true, newestKm, odometerToleranceKm, "km");
        Double newestHours = newest == null ? null : newest.engineHours();
        checkReading(violations, "engineHours", engineHours, false, newestHours, engineHoursTolerance, "h");
        return violations;
    }

    /** The items, once {@link #check} found no violation. */
    public static List<ServiceItem> items(List<String> names) {
        return names.stream().map(n -> ServiceItem.byName(n).orElseThrow()).toList();
    }

    private static void checkItems(ServiceSchedule schedule, List<String> items, List<Violation> violations) {
        if (items == null || items.isEmpty()) {
            violations.add(new Violation("items", "at least one item, " + ServiceItem.EXPECTED,
                    items == null ? null : "[]"));
            return;
        }
        Set<ServiceItem> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String field = "items[" + i + "]";
            Optional<ServiceItem> item = ServiceItem.byName(items.get(i));
            if (item.isEmpty()) {
                violations.add(new Violation(field, ServiceItem.EXPECTED, items.get(i)));
            } else if (schedule.item(item.get()).isEmpty()) {
                violations.add(new Violation(field, "an item of the vehicle's schedule '" + schedule.id() + "': "
                        + schedule.itemNames().stream().map(Enum::name).collect(Collectors.joining(", ")),
                        items.get(i)));
            } else if (!seen.add(item.get())) {
                violations.add(new Violation(field, "each item once", items.get(i)));
            }
        }
    }

    private static void checkReading(List<Violation> violations, String field, Double value, boolean required,
            Double newest, double tolerance, String unit) {
        if (value == null) {
            if (required) {
                violations.add(new Violation(field, "the reading at the service, a number of " + unit
                        + " from 0", null));
            }
            return;
        }
        if (!(value >= 0) || value.isInfinite()) {
            violations.add(new Violation(field, "a number of " + unit + " from 0", value));
        } else if (newest != null && value > newest + tolerance) {
            violations.add(new Violation(field, "at most " + format(newest + tolerance) + " " + unit
                    + ": the vehicle's newest reported " + format(newest) + " " + unit + " plus " + format(tolerance)
                    + " " + unit + " of tolerance", value));
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
