package dev.pitwall.simulator.scenario;

import static dev.pitwall.simulator.scenario.ScenarioFileTest.parse;
import static dev.pitwall.simulator.scenario.ScenarioFileTest.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.pitwall.core.poi.GeoMath;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How steps turn into messages: timing, and odometer, engine hours, position and fuel moving together. */
class ScenarioGenerationTest {

    private static final Instant START = Instant.parse("2026-01-05T06:00:00Z");

    private static List<Telemetry> messages(String steps) {
        return parse(with(steps).replace("\"odometerKm\": 100,", "\"odometerKm\": 100, \"engineHours\": 10,"))
                .telemetryByVehicle().get("WVWZZZ1KZAW000001");
    }

    private static VehicleSignals last(List<Telemetry> messages) {
        return messages.get(messages.size() - 1).signals();
    }

    @Test
    void aDriveMovesOdometerEngineHoursPositionAndFuelTogether() {
        List<Telemetry> m = messages("{\"drive\": {\"duration\": \"PT1H\", \"speedKmh\": 60, \"headingDeg\": 90,"
                + " \"consumptionLPer100Km\": 10}}");

        assertThat(m).hasSize(1 + 120); // the start, then every 30 s for an hour
        VehicleSignals end = last(m);
        assertThat(end.odometerKm()).isEqualTo(160.0);
        assertThat(end.engineHours()).isEqualTo(11.0);
        assertThat(end.fuelLevelPct()).isEqualTo(38.0); // 50 % of 50 L minus 6 L
        assertThat(GeoMath.distanceKm(48.1, 11.5, end.latitude(), end.longitude())).isCloseTo(60, offset(0.001));
        assertThat(end.headingDeg()).isEqualTo(90.0);
        assertThat(end.engineRunning()).isTrue();
        assertThat(end.speedKmh()).isEqualTo(60.0);
        assertThat(end.batteryVoltage()).isEqualTo(VehicleScript.DEFAULT_CHARGING_VOLTAGE);
        VehicleSignals half = m.get(60).signals();
        assertThat(half.odometerKm()).isEqualTo(130.0);
        assertThat(half.engineHours()).isEqualTo(10.5);
    }

    @Test
    void aDriveToAPointArrivesThereHeadingTowardsIt() {
        List<Telemetry> m = messages("{\"drive\": {\"to\": {\"latitude\": 48.2, \"longitude\": 11.5}, \"speedKmh\": 50}}");

        double km = GeoMath.distanceKm(48.1, 11.5, 48.2, 11.5);
        VehicleSignals end = last(m);
        assertThat(end.latitude()).isEqualTo(48.2);
        assertThat(end.longitude()).isEqualTo(11.5);
        assertThat(end.odometerKm()).isCloseTo(100 + km, offset(0.001));
        assertThat(m.subList(1, m.size())).allSatisfy(t -> assertThat(t.signals().headingDeg()).isEqualTo(0.0));
        assertThat(m.get(m.size() - 1).eventTime()).isEqualTo(START.plusSeconds(Math.round(km / 50 * 3600)));
    }

    @Test
    void aDriveOfADistanceEndsAfterExactlyThatDistance() {
        List<Telemetry> m = messages("{\"drive\": {\"distanceKm\": 12.5, \"speedKmh\": 50}}");

        assertThat(last(m).odometerKm()).isEqualTo(112.5);
        assertThat(m.get(m.size() - 1).eventTime()).isEqualTo(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void parkingReportsEveryParkedIntervalAndAtItsEndWithTheEngineOff() {
        List<Telemetry> m = messages("{\"park\": {\"duration\": \"PT12M\"}}");

        assertThat(m).extracting(t -> Duration.between(START, t.eventTime()).toMinutes()).containsExactly(0L, 5L, 10L, 12L);
        assertThat(m).allSatisfy(t -> {
            assertThat(t.signals().engineRunning()).isFalse();
            assertThat(t.signals().speedKmh()).isZero();
            assertThat(t.signals().engineRpm()).isZero();
            assertThat(t.signals().batteryVoltage()).isEqualTo(VehicleScript.DEFAULT_BATTERY_VOLTAGE);
        });
    }

    @Test
    void afterASilenceTheVehicleReportsAsSoonAsTheNextStepStarts() {
        List<Telemetry> m = messages("{\"park\": {\"duration\": \"PT5M\"}}, {\"silence\": {\"duration\": \"PT15M\"}},"
                + " {\"drive\": {\"duration\": \"PT1M\", \"speedKmh\": 30}}");

        assertThat(m).extracting(t -> Duration.between(START, t.eventTime()).toSeconds())
                .containsExactly(0L, 300L, 1200L, 1230L, 1260L);
        assertThat(m).extracting(Telemetry::seq).containsExactly(0L, 1L, 2L, 3L, 4L);
    }

    @Test
    void refuelSetDtcsAndSetChangeTheFollowingMessages() {
        List<Telemetry> m = messages("{\"refuel\": {\"toPct\": 95}}, {\"setDtcs\": [\"P0301\", \"U0100\"]},"
                + " {\"set\": {\"batteryVoltage\": 11.5, \"oilLifeRemainingPct\": 12, \"tirePressureRearLeftKpa\": 180}},"
                + " {\"park\": {\"duration\": \"PT5M\"}}, {\"setDtcs\": []}, {\"park\": {\"duration\": \"PT5M\"}}");

        assertThat(m.get(0).signals().fuelLevelPct()).isEqualTo(50.0);
        assertThat(m.get(0).signals().dtcs()).isEmpty();
        VehicleSignals afterSet = m.get(1).signals();
        assertThat(afterSet.fuelLevelPct()).isEqualTo(95.0);
        assertThat(afterSet.dtcs()).containsExactly("P0301", "U0100");
        assertThat(afterSet.batteryVoltage()).isEqualTo(11.5);
        assertThat(afterSet.oilLifeRemainingPct()).isEqualTo(12.0);
        assertThat(afterSet.tirePressureRearLeftKpa()).isEqualTo(180.0);
        assertThat(afterSet.tirePressureFrontLeftKpa()).isNull();
        assertThat(m.get(2).signals().dtcs()).isEmpty();
        assertThat(m.get(2).signals().oilLifeRemainingPct()).isEqualTo(12.0);
    }

    @Test
    void repeatPlaysItsStepsAgainAndAgain() {
        List<Telemetry> m = messages("{\"repeat\": {\"times\": 3, \"steps\": [{\"drive\": {\"distanceKm\": 1, \"speedKmh\": 60}},"
                + " {\"park\": {\"duration\": \"PT5M\"}}]}}");

        assertThat(last(m).odometerKm()).isEqualTo(103.0);
        assertThat(last(m).engineHours()).isCloseTo(10.05, offset(1e-9));
        assertThat(m.get(m.size() - 1).eventTime()).isEqualTo(START.plus(Duration.ofMinutes(18)));
    }

    @Test
    void firstSeqAndTheMergedOrderBreakTiesByVin() {
        String vehicle = "{\"vin\": \"%s\", \"firstSeq\": %d, \"odometerKm\": 1, \"fuelLevelPct\": 50, \"tankLitres\": 50,"
                + " \"latitude\": 48.1, \"longitude\": 11.5, \"steps\": [{\"park\": {\"duration\": \"PT5M\"}}]}";
        Scenario s = parse("{\"name\": \"t\", \"start\": \"2026-01-05T06:00:00Z\", \"vehicles\": ["
                + String.format(vehicle, "WVWZZZ1KZAW000009", 7) + ", " + String.format(vehicle, "WVWZZZ1KZAW000001", 0) + "]}");

        assertThat(s.telemetry()).extracting(t -> t.vin() + "#" + t.seq()).containsExactly(
                "WVWZZZ1KZAW000001#0", "WVWZZZ1KZAW000009#7", "WVWZZZ1KZAW000001#1", "WVWZZZ1KZAW000009#8");
        assertThat(s.telemetryByVehicle().keySet()).containsExactly("WVWZZZ1KZAW000009", "WVWZZZ1KZAW000001");
    }

    @Test
    void coolantIsTheEngineTemperatureWhileRunningAndTheAirTemperatureAtRest() {
        List<Telemetry> m = messages("{\"set\": {\"ambientTempC\": -5, \"coolantTempC\": 95}},"
                + " {\"drive\": {\"duration\": \"PT30S\", \"speedKmh\": 30}}, {\"park\": {\"duration\": \"PT5M\"}}");

        assertThat(m.get(1).signals().coolantTempC()).isEqualTo(95.0);
        assertThat(m.get(1).signals().engineRpm()).isEqualTo(1400.0);
        assertThat(m.get(2).signals().coolantTempC()).isEqualTo(-5.0);
        assertThat(m.get(2).signals().ambientTempC()).isEqualTo(-5.0);
    }
}
