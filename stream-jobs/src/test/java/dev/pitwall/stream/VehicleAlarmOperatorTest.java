package dev.pitwall.stream;

import static dev.pitwall.stream.TelemetryFixtures.T0;
import static dev.pitwall.stream.TelemetryFixtures.vin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pitwall.core.alarm.AlarmRules;
import dev.pitwall.core.alarm.AlarmState;
import dev.pitwall.core.alarm.AlarmType;
import dev.pitwall.core.alarm.VehicleAlarm;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The alarm operator on the test harness: watermarks drive its timers, snapshots carry its state and timers. */
class VehicleAlarmOperatorTest {

    private static final String VIN = vin(1);
    private static final VehicleSignals NOTHING = VehicleSignals.NONE;

    private KeyedOneInputStreamOperatorTestHarness<String, Telemetry, VehicleAlarm> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = newHarness();
        harness.open();
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Telemetry, VehicleAlarm> newHarness()
            throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new VehicleAlarmOperator(AlarmRules.DEFAULTS)), Telemetry::vin,
                Types.STRING);
    }

    private static Instant at(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, Telemetry, VehicleAlarm> h, String vin,
            long seq, long minute, VehicleSignals signals) throws Exception {
        h.processElement(new Telemetry(vin, seq, at(minute), signals), at(minute).toEpochMilli());
    }

    private void send(long seq, long minute, VehicleSignals signals) throws Exception {
        send(harness, VIN, seq, minute, signals);
    }

    private void watermark(Instant eventTime) throws Exception {
        harness.processWatermark(eventTime.toEpochMilli());
    }

    private List<VehicleAlarm> alarms() {
        return harness.extractOutputValues();
    }

    @Test
    void raisesOfflineAfterTenMinutesOfSilenceAndClearsItOnReturn() throws Exception {
        send(1, 0, NOTHING);
        send(2, 1, NOTHING);

        watermark(at(11).minusMillis(1));
        assertThat(alarms()).isEmpty();
        watermark(at(11));
        watermark(at(60));
        assertThat(alarms()).singleElement().satisfies(raise -> {
            assertThat(raise.type()).isEqualTo(AlarmType.VEHICLE_OFFLINE);
            assertThat(raise.state()).isEqualTo(AlarmState.RAISED);
            assertThat(raise.since()).isEqualTo(at(1));
            assertThat(raise.at()).isEqualTo(at(11));
        });
        assertThat(harness.numEventTimeTimers()).as("nothing pending while offline").isZero();

        send(3, 61, NOTHING);
        assertThat(alarms()).extracting(VehicleAlarm::state, VehicleAlarm::at)
                .containsExactly(tuple(AlarmState.RAISED, at(11)), tuple(AlarmState.CLEARED, at(61)));
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
    }

    @Test
    void keepsOneTimerThatMovesOnOnlyWhenItFires() throws Exception {
        for (int minute = 0; minute < 10; minute++) {
            send(minute, minute, NOTHING);
        }
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        watermark(at(10)); // the first message's deadline: fires early, finds nothing due
        assertThat(alarms()).isEmpty();
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);
        watermark(at(19));
        assertThat(alarms()).singleElement().satisfies(raise -> assertThat(raise.since()).isEqualTo(at(9)));
        assertThat(harness.numEventTimeTimers()).isZero();
        assertThat(harness.numKeyedStateEntries()).as("the memory; no timer entry").isEqualTo(1);
    }

    @Test
    void raisesAPersistentTroubleCodeAndClearsItWhenTheListLacksIt() throws Exception {
        VehicleSignals p0301 = VehicleSignals.builder().dtcs(List.of("P0301")).build();
        for (int i = 0; i <= 11; i++) {
            send(i, 5L * i, p0301);
        }
        watermark(at(60));
        send(12, 62, VehicleSignals.builder().dtcs(List.of()).build());

        assertThat(alarms()).extracting(VehicleAlarm::type, VehicleAlarm::subject, VehicleAlarm::state,
                VehicleAlarm::since, VehicleAlarm::at).containsExactly(
                tuple(AlarmType.DTC_PERSISTENT, "P0301", AlarmState.RAISED, T0, at(60)),
                tuple(AlarmType.DTC_PERSISTENT, "P0301", AlarmState.CLEARED, T0, at(62)));
        assertThat(alarms().get(1).detail()).isEqualTo(
                "P0301 no longer reported at 2026-11-01T09:02:00Z, after 1 h 2 min active");
    }

    @Test
    void raisesBatteryLowWhileParkedAfterSixHoursAndClearsItWhenTheEngineStarts() throws Exception {
        send(1, 0, TelemetryFixtures.battery(11.5));
        watermark(at(6 * 60));
        send(2, 6 * 60 + 5, VehicleSignals.builder().engineRunning(true).batteryVoltage(14.1).build());

        assertThat(alarms()).extracting(VehicleAlarm::type, VehicleAlarm::state, VehicleAlarm::at).containsExactly(
                tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.RAISED, at(10)),
                tuple(AlarmType.BATTERY_LOW_PARKED, AlarmState.RAISED, at(360)),
                tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.CLEARED, at(365)),
                tuple(AlarmType.BATTERY_LOW_PARKED, AlarmState.CLEARED, at(365)));
        assertThat(alarms().get(1).detail())
                .isEqualTo("12 V battery 11.5 V < 11.8 V with the engine off since 2026-11-01T08:00:00Z (6 h)");
    }

    @Test
    void anOlderMessageFlipsNothing() throws Exception {
        send(2, 2, TelemetryFixtures.battery(12.6));
        send(1, 1, TelemetryFixtures.battery(11.0));
        watermark(at(7 * 60));
        send(1, 1, VehicleSignals.NONE); // late and older: must not clear the offline alarm

        assertThat(alarms()).extracting(VehicleAlarm::type, VehicleAlarm::state)
                .containsExactly(tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.RAISED));
    }

    @Test
    void keepsPendingTimersAndRaisedAlarmsAcrossACheckpointRestore() throws Exception {
        send(1, 0, VehicleSignals.builder().dtcs(List.of("P0301")).build());
        watermark(at(10));
        assertThat(alarms()).extracting(VehicleAlarm::type).containsExactly(AlarmType.VEHICLE_OFFLINE);
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);

        try (var restored = newHarness()) {
            restored.initializeState(snapshot);
            restored.open();
            assertThat(restored.numEventTimeTimers()).as("the code's deadline").isEqualTo(1);
            restored.processWatermark(at(60).toEpochMilli());
            send(restored, VIN, 2, 61, VehicleSignals.builder().dtcs(List.of()).build());

            assertThat(restored.extractOutputValues()).extracting(VehicleAlarm::type, VehicleAlarm::state,
                    VehicleAlarm::at).containsExactly(
                    tuple(AlarmType.DTC_PERSISTENT, AlarmState.RAISED, at(60)),
                    tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.CLEARED, at(61)),
                    tuple(AlarmType.DTC_PERSISTENT, AlarmState.CLEARED, at(61)));
        }
    }

    @Test
    void emitsTheSameAlarmsWhetherWatermarksComeBetweenMessagesOrOnlyAtTheEnd() throws Exception {
        List<Telemetry> input = new ArrayList<>();
        VehicleSignals p0420 = VehicleSignals.builder().dtcs(List.of("P0420")).batteryVoltage(11.6)
                .engineRunning(false).build();
        long[] minutes = {0, 4, 8, 30, 31, 33, 90, 95, 100, 101, 500, 502, 503};
        for (int i = 0; i < minutes.length; i++) {
            input.add(new Telemetry(VIN, i, at(minutes[i]), i % 4 == 3 ? NOTHING : p0420));
            input.add(new Telemetry(vin(2), i, at(minutes[i] * 2), i == 6 ? VehicleSignals.builder()
                    .dtcs(List.of()).build() : NOTHING));
        }
        // in event-time order, so that a watermark just behind each message never passes one still to come
        input.sort(java.util.Comparator.comparing(Telemetry::eventTime));

        List<VehicleAlarm> eager = new ArrayList<>();
        List<VehicleAlarm> atTheEnd = new ArrayList<>();
        for (boolean watermarks : new boolean[] {true, false}) {
            try (var h = newHarness()) {
                h.open();
                for (Telemetry t : input) {
                    h.processElement(t, t.eventTime().toEpochMilli());
                    if (watermarks) {
                        h.processWatermark(t.eventTime().toEpochMilli() - 1);
                    }
                }
                h.processWatermark(Long.MAX_VALUE);
                (watermarks ? eager : atTheEnd).addAll(h.extractOutputValues());
            }
        }

        assertThat(eager).extracting(VehicleAlarm::type).contains(AlarmType.values());
        assertThat(perVehicle(eager, VIN)).isEqualTo(perVehicle(atTheEnd, VIN));
        assertThat(perVehicle(eager, vin(2))).isNotEmpty().isEqualTo(perVehicle(atTheEnd, vin(2)));
    }

    @Test
    void alarmStateHasNoTtl() {
        assertThat(VehicleAlarmOperator.memoryDescriptor().getTtlConfig().isEnabled()).isFalse();
        assertThat(VehicleAlarmOperator.timerDescriptor().getTtlConfig().isEnabled()).isFalse();
    }

    @Test
    void roundsTimersUpToTheMillisecond() {
        assertThat(LazyEventTimer.ceilMillis(Instant.ofEpochSecond(10, 1))).isEqualTo(10_001);
        assertThat(LazyEventTimer.ceilMillis(Instant.ofEpochSecond(10, 2_000_000))).isEqualTo(10_002);
    }

    private static List<VehicleAlarm> perVehicle(List<VehicleAlarm> alarms, String vin) {
        return alarms.stream().filter(a -> a.vin().equals(vin)).toList();
    }
}
