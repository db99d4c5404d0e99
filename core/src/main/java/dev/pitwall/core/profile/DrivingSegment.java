package dev.pitwall.core.profile;

/**
 * A segment attribute marketers select vehicles by; each is a rule over the profile's window
 * ({@link DrivingProfileRules} holds the thresholds, docs/driving-profiles.md the table).
 */
public enum DrivingSegment {
    /** At least {@code highMileageKmPerDay} km per observed day, over at least {@code minSegmentDays} days. */
    HIGH_MILEAGE,
    /** Below {@code lowMileageKmPerDay} km per observed day, over at least {@code minSegmentDays} days. */
    LOW_MILEAGE,
    /** At least {@code nightDriverShare} of the km at night, over at least {@code minScoredKm} km. */
    NIGHT_DRIVER,
    /** Smoothness and speed discipline both at least {@code smoothDriverScore}. */
    SMOOTH_DRIVER,
    /** Smoothness or speed discipline below {@code aggressiveDriverScore}. */
    AGGRESSIVE_DRIVER,
    /** At least {@code shortTripsMinTrips} trips averaging below {@code shortTripKm} km. */
    SHORT_TRIPS,
    /** At least {@code commuterMinDays} weekdays with a morning and an evening trip start. */
    COMMUTER
}
