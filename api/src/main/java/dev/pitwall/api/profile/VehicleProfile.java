package dev.pitwall.api.profile;

import dev.pitwall.core.profile.DrivingSegment;
import dev.pitwall.core.profile.ProfileTotals;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A vehicle's usage and driving profile as the stream job last wrote it, with its daily usage rows. */
@Schema(description = "Scores, segment attributes and the measures behind them over the profile's window (the last "
        + "30 local days up to the newest message counted), and the daily usage rows newest first. All times are "
        + "event time.", example = VehicleProfile.EXAMPLE)
public record VehicleProfile(
        String vin,
        @Schema(description = "Event time of the newest message the profile counts") Instant asOf,
        @Schema(description = "First local day of the profile's window") LocalDate windowFrom,
        @Schema(description = "Last local day of the window: the day of asOf") LocalDate windowTo,
        Scores scores,
        @Schema(description = "Segment attributes that apply; the rules are in docs/driving-profiles.md")
        List<DrivingSegment> attributes,
        @Schema(description = "The measures behind scores and attributes, over the window") ProfileTotals details,
        @Schema(description = "Daily usage rows of the requested days, newest first; a day without messages has "
                + "no row") List<DailyUsage> dailyUsage) {

    static final String EXAMPLE = """
            {"vin": "1HGCM82633A004352", "asOf": "2026-11-02T17:00:00Z", "windowFrom": "2026-10-04",
             "windowTo": "2026-11-02",
             "scores": {"overall": 84, "smoothness": 90, "speedDiscipline": 94, "nightDrivingPct": 8},
             "attributes": ["SMOOTH_DRIVER", "COMMUTER"],
             "details": {"observedDays": 30, "activeDays": 22, "km": 1234.5, "kmPerDay": 41.15,
                         "drivingMinutes": 1480.5, "trips": 58, "averageTripKm": 21.28, "typicalTripStartHour": 7,
                         "harshBrakings": 3, "harshAccelerations": 5, "harshEventsPer100Km": 0.648,
                         "speedingShare": 0.012, "nightKm": 98.7, "nightShare": 0.08, "fuelUsedLitres": 86.42,
                         "litresPer100Km": 7.0, "refuelCount": 2, "refuelledLitres": 80.5, "commuteDays": 12},
             "dailyUsage": [{"day": "2026-11-02", "km": 40.25, "drivingMinutes": 61.5, "fuelUsedLitres": 3.25,
                             "refuelledLitres": 0.0, "refuelCount": 0, "trips": 3, "harshBrakings": 1,
                             "harshAccelerations": 0, "nightKm": 4.5, "speedingMinutes": 2.0,
                             "asOf": "2026-11-02T17:00:00Z"}]}""";

    /**
     * Driving-style scores 0–100, all null until the window holds enough km (50 by default).
     *
     * @param overall         0.45 × smoothness + 0.35 × speed discipline + 0.2 × (100 − night driving %)
     * @param smoothness      100 − 10 × harsh braking and acceleration events per 100 km
     * @param speedDiscipline 100 − 500 × share of driving time above the speeding threshold
     * @param nightDrivingPct share of km driven at night, percent
     */
    public record Scores(Integer overall, Integer smoothness, Integer speedDiscipline, Integer nightDrivingPct) {
    }

    /** One vehicle's usage on one local day; {@code asOf} is the newest message counted (final once the day closed). */
    public record DailyUsage(LocalDate day, double km, double drivingMinutes, double fuelUsedLitres,
            double refuelledLitres, int refuelCount, int trips, int harshBrakings, int harshAccelerations,
            double nightKm, double speedingMinutes, Instant asOf) {
    }
}
