package dev.pitwall.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrivingProfileScorerTest {

    static final String VIN = "1PWTST00000000001";
    /** A Friday. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 6);
    static final Instant AS_OF = Instant.parse("2026-03-06T18:00:00Z");

    final DrivingProfileScorer scorer = new DrivingProfileScorer(DrivingProfileRules.DEFAULTS);

    /** A day of {@code km} in {@code trips} trips starting at the given hours, 60 km/h average. */
    static DailyBucket day(LocalDate day, double km, int brakings, int accelerations, double speedingShare,
            double nightKm, List<Integer> startHours) {
        double seconds = km / 60 * 3600;
        return new DailyBucket(day, km, seconds, seconds * speedingShare, nightKm, km * 0.14, 0, 0, startHours.size(),
                km, brakings, accelerations, startHours);
    }

    private DrivingProfile profile(LocalDate firstDay, List<DailyBucket> days) {
        return scorer.profile(VIN, AS_OF, 42, firstDay, TODAY, days);
    }

    @Test
    void scoresSmoothnessSpeedDisciplineAndNightShareByTheirFormulas() {
        // 200 km, 3 harsh events (1.5 per 100 km), 4% of the time speeding, 20% of the km at night
        DrivingProfile p = profile(TODAY.minusDays(1), List.of(
                day(TODAY.minusDays(1), 100, 2, 0, 0.04, 40, List.of(8, 17)),
                day(TODAY, 100, 0, 1, 0.04, 0, List.of(8, 17))));

        assertThat(p.scores()).isEqualTo(new DrivingScores(
                (int) Math.round(0.45 * 85 + 0.35 * 80 + 0.2 * 80), 85, 80, 20));
        assertThat(p.totals().harshEventsPer100Km()).isEqualTo(1.5);
        assertThat(p.totals().speedingShare()).isEqualTo(0.04);
        assertThat(p.totals().nightShare()).isEqualTo(0.2);
        assertThat(p.totals().litresPer100Km()).isEqualTo(7.0);
        assertThat(p.totals().averageTripKm()).isEqualTo(50.0);
        assertThat(p.asOf()).isEqualTo(AS_OF);
        assertThat(p.asOfSeq()).isEqualTo(42);
    }

    @Test
    void givesNoScoresBelowTheMinimumDistance() {
        DrivingProfile p = profile(TODAY, List.of(day(TODAY, 49.9, 5, 5, 0.5, 49.9, List.of(3))));

        assertThat(p.scores()).isEqualTo(DrivingScores.NOT_ENOUGH_DATA);
        assertThat(p.segments()).doesNotContain(DrivingSegment.SMOOTH_DRIVER, DrivingSegment.AGGRESSIVE_DRIVER,
                DrivingSegment.NIGHT_DRIVER);
    }

    @Test
    void dropsSpeedDisciplineWhenNoDrivingTimeIsKnown() {
        DailyBucket odometerOnly = new DailyBucket(TODAY, 100, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, List.of());

        DrivingProfile p = profile(TODAY, List.of(odometerOnly));

        assertThat(p.scores().speedDiscipline()).isNull();
        assertThat(p.scores().smoothness()).isEqualTo(90);
        assertThat(p.scores().overall()).isEqualTo((int) Math.round((0.45 * 90 + 0.2 * 100) / 0.65));
        assertThat(p.segments()).doesNotContain(DrivingSegment.SMOOTH_DRIVER);
    }

    @Test
    void marksAHighMileageNightDriverWithAggressiveHabits() {
        List<DailyBucket> days = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            days.add(day(TODAY.minusDays(i), 120, 3, 3, 0.2, 60, List.of(22)));
        }

        DrivingProfile p = profile(TODAY.minusDays(60), days);

        assertThat(p.totals().observedDays()).isEqualTo(30);
        assertThat(p.totals().kmPerDay()).isEqualTo(40.0);
        assertThat(p.segments()).containsExactly(DrivingSegment.NIGHT_DRIVER, DrivingSegment.AGGRESSIVE_DRIVER);

        DrivingProfile recent = profile(TODAY.minusDays(9), days);
        assertThat(recent.totals().kmPerDay()).isEqualTo(120.0);
        assertThat(recent.segments()).containsExactly(DrivingSegment.HIGH_MILEAGE, DrivingSegment.NIGHT_DRIVER,
                DrivingSegment.AGGRESSIVE_DRIVER);
    }

    @Test
    void marksASmoothLowMileageCommuterOnlyAfterEnoughWeekdays() {
        List<DailyBucket> days = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            LocalDate date = TODAY.minusDays(i);
            days.add(day(date, 5, 0, 0, 0, 0, List.of(7, 17)));
        }

        DrivingProfile p = profile(TODAY.minusDays(13), days);

        // 14 days from a Saturday to a Friday: 10 weekdays; 70 km in 28 trips of 2.5 km
        assertThat(p.totals().commuteDays()).isEqualTo(10);
        assertThat(p.totals().typicalTripStartHour()).isEqualTo(7);
        assertThat(p.scores().smoothness()).isEqualTo(100);
        assertThat(p.segments()).containsExactly(DrivingSegment.LOW_MILEAGE, DrivingSegment.SMOOTH_DRIVER,
                DrivingSegment.SHORT_TRIPS, DrivingSegment.COMMUTER);

        DrivingProfile tooNew = profile(TODAY.minusDays(3), days.subList(0, 4));
        assertThat(tooNew.totals().observedDays()).isEqualTo(4);
        assertThat(tooNew.segments()).as("too few days and km to say").isEmpty();
    }

    @Test
    void ignoresBucketsOutsideTheWindow() {
        DrivingProfile p = profile(TODAY.minusDays(100), List.of(
                day(TODAY.minusDays(30), 1000, 0, 0, 0, 0, List.of(9)),
                day(TODAY.minusDays(29), 10, 0, 0, 0, 0, List.of(9))));

        assertThat(p.windowFrom()).isEqualTo(TODAY.minusDays(29));
        assertThat(p.windowTo()).isEqualTo(TODAY);
        assertThat(p.totals().km()).isEqualTo(10.0);
        assertThat(p.totals().activeDays()).isEqualTo(1);
    }
}
