package dev.pitwall.core.profile;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Turns a vehicle's daily buckets into its {@link DrivingProfile}: totals over the window, scores and segments.
 * A pure function of the buckets and the rules (docs/driving-profiles.md has the formulas).
 */
public final class DrivingProfileScorer {

    static final double SMOOTHNESS_POINTS_PER_EVENT_PER_100_KM = 10;
    static final double SPEED_DISCIPLINE_POINTS_PER_SHARE = 500;
    static final double OVERALL_SMOOTHNESS_WEIGHT = 0.45;
    static final double OVERALL_SPEED_WEIGHT = 0.35;
    static final double OVERALL_DAYLIGHT_WEIGHT = 0.20;

    private final DrivingProfileRules rules;

    public DrivingProfileScorer(DrivingProfileRules rules) {
        this.rules = rules;
    }

    /**
     * @param days     the vehicle's buckets, any order; those outside the window ending with {@code today} are ignored
     * @param firstDay local day of the vehicle's first message
     * @param today    local day of {@code asOf}
     */
    public DrivingProfile profile(String vin, Instant asOf, long asOfSeq, LocalDate firstDay, LocalDate today,
            List<DailyBucket> days) {
        LocalDate from = today.minusDays(rules.windowDays() - 1L);
        LocalDate observedFrom = firstDay != null && firstDay.isAfter(from) ? firstDay : from;
        int observedDays = (int) ChronoUnit.DAYS.between(observedFrom, today) + 1;

        double km = 0, drivingSeconds = 0, speedingSeconds = 0, nightKm = 0, fuelUsedPct = 0, refuelledPct = 0;
        double tripKm = 0;
        int activeDays = 0, trips = 0, brakings = 0, accelerations = 0, refuels = 0, commuteDays = 0;
        int[] startHours = new int[24];
        for (DailyBucket d : days) {
            if (d.day().isBefore(from) || d.day().isAfter(today)) {
                continue;
            }
            km += d.km();
            activeDays += d.km() > 0 ? 1 : 0;
            drivingSeconds += d.drivingSeconds();
            speedingSeconds += d.speedingSeconds();
            nightKm += d.nightKm();
            fuelUsedPct += d.fuelUsedPct();
            refuelledPct += d.refuelledPct();
            refuels += d.refuelCount();
            trips += d.trips();
            tripKm += d.tripKm();
            brakings += d.harshBrakings();
            accelerations += d.harshAccelerations();
            for (int hour : d.tripStartHours()) {
                startHours[hour]++;
            }
            if (isCommuteDay(d)) {
                commuteDays++;
            }
        }

        Double harshPer100Km = km > 0 ? (brakings + accelerations) * 100.0 / km : null;
        Double speedingShare = drivingSeconds > 0 ? speedingSeconds / drivingSeconds : null;
        Double nightShare = km > 0 ? nightKm / km : null;
        double fuelUsedLitres = rules.litres(fuelUsedPct);
        ProfileTotals totals = new ProfileTotals(observedDays, activeDays, Rounding.hundredths(km),
                Rounding.hundredths(km / observedDays), Rounding.tenths(drivingSeconds / 60.0), trips,
                trips > 0 ? Rounding.hundredths(tripKm / trips) : null, typicalHour(startHours), brakings,
                accelerations, round3(harshPer100Km), round3(speedingShare), Rounding.hundredths(nightKm),
                round3(nightShare), Rounding.hundredths(fuelUsedLitres),
                km > 0 && fuelUsedPct > 0 ? Rounding.hundredths(fuelUsedLitres * 100.0 / km) : null, refuels,
                Rounding.hundredths(rules.litres(refuelledPct)), commuteDays);
        DrivingScores scores = scores(km, harshPer100Km, speedingShare, nightShare);
        return new DrivingProfile(vin, asOf, asOfSeq, from, today, scores, segments(totals, scores), totals);
    }

    private DrivingScores scores(double km, Double harshPer100Km, Double speedingShare, Double nightShare) {
        if (km < rules.minScoredKm() || km <= 0) {
            return DrivingScores.NOT_ENOUGH_DATA;
        }
        int smoothness = clamp(100 - SMOOTHNESS_POINTS_PER_EVENT_PER_100_KM * harshPer100Km);
        Integer speedDiscipline = speedingShare == null ? null
                : clamp(100 - SPEED_DISCIPLINE_POINTS_PER_SHARE * speedingShare);
        int nightPct = clamp(100 * nightShare);
        // without driving time (odometer-only telemetry) the speed part drops out and the others carry its weight
        double weighted = OVERALL_SMOOTHNESS_WEIGHT * smoothness + OVERALL_DAYLIGHT_WEIGHT * (100 - nightPct);
        double weights = OVERALL_SMOOTHNESS_WEIGHT + OVERALL_DAYLIGHT_WEIGHT;
        if (speedDiscipline != null) {
            weighted += OVERALL_SPEED_WEIGHT * speedDiscipline;
            weights += OVERALL_SPEED_WEIGHT;
        }
        return new DrivingScores(clamp(weighted / weights), smoothness, speedDiscipline, nightPct);
    }

    private List<DrivingSegment> segments(ProfileTotals t, DrivingScores s) {
        EnumSet<DrivingSegment> segments = EnumSet.noneOf(DrivingSegment.class);
        if (t.observedDays() >= rules.minSegmentDays()) {
            if (t.kmPerDay() >= rules.highMileageKmPerDay()) {
                segments.add(DrivingSegment.HIGH_MILEAGE);
            } else if (t.kmPerDay() < rules.lowMileageKmPerDay()) {
                segments.add(DrivingSegment.LOW_MILEAGE);
            }
        }
        if (t.km() >= rules.minScoredKm() && t.nightShare() != null && t.nightShare() >= rules.nightDriverShare()) {
            segments.add(DrivingSegment.NIGHT_DRIVER);
        }
        if (s.scored()) {
            boolean smooth = s.smoothness() >= rules.smoothDriverScore()
                    && s.speedDiscipline() != null && s.speedDiscipline() >= rules.smoothDriverScore();
            boolean aggressive = s.smoothness() < rules.aggressiveDriverScore()
                    || (s.speedDiscipline() != null && s.speedDiscipline() < rules.aggressiveDriverScore());
            if (smooth) {
                segments.add(DrivingSegment.SMOOTH_DRIVER);
            }
            if (aggressive) {
                segments.add(DrivingSegment.AGGRESSIVE_DRIVER);
            }
        }
        if (t.trips() >= rules.shortTripsMinTrips() && t.averageTripKm() < rules.shortTripKm()) {
            segments.add(DrivingSegment.SHORT_TRIPS);
        }
        if (t.commuteDays() >= rules.commuterMinDays()) {
            segments.add(DrivingSegment.COMMUTER);
        }
        return new ArrayList<>(segments);
    }

    private boolean isCommuteDay(DailyBucket d) {
        DayOfWeek weekday = d.day().getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY
                && d.hasTripStartingBetween(rules.commuteMorningFromHour(), rules.commuteMorningToHour())
                && d.hasTripStartingBetween(rules.commuteEveningFromHour(), rules.commuteEveningToHour());
    }

    /** The hour most trips started in, the earliest on a tie; null without trips. */
    private static Integer typicalHour(int[] counts) {
        int best = -1;
        for (int hour = 0; hour < counts.length; hour++) {
            if (counts[hour] > 0 && (best < 0 || counts[hour] > counts[best])) {
                best = hour;
            }
        }
        return best < 0 ? null : best;
    }

    private static int clamp(double score) {
        return (int) Math.max(0, Math.min(100, Math.round(score)));
    }

    private static Double round3(Double value) {
        return value == null ? null : Rounding.thousandths(value);
    }
}
