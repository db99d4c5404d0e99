package dev.pitwall.api.repurchase;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.profile.DrivingSegment;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the database holds about one vehicle for its repurchase recommendation, as stored; {@link RepurchaseService}
 * turns it into engagement's signals. Null where nothing was written.
 *
 * @param baselineScore the health score in force when the trend window began (or the oldest one inside it)
 * @param probabilities each component's newest predicted probability of failure
 * @param hasProfile    whether a driving profile was written (kmPerDay and attributes are only meaningful then)
 * @param plan          the ACTIVE subscription's plan; null without one
 */
record VehicleFacts(
        String vin,
        Double odometerKm,
        Double latitude,
        Double longitude,
        Instant lastEventTime,
        int healthScore,
        Integer baselineScore,
        Instant baselineTime,
        Map<Component, Double> probabilities,
        boolean hasProfile,
        Double kmPerDay,
        List<DrivingSegment> attributes,
        Integer drivingScore,
        String plan,
        LocalDate subscriptionEndsOn) {

    boolean hasPosition() {
        return latitude != null && longitude != null;
    }
}
