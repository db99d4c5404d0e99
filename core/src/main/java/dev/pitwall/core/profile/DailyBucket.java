package dev.pitwall.core.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one vehicle did on one local day, as {@link DrivingProfileTracker} counts it: the profile's window is a list
 * of these, and each becomes a {@link DailyUsage} row. Fuel is kept in percentage points of the tank, so that the
 * configured tank size turns it into litres when a row is written.
 *
 * @param day               the local day, in the rules' zone
 * @param km                distance driven
 * @param drivingSeconds    time moving (each interval between two messages at most {@code tripGap} apart, counted
 *                          when the vehicle was moving at its start)
 * @param speedingSeconds   of that, time above {@code speedingKmh}
 * @param nightKm           of the distance, km driven between {@code nightStart} and {@code nightEnd}
 * @param fuelUsedPct       fuel level drops with the engine running or the vehicle moving, in percentage points
 * @param refuelledPct      fuel level rises at stops recognised as refuels, in percentage points
 * @param refuelCount       refuels
 * @param trips             trips that ended this day (at least {@code minTripKm} long)
 * @param tripKm            their distance
 * @param harshBrakings     harsh braking events
 * @param harshAccelerations harsh acceleration events
 * @param tripStartHours    the local start hour (0–23) of each counted trip, at most {@link #MAX_START_HOURS}
 */
public record DailyBucket(
        LocalDate day,
        double km,
        double drivingSeconds,
        double speedingSeconds,
        double nightKm,
        double fuelUsedPct,
        double refuelledPct,
        int refuelCount,
        int trips,
        double tripKm,
        int harshBrakings,
        int harshAccelerations,
        List<Integer> tripStartHours) {

    /** Start hours kept per day; a vehicle with more trips than this still counts them, only not their hours. */
    public static final int MAX_START_HOURS = 48;

    public DailyBucket {
        Objects.requireNonNull(day, "day");
        tripStartHours = tripStartHours == null ? List.of() : List.copyOf(tripStartHours);
    }

    /** A day nothing has been counted for yet. */
    public static DailyBucket empty(LocalDate day) {
        return new DailyBucket(day, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    /** Whether a trip started in [fromHour, toHour) local time this day. */
    public boolean hasTripStartingBetween(int fromHour, int toHour) {
        for (int hour : tripStartHours) {
            if (hour >= fromHour && hour < toHour) {
                return true;
            }
        }
        return false;
    }
}
