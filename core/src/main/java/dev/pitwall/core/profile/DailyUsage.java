package dev.pitwall.core.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of the daily usage rollup (table {@code vehicle_daily_usage}): a vehicle's usage on one local day, as of
 * its newest message counted. Upserted on {@code (vin, day)}, newer {@code (asOf, asOfSeq)} wins; the row written
 * when the day closes is final. Distances in km, fuel in litres, rounded to 0.01; durations in minutes, to 0.1.
 *
 * @param vin                the vehicle
 * @param day                the local day in the rules' zone
 * @param asOf               event time of the newest message counted
 * @param asOfSeq            its seq (tie-break for equal event times)
 * @param km                 distance driven
 * @param drivingMinutes     time moving
 * @param fuelUsedLitres     fuel level drops with the engine running or moving, as litres
 * @param refuelledLitres    litres put in at refuels
 * @param refuelCount        refuels
 * @param trips              trips that ended this day
 * @param harshBrakings      harsh braking events
 * @param harshAccelerations harsh acceleration events
 * @param nightKm            km driven at night
 * @param speedingMinutes    time above the speeding threshold
 */
public record DailyUsage(
        String vin,
        LocalDate day,
        Instant asOf,
        long asOfSeq,
        double km,
        double drivingMinutes,
        double fuelUsedLitres,
        double refuelledLitres,
        int refuelCount,
        int trips,
        int harshBrakings,
        int harshAccelerations,
        double nightKm,
        double speedingMinutes) {

    public DailyUsage {
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(asOf, "asOf");
    }

    /** The row of one day's bucket, with the rules' tank size turning fuel percentage points into litres. */
    public static DailyUsage of(String vin, Instant asOf, long asOfSeq, DailyBucket b, DrivingProfileRules rules) {
        return new DailyUsage(vin, b.day(), asOf, asOfSeq, Rounding.hundredths(b.km()),
                Rounding.tenths(b.drivingSeconds() / 60.0), Rounding.hundredths(rules.litres(b.fuelUsedPct())),
                Rounding.hundredths(rules.litres(b.refuelledPct())), b.refuelCount(), b.trips(), b.harshBrakings(),
                b.harshAccelerations(), Rounding.hundredths(b.nightKm()), Rounding.tenths(b.speedingSeconds() / 60.0));
    }
}
