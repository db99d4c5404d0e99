package dev.pitwall.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthScorerTest {

    private static final String VIN = "WVWZZZ1KZAW123456";
    private final HealthScorer scorer = new HealthScorer(HealthRules.DEFAULTS, DtcCatalog.load());

    private static VehicleState stateWith(VehicleSignals signals) {
        return VehicleState.empty(VIN).apply(new Telemetry(VIN, 1, Instant.parse("2026-11-22T08:00:00Z"), signals));
    }

    @Test
    void healthyCarScores100WithNoReasons() {
        var a = scorer.assess(stateWith(VehicleSignals.builder().engineRunning(true).batteryVoltage(14.2)
                .coolantTempC(90.0).tirePressureFrontLeftKpa(240.0).dtcs(List.of()).build()));
        assertThat(a.score()).isEqualTo(100);
        assertThat(a.band()).isEqualTo(HealthBand.GOOD);
        assertThat(a.contributions()).isEmpty();
    }

    @Test
    void scoreIs100PlusTheSumOfItsReasons() {
        var a = scorer.assess(stateWith(VehicleSignals.builder().engineRunning(false).batteryVoltage(12.1)
                .coolantTempC(105.0).tirePressureRearLeftKpa(190.0).dtcs(List.of("P0301")).build()));
        // battery low 8, coolant hot 10, tire low 6, misfire (high) 15
        assertThat(a.score()).isEqualTo(100 - 8 - 10 - 6 - 15);
        assertThat(a.score()).isEqualTo(100 + a.contributions().stream().mapToInt(HealthContribution::points).sum());
        assertThat(a.band()).isEqualTo(HealthBand.FAIR);
        assertThat(a.contributions()).extracting(HealthContribution::rule)
                .containsExactly("dtc.high", "coolant.hot", "battery.low", "tire.low");
        assertThat(a.contributions().get(2).reason()).contains("12.10 V").contains("12.3 V");
        assertThat(a.contributions().get(3).reason()).startsWith("rear left tire 190 kPa");
    }

    @Test
    void lowVoltageMeansNotChargingOnlyWhileEngineRuns() {
        var running = scorer.assess(stateWith(VehicleSignals.builder().engineRunning(true).batteryVoltage(12.5).build()));
        var parked = scorer.assess(stateWith(VehicleSignals.builder().engineRunning(false).batteryVoltage(12.5).build()));
        assertThat(running.contributions()).extracting(HealthContribution::rule).containsExactly("battery.not-charging");
        assertThat(parked.contributions()).isEmpty();
    }

    @Test
    void dtcPenaltiesAreCappedButEveryCodeIsStillExplained() {
        var a = scorer.assess(stateWith(VehicleSignals.builder()
                .dtcs(List.of("P0217", "P0524", "P0301", "P0302")).build()));
        assertThat(a.contributions()).hasSize(4);
        assertThat(a.contributions().stream().mapToInt(HealthContribution::points).sum())
                .isEqualTo(-HealthRules.DEFAULTS.maxDtcPoints());
        assertThat(a.score()).isEqualTo(40);
        assertThat(a.band()).isEqualTo(HealthBand.POOR);
    }

    @Test
    void scoreNeverDropsBelowZero() {
        var a = scorer.assess(stateWith(VehicleSignals.builder().engineRunning(false).batteryVoltage(10.0)
                .coolantTempC(120.0).tirePressureFrontLeftKpa(100.0).tirePressureFrontRightKpa(100.0)
                .tirePressureRearLeftKpa(100.0).tirePressureRearRightKpa(100.0)
                .dtcs(List.of("P0217", "P0524", "P0301")).build()));
        assertThat(a.score()).isZero();
        assertThat(a.band()).isEqualTo(HealthBand.CRITICAL);
    }

    @Test
    void bandsHaveDocumentedBoundaries() {
        assertThat(HealthBand.of(100)).isEqualTo(HealthBand.GOOD);
        assertThat(HealthBand.of(80)).isEqualTo(HealthBand.GOOD);
        assertThat(HealthBand.of(79)).isEqualTo(HealthBand.FAIR);
        assertThat(HealthBand.of(60)).isEqualTo(HealthBand.FAIR);
        assertThat(HealthBand.of(59)).isEqualTo(HealthBand.POOR);
        assertThat(HealthBand.of(39)).isEqualTo(HealthBand.CRITICAL);
        assertThat(HealthBand.FAIR.upperBoundExclusive()).isEqualTo(80);
        assertThat(HealthBand.GOOD.upperBoundExclusive()).isEqualTo(101);
    }

    private static FailurePrediction prediction(Component component, double probability) {
        return new FailurePrediction(VIN, 1, Instant.parse("2026-11-22T08:00:00Z"), component, probability, 14, 9.0,
                "test-model", List.of(new FailurePrediction.FeatureContribution("battery.cranking_v.min_1d", 9.91, 1.7)));
    }

    @Test
    void likelyFailureCostsPointsAndExplainsItself() {
        var state = stateWith(VehicleSignals.builder().engineRunning(false).batteryVoltage(12.6).build());
        var a = scorer.assess(state, List.of(prediction(Component.BATTERY, 0.72)));
        assertThat(a.score()).isEqualTo(100 - HealthRules.DEFAULTS.predictionLikelyPoints());
        assertThat(a.contributions()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo("prediction.battery");
            assertThat(c.reason()).contains("12 V battery", "72% chance of failure within 14 days", "about 9 days left",
                    "book a check", "battery.cranking_v.min_1d = 9.910");
        });
    }

    @Test
    void unlikelyFailuresCostNothingAndWatchLevelCostsLess() {
        var state = stateWith(VehicleSignals.builder().engineRunning(false).batteryVoltage(12.6).build());
        assertThat(scorer.assess(state, List.of(prediction(Component.BRAKE_PADS, 0.05))).score()).isEqualTo(100);
        var watch = scorer.assess(state, List.of(prediction(Component.BRAKE_PADS, 0.4)));
        assertThat(watch.score()).isEqualTo(100 - HealthRules.DEFAULTS.predictionWatchPoints());
        assertThat(watch.contributions().get(0).reason()).contains("worth watching");
    }

    @Test
    void predictionPointsAreCappedLikeliestFirst() {
        var state = stateWith(VehicleSignals.builder().engineRunning(false).batteryVoltage(12.6).build());
        var a = scorer.assess(state, List.of(prediction(Component.IGNITION, 0.61), prediction(Component.BATTERY, 0.9),
                prediction(Component.COOLING, 0.8)));
        assertThat(a.score()).isEqualTo(100 - HealthRules.DEFAULTS.maxPredictionPoints());
        assertThat(a.contributions()).extracting(HealthContribution::rule)
                .containsExactly("prediction.battery", "prediction.cooling", "prediction.ignition");
        assertThat(a.contributions().get(2).points()).isZero(); // listed, but the cap was reached
    }
}
