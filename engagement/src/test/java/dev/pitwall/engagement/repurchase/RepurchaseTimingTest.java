package dev.pitwall.engagement.repurchase;

import static dev.pitwall.engagement.repurchase.Signals.TODAY;
import static dev.pitwall.engagement.repurchase.Signals.vehicle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.profile.DrivingSegment;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepurchaseTimingTest {

    final RepurchaseTiming timing = new RepurchaseTiming(TimingRules.DEFAULTS);

    static Map<TimingFactor, TimingContribution> byFactor(TimingAssessment assessment) {
        return assessment.contributions().stream()
                .collect(Collectors.toMap(TimingContribution::factor, Function.identity()));
    }

    @Test
    void callsAnOldWornOutCarWithExpensiveRepairsAndAnEndingSubscriptionReady() {
        RepurchaseSignals signals = vehicle(Signals.OLD_VW).odometer(190_000).health(55).trend(80, 55, 30)
                .predicted(Component.COOLING, 0.7).predicted(Component.IGNITION, 0.6)
                .predicted(Component.BATTERY, 0.8)
                .usage(35, 82, DrivingSegment.SHORT_TRIPS, DrivingSegment.COMMUTER)
                .subscription("Comfort", TODAY.plusDays(20), 449).build();

        TimingAssessment assessment = timing.assess(signals);
        Map<TimingFactor, TimingContribution> c = byFactor(assessment);

        assertThat(assessment.band()).isEqualTo(RepurchaseBand.READY);
        // 11 years, 190,000 km, health 55, -25 in 30 days, 595+252+200 EUR, 20 days left: all at or near full
        assertThat(c.get(TimingFactor.VEHICLE_AGE).points()).isEqualTo(20);
        assertThat(c.get(TimingFactor.MILEAGE).points()).isEqualTo(15);
        assertThat(c.get(TimingFactor.HEALTH_LEVEL).points()).isEqualTo(8); // (80-55)/30 of 10
        assertThat(c.get(TimingFactor.HEALTH_TREND).points()).isEqualTo(10);
        assertThat(c.get(TimingFactor.REPAIR_COST).points()).isEqualTo(20);
        assertThat(c.get(TimingFactor.SUBSCRIPTION_END).points()).isEqualTo(15);
        assertThat(c.get(TimingFactor.USAGE).points()).isZero();
        assertThat(c.get(TimingFactor.DRIVING_STYLE).points()).isZero();
        assertThat(assessment.score()).isEqualTo(88);
        assertThat(c.get(TimingFactor.VEHICLE_AGE).reason()).contains("11 years old", "model year 2015");
        assertThat(c.get(TimingFactor.MILEAGE).reason()).startsWith("190,000 km");
        assertThat(c.get(TimingFactor.HEALTH_TREND).reason()).contains("fell 25 points in 30 days (from 80 to 55)");
        assertThat(c.get(TimingFactor.REPAIR_COST).reason())
                .contains("1,047 EUR", "cooling system 595 EUR", "ignition 252 EUR", "12 V battery 200 EUR");
        assertThat(c.get(TimingFactor.SUBSCRIPTION_END).reason()).contains("Comfort", "ends in 20 days", "2026-11-22");
        assertThat(assessment.drivers()).extracting(TimingContribution::factor).containsExactly(
                TimingFactor.VEHICLE_AGE, TimingFactor.REPAIR_COST, TimingFactor.MILEAGE,
                TimingFactor.SUBSCRIPTION_END, TimingFactor.HEALTH_TREND, TimingFactor.HEALTH_LEVEL);
    }

    @Test
    void callsAYoungHealthyCarNotYet() {
        RepurchaseSignals signals = vehicle(Signals.NEW_VW).odometer(12_000).health(96).trend(95, 96, 30)
                .predicted(Component.TIRES, 0.05).usage(30, 88, DrivingSegment.SMOOTH_DRIVER)
                .subscription("Basic", TODAY.plusDays(400), 349).build();

        TimingAssessment assessment = timing.assess(signals);

        assertThat(assessment.band()).isEqualTo(RepurchaseBand.NOT_YET);
        assertThat(assessment.score()).isEqualTo(1); // 28 EUR of expected tyre repairs
        assertThat(assessment.drivers()).extracting(TimingContribution::factor)
                .containsExactly(TimingFactor.REPAIR_COST);
        assertThat(byFactor(assessment).get(TimingFactor.HEALTH_TREND).reason())
                .isEqualTo("Health held steady or rose in 30 days (from 95 to 96).");
    }

    @Test
    void explainsEveryFactorItKnowsNothingAboutAndScoresZero() {
        TimingAssessment assessment = timing.assess(vehicle(Signals.NO_YEAR).build());
        Map<TimingFactor, TimingContribution> c = byFactor(assessment);

        assertThat(assessment.score()).isZero();
        assertThat(assessment.band()).isEqualTo(RepurchaseBand.NOT_YET);
        assertThat(assessment.contributions()).extracting(TimingContribution::factor)
                .containsExactly(TimingFactor.values());
        assertThat(c.get(TimingFactor.VEHICLE_AGE).reason()).contains("model year cannot be read");
        assertThat(c.get(TimingFactor.MILEAGE).reason()).contains("No odometer reading");
        assertThat(c.get(TimingFactor.HEALTH_LEVEL).reason()).contains("No health score");
        assertThat(c.get(TimingFactor.HEALTH_TREND).reason()).contains("Too little health history");
        assertThat(c.get(TimingFactor.REPAIR_COST).reason()).isEqualTo(
                "No failure predictions yet, so no repair cost is expected.");
        assertThat(c.get(TimingFactor.SUBSCRIPTION_END).reason()).contains("No active subscription");
        assertThat(c.get(TimingFactor.USAGE).reason()).contains("No driving profile");
        assertThat(c.get(TimingFactor.DRIVING_STYLE).reason()).contains("No driving score");
        assertThat(assessment.drivers()).isEmpty();
    }

    @Test
    void givesAnOpenEndedSubscriptionNoPointsAndSaysWhy() {
        TimingContribution end = byFactor(timing.assess(vehicle(Signals.OLD_VW).subscription("Flex", null, 399)
                .build())).get(TimingFactor.SUBSCRIPTION_END);

        assertThat(end.points()).isZero();
        assertThat(end.reason()).isEqualTo("The Flex subscription has no end date.");
    }

    @Test
    void givesFullPointsToASubscriptionStillActivePastItsEnd() {
        TimingContribution end = byFactor(timing.assess(vehicle(Signals.OLD_VW)
                .subscription("Comfort", TODAY.minusDays(3), null).build())).get(TimingFactor.SUBSCRIPTION_END);

        assertThat(end.points()).isEqualTo(15);
        assertThat(end.reason()).contains("passed its end date 2026-10-30 3 days ago");
    }

    @Test
    void ignoresATrendOverTooFewDays() {
        TimingContribution trend = byFactor(timing.assess(vehicle(Signals.OLD_VW).health(50).trend(90, 50, 6).build()))
                .get(TimingFactor.HEALTH_TREND);

        assertThat(trend.points()).isZero();
        assertThat(trend.reason()).contains("needs 7 days");
    }

    @Test
    void countsAProfileWithoutDrivingScoreForUsageOnly() {
        Map<TimingFactor, TimingContribution> c = byFactor(timing.assess(vehicle(Signals.OLD_VW)
                .usage(100, null, DrivingSegment.HIGH_MILEAGE).build()));

        assertThat(c.get(TimingFactor.USAGE).points()).isEqualTo(5);
        assertThat(c.get(TimingFactor.USAGE).reason()).startsWith("Drives 100 km a day");
        assertThat(c.get(TimingFactor.DRIVING_STYLE).points()).isZero();
    }

    @ParameterizedTest(name = "{0} years -> {1} points")
    @CsvSource({"0, 0", "3, 0", "4, 4", "5, 8", "8, 20", "15, 20"})
    void scalesAgeLinearlyBetweenThreeAndEightYears(int years, int points) {
        String vin = "WVWZZZAUZ" + "ABCDEFGHJKLMNPRSTVWXY".charAt(2026 - years - 2010) + "W000009";

        assertThat(byFactor(timing.assess(vehicle(vin).build())).get(TimingFactor.VEHICLE_AGE).points())
                .isEqualTo(points);
    }

    @ParameterizedTest(name = "score {0} -> {1}")
    @CsvSource({"0, NOT_YET", "39, NOT_YET", "40, CONSIDER", "64, CONSIDER", "65, READY", "100, READY"})
    void bandsAtTheDocumentedThresholds(int score, RepurchaseBand band) {
        assertThat(TimingRules.DEFAULTS.band(score)).isEqualTo(band);
    }

    @Test
    void neverScoresMoreThanOneHundredAndAlwaysTheSumOfItsContributions() {
        RepurchaseSignals worst = vehicle(Signals.OLD_VW).odometer(400_000).health(0).trend(100, 0, 30)
                .predicted(Component.COOLING, 1.0).predicted(Component.TIRES, 1.0)
                .usage(300, 0, DrivingSegment.AGGRESSIVE_DRIVER).subscription("Comfort", TODAY, 449).build();

        TimingAssessment assessment = timing.assess(worst);

        assertThat(assessment.score()).isEqualTo(100)
                .isEqualTo(assessment.contributions().stream().mapToInt(TimingContribution::points).sum());
        assertThat(assessment.contributions()).allSatisfy(c -> assertThat(c.points()).isEqualTo(c.maxPoints()));
        assertThat(Arrays.stream(TimingFactor.values()).count()).isEqualTo(assessment.contributions().size());
    }

    @Test
    void takesOtherBandThresholdsAndRejectsImpossibleOnes() {
        TimingRules strict = TimingRules.DEFAULTS.withBands(50, 80);

        assertThat(strict.band(79)).isEqualTo(RepurchaseBand.CONSIDER);
        assertThat(strict.band(45)).isEqualTo(RepurchaseBand.NOT_YET);
        assertThatThrownBy(() -> TimingRules.DEFAULTS.withBands(70, 60))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consider-from 70 and ready-from 60");
    }

    @Test
    void scalesRiseOrFallAndRoundToWholePoints() {
        PointScale rising = new PointScale(0, 1_000, 20);
        PointScale falling = new PointScale(180, 30, 15);

        assertThat(rising.points(-5)).isZero();
        assertThat(rising.points(525)).isEqualTo(11); // 10.5 rounds up
        assertThat(rising.points(5_000)).isEqualTo(20);
        assertThat(falling.points(200)).isZero();
        assertThat(falling.points(105)).isEqualTo(8); // 7.5 rounds up
        assertThat(falling.points(-10)).isEqualTo(15);
        assertThatThrownBy(() -> new PointScale(5, 5, 10)).hasMessageContaining("two different finite values");
    }
}
