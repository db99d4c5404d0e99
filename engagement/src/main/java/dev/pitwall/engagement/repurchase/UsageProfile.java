package dev.pitwall.engagement.repurchase;

import dev.pitwall.core.profile.DrivingSegment;
import java.util.EnumSet;
import java.util.Set;

/**
 * How the vehicle is used, from its driving profile (docs/driving-profiles.md).
 *
 * @param kmPerDay     km per observed day over the profile's window
 * @param attributes   the segment attributes that apply (SHORT_TRIPS, COMMUTER, HIGH_MILEAGE, ...)
 * @param drivingScore the overall driving score 0–100, null until the window holds enough km
 */
public record UsageProfile(double kmPerDay, Set<DrivingSegment> attributes, Integer drivingScore) {

    public UsageProfile {
        attributes = attributes == null || attributes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attributes));
    }

    public boolean has(DrivingSegment segment) {
        return attributes.contains(segment);
    }

    /** Short trips or commuting: days an electric car covers on a charge at home or work. */
    public boolean drivesShortRegularTrips() {
        return has(DrivingSegment.SHORT_TRIPS) || has(DrivingSegment.COMMUTER);
    }
}
