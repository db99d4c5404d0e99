package dev.pitwall.core.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Today's {@link DailyBucket} while {@link DrivingProfileTracker} counts it. */
final class BucketCounts {
    final LocalDate day;
    double km;
    double drivingSeconds;
    double speedingSeconds;
    double nightKm;
    double fuelUsedPct;
    double refuelledPct;
    int refuelCount;
    int trips;
    double tripKm;
    int harshBrakings;
    int harshAccelerations;
    final List<Integer> startHours;

    BucketCounts(DailyBucket b) {
        day = b.day();
        km = b.km();
        drivingSeconds = b.drivingSeconds();
        speedingSeconds = b.speedingSeconds();
        nightKm = b.nightKm();
        fuelUsedPct = b.fuelUsedPct();
        refuelledPct = b.refuelledPct();
        refuelCount = b.refuelCount();
        trips = b.trips();
        tripKm = b.tripKm();
        harshBrakings = b.harshBrakings();
        harshAccelerations = b.harshAccelerations();
        startHours = new ArrayList<>(b.tripStartHours());
    }

    LocalDate day() {
        return day;
    }

    DailyBucket build() {
        return new DailyBucket(day, km, drivingSeconds, speedingSeconds, nightKm, fuelUsedPct, refuelledPct,
                refuelCount, trips, tripKm, harshBrakings, harshAccelerations, startHours);
    }
}
