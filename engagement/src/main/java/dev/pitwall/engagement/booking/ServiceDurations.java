package dev.pitwall.engagement.booking;

import dev.pitwall.core.servicebook.ServiceItem;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How long a workshop needs for each service type, in whole minutes; a visit for several services takes their sum.
 * Every service type has a duration, so that a booking can never fail for want of one.
 */
public final class ServiceDurations {

    private final Map<ServiceItem, Duration> durations;

    /** @throws IllegalArgumentException naming the service types that lack a duration or have an invalid one */
    public ServiceDurations(Map<ServiceItem, Duration> durations) {
        Set<ServiceItem> missing = EnumSet.allOf(ServiceItem.class);
        missing.removeAll(durations.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("service durations: expected a duration for every service type, "
                    + "missing " + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
        }
        durations.forEach((item, duration) -> {
            if (duration == null || duration.isNegative() || duration.isZero() || duration.toSeconds() % 60 != 0
                    || duration.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException("service durations: " + item + ": expected whole minutes, more "
                        + "than 0 and at most 24h, got " + duration);
            }
        });
        this.durations = new EnumMap<>(durations);
    }

    public Duration of(ServiceItem item) {
        return durations.get(item);
    }

    /** The length of a visit for these service types (each counted once). */
    public Duration total(Collection<ServiceItem> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("service types: expected at least one");
        }
        return EnumSet.copyOf(items).stream().map(durations::get).reduce(Duration.ZERO, Duration::plus);
    }

    /** Every service type with its duration, in declaration order. */
    public Map<ServiceItem, Duration> asMap() {
        return new EnumMap<>(durations);
    }

    @Override
    public String toString() {
        return Arrays.stream(ServiceItem.values()).map(i -> i + "=" + durations.get(i).toMinutes() + "m")
                .collect(Collectors.joining(", ", "ServiceDurations[", "]"));
    }
}
