package dev.pitwall.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VehicleStateTest {

    private static final String VIN = "WVWZZZ1KZAW123456";
    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");

    private static Telemetry at(long seq, int secondsAfterT0, VehicleSignals s) {
        return new Telemetry(VIN, seq, T0.plusSeconds(secondsAfterT0), s);
    }

    @Test
    void unmeasuredSignalsKeepTheirPreviousValue() {
        var state = VehicleState.empty(VIN)
                .apply(at(1, 0, VehicleSignals.builder().odometerKm(100.0).fuelLevelPct(50.0).build()))
                .apply(at(2, 10, VehicleSignals.builder().odometerKm(100.2).build()));
        assertThat(state.odometerKm()).isEqualTo(100.2);
        assertThat(state.fuelLevelPct()).isEqualTo(50.0);
        assertThat(state.lastSeq()).isEqualTo(2);
    }

    @Test
    void lateMessageDoesNotRollStateBack() {
        var newest = VehicleState.empty(VIN).apply(at(5, 50, VehicleSignals.builder().odometerKm(105.0).build()));
        var afterLate = newest.apply(at(4, 40, VehicleSignals.builder().odometerKm(104.0).build()));
        assertThat(afterLate).isSameAs(newest);
    }

    @Test
    void dtcListReplacesActiveCodesOnlyWhenReported() {
        var state = VehicleState.empty(VIN)
                .apply(at(1, 0, VehicleSignals.builder().dtcs(List.of("P0301")).build()))
                .apply(at(2, 1, VehicleSignals.builder().speedKmh(10.0).build()));
        assertThat(state.activeDtcs()).containsExactly("P0301");
        state = state.apply(at(3, 2, VehicleSignals.builder().dtcs(List.of()).build()));
        assertThat(state.activeDtcs()).isEmpty();
    }

    @Test
    void startsWithoutWearSignals() {
        var empty = VehicleState.empty(VIN);
        assertThat(empty.crankingVoltage()).isNull();
        assertThat(empty.brakePadWearFrontPct()).isNull();
        assertThat(empty.brakePadWearRearPct()).isNull();
        assertThat(empty.oilLifeRemainingPct()).isNull();
    }

    @Test
    void takesTheNewestWearSignals() {
        var state = VehicleState.empty(VIN)
                .apply(at(1, 0, wear(10.2, 30.0, 20.0, 80.0)))
                .apply(at(2, 10, wear(9.9, 31.0, 21.0, 79.0)));
        assertThat(state.crankingVoltage()).isEqualTo(9.9);
        assertThat(state.brakePadWearFrontPct()).isEqualTo(31.0);
        assertThat(state.brakePadWearRearPct()).isEqualTo(21.0);
        assertThat(state.oilLifeRemainingPct()).isEqualTo(79.0);
    }

    @Test
    void wearSignalsAMessageDidNotCarryKeepTheirPreviousValue() {
        var state = VehicleState.empty(VIN)
                .apply(at(1, 0, wear(10.2, 30.0, 20.0, 80.0)))
                .apply(at(2, 10, VehicleSignals.builder().odometerKm(100.0).build()))
                .apply(at(3, 20, VehicleSignals.builder().oilLifeRemainingPct(0.0).build()));
        assertThat(state.crankingVoltage()).isEqualTo(10.2);
        assertThat(state.brakePadWearFrontPct()).isEqualTo(30.0);
        assertThat(state.brakePadWearRearPct()).isEqualTo(20.0);
        assertThat(state.oilLifeRemainingPct()).isZero();
        assertThat(state.odometerKm()).isEqualTo(100.0);
        assertThat(state.lastSeq()).isEqualTo(3);
    }

    @Test
    void lateMessageDoesNotRollWearSignalsBack() {
        // an oil change between the two messages: the late one still reports the old oil and pads
        var newest = VehicleState.empty(VIN).apply(at(5, 50, wear(10.5, 0.0, 0.0, 100.0)));
        var afterLate = newest.apply(at(4, 40, wear(9.6, 97.0, 60.0, 3.0)));
        assertThat(afterLate).isSameAs(newest);
        assertThat(afterLate.oilLifeRemainingPct()).isEqualTo(100.0);
    }

    @Test
    void historyRecordsChangesAndAHeartbeat() {
        var policy = new HealthHistoryPolicy(Duration.ofMinutes(15));
        var first = new HealthAssessment(VIN, 1, T0, 100, HealthBand.GOOD, List.of());
        var sameSoon = new HealthAssessment(VIN, 2, T0.plusSeconds(60), 100, HealthBand.GOOD, List.of());
        var sameLater = new HealthAssessment(VIN, 3, T0.plus(Duration.ofMinutes(15)), 100, HealthBand.GOOD, List.of());
        var changed = new HealthAssessment(VIN, 4, T0.plusSeconds(61), 92, HealthBand.GOOD,
                List.of(new HealthContribution("battery.low", -8, "low")));
        assertThat(policy.shouldRecord(null, first)).isTrue();
        assertThat(policy.shouldRecord(first, sameSoon)).isFalse();
        assertThat(policy.shouldRecord(first, sameLater)).isTrue();
        assertThat(policy.shouldRecord(first, changed)).isTrue();
    }

    private static VehicleSignals wear(double crankingVoltage, double padWearFrontPct, double padWearRearPct,
            double oilLifePct) {
        return VehicleSignals.builder().crankingVoltage(crankingVoltage).brakePadWearFrontPct(padWearFrontPct)
                .brakePadWearRearPct(padWearRearPct).oilLifeRemainingPct(oilLifePct).build();
    }
}
