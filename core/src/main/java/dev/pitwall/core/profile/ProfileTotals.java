package dev.pitwall.core.profile;

/**
 * The measures behind a profile, over its window (stored as {@code vehicle_profile.details}). Distances in km and
 * fuel in litres rounded to 0.01, shares to 0.001; {@code null} where there is nothing to divide by.
 *
 * @param observedDays         days from the vehicle's first message (or the window's start) to the newest, inclusive
 * @param activeDays           days with any distance
 * @param km                   distance driven
 * @param kmPerDay             km per observed day
 * @param drivingMinutes       time moving
 * @param trips                trips counted
 * @param averageTripKm        km per trip
 * @param typicalTripStartHour the local hour most trips started in (the earliest on a tie)
 * @param harshBrakings        harsh braking events
 * @param harshAccelerations   harsh acceleration events
 * @param harshEventsPer100Km  both per 100 km
 * @param speedingShare        share of driving time above the speeding threshold (0–1)
 * @param nightKm              km driven at night
 * @param nightShare           share of km driven at night (0–1)
 * @param fuelUsedLitres       fuel used, from level drops
 * @param litresPer100Km       fuel used per 100 km
 * @param refuelCount          refuels
 * @param refuelledLitres      litres put in
 * @param commuteDays          weekdays with a morning and an evening trip start
 */
public record ProfileTotals(
        int observedDays,
        int activeDays,
        double km,
        double kmPerDay,
        double drivingMinutes,
        int trips,
        Double averageTripKm,
        Integer typicalTripStartHour,
        int harshBrakings,
        int harshAccelerations,
        Double harshEventsPer100Km,
        Double speedingShare,
        double nightKm,
        Double nightShare,
        double fuelUsedLitres,
        Double litresPer100Km,
        int refuelCount,
        double refuelledLitres,
        int commuteDays) {
}
