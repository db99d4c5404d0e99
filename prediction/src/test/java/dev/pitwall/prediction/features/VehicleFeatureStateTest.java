package dev.pitwall.prediction.features;

import static dev.pitwall.prediction.features.Samples.T0;
import static dev.pitwall.prediction.features.Samples.VIN;
import static dev.pitwall.prediction.features.Samples.parked;
import static dev.pitwall.prediction.features.Samples.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import dev.pitwall.core.telemetry.VssSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VehicleFeatureStateTest {

    /** Ten days of a car parked at night (hourly samples) and driven twice a day (15-minute samples). */
    static List<Telemetry> tenDays() {
        List<Telemetry> events = new ArrayList<>();
        Random random = new Random(3);
        long seq = 0;
        for (int day = 0; day < 10; day++) {
            for (int hour = 0; hour < 24; hour++) {
                Instant t = T0.plus(Duration.ofDays(day).plusHours(hour));
                boolean driving = hour == 8 || hour == 17;
                if (driving) {
                    for (int q = 0; q < 4; q++) {
                        String[] codes = day == 6 && hour == 8 ? new String[] {"P0301"} : new String[0];
                        events.add(running(seq++, t.plus(Duration.ofMinutes(15 * q)), 14.1 + random.nextGaussian() * 0.05,
                                88 + day + random.nextGaussian(), codes));
                    }
                } else {
                    events.add(parked(seq++, t.plusSeconds(30), 12.6 - 0.03 * day + random.nextGaussian() * 0.02));
                }
            }
        }
        return events;
    }

    @Test
    void summarisesEachScopeSeparately() {
        VehicleFeatureState state = VehicleFeatureState.create(VIN);
        tenDays().forEach(state::update);

        FeatureVector f = state.features(T0.plus(Duration.ofDays(10)));

        assertThat(f.get("battery_voltage.parked.mean_1d")).isCloseTo(12.6 - 0.27, within(0.02));
        assertThat(f.get("battery_voltage.running.mean_1d")).isCloseTo(14.1, within(0.05));
        assertThat(f.get("battery_voltage.parked.slope_7d")).isCloseTo(-0.03, within(0.01));
        assertThat(f.get("coolant_temperature.running.max_7d")).isGreaterThan(95);
        // two starts a day; the start sample is the first running one after parking. At midnight the window is
        // the seven previous days: the bucket of asOf holds nothing yet
        assertThat(f.get("battery_voltage.start.count_7d")).isEqualTo(2 * 7);
        assertThat(f.get("engine_running.all.mean_7d")).isCloseTo(8.0 / (8 + 22), within(0.01));
        assertThat(f.get("traveled_distance.all.per_day_7d")).isCloseTo((7 * 30 - 1) / 7.0, within(1e-9));
        assertThat(f.get("traveled_distance.all.last")).isEqualTo(1000.0 + 299);
    }

    @Test
    void countsTroubleCodesPerComponentFamily() {
        VehicleFeatureState state = VehicleFeatureState.create(VIN);
        tenDays().forEach(state::update);

        FeatureVector f = state.features(T0.plus(Duration.ofDays(10)));

        assertThat(f.get("dtc.ignition.onsets_7d")).isEqualTo(1);
        assertThat(f.get("dtc.ignition.active_frac_7d")).isCloseTo(4.0 / (7 * 30), within(1e-9));
        assertThat(f.get("dtc.ignition.active_frac_1d")).isZero();
        assertThat(f.get("dtc.ignition.hours_since_last")).isCloseTo(3 * 24 + 16 - 0.75, within(0.01));
        assertThat(f.get("dtc.cooling.hours_since_last")).isEqualTo(30 * 24); // never seen: the cap
        assertThat(f.get("dtc.cooling.onsets_7d")).isZero();
    }

    @Test
    void aDuplicateSeqChangesNothing() {
        List<Telemetry> events = tenDays();
        VehicleFeatureState clean = VehicleFeatureState.create(VIN);
        VehicleFeatureState withDuplicates = VehicleFeatureState.create(VIN);
        for (int i = 0; i < events.size(); i++) {
            clean.update(events.get(i));
            withDuplicates.update(events.get(i));
            if (i % 7 == 3) {
                Telemetry retry = events.get(i - 2);
                // a retry repeats the seq; even with other content it must be ignored
                Telemetry tampered = new Telemetry(VIN, retry.seq(), retry.eventTime(),
                        retry.signals().toBuilder().batteryVoltage(1.0).build());
                assertThat(withDuplicates.update(tampered)).isEqualTo(VehicleFeatureState.UpdateResult.DUPLICATE);
            }
        }
        Instant asOf = T0.plus(Duration.ofDays(10));
        assertThat(withDuplicates.features(asOf)).isEqualTo(clean.features(asOf));
        assertThat(withDuplicates.toBytes()).isEqualTo(clean.toBytes());
    }

    @Test
    void outOfOrderMessagesLandInTheWindowsOfTheirOwnTime() {
        List<Telemetry> events = tenDays();
        List<Telemetry> shuffled = new ArrayList<>(events);
        Random random = new Random(11);
        for (int i = 0; i + 8 <= shuffled.size(); i += 8) {
            Collections.shuffle(shuffled.subList(i, i + 8), random); // reordered within 8 messages
        }
        VehicleFeatureState inOrder = VehicleFeatureState.create(VIN);
        events.forEach(inOrder::update);
        VehicleFeatureState reordered = VehicleFeatureState.create(VIN);
        long late = shuffled.stream().map(reordered::update)
                .filter(r -> r == VehicleFeatureState.UpdateResult.ACCEPTED_LATE).count();

        assertThat(late).isPositive();
        FeatureVector expected = inOrder.features(T0.plus(Duration.ofDays(10)));
        FeatureVector actual = reordered.features(T0.plus(Duration.ofDays(10)));
        for (String name : List.of("battery_voltage.parked.mean_7d", "battery_voltage.parked.std_7d",
                "battery_voltage.parked.min_1d", "battery_voltage.running.max_7d", "battery_voltage.parked.slope_7d",
                "coolant_temperature.running.mean_1d", "dtc.ignition.active_frac_7d", "traveled_distance.all.per_day_7d")) {
            assertThat(actual.get(name)).as(name).isCloseTo(expected.get(name), within(1e-9));
        }
        assertThat(actual.get("traveled_distance.all.last")).isEqualTo(expected.get("traveled_distance.all.last"));
    }

    @Test
    void messageFarBehindTheNewestSeqIsDroppedAsTooOld() {
        VehicleFeatureState state = VehicleFeatureState.create(VIN);
        state.update(parked(1000, T0, 12.5));
        assertThat(state.update(parked(10, T0.minusSeconds(60), 3.0)))
                .isEqualTo(VehicleFeatureState.UpdateResult.TOO_OLD);
        assertThat(state.features(T0).get("battery_voltage.parked.min_1d")).isEqualTo(12.5);
    }

    @Test
    void serialisedStateRestoresTheSameFeaturesAndBytes() {
        List<Telemetry> events = tenDays();
        VehicleFeatureState original = VehicleFeatureState.create(VIN);
        events.subList(0, 150).forEach(original::update);

        VehicleFeatureState restored = VehicleFeatureState.fromBytes(original.toBytes());

        assertThat(restored.toBytes()).isEqualTo(original.toBytes());
        events.subList(150, events.size()).forEach(e -> {
            original.update(e);
            restored.update(e);
        });
        // duplicates of messages before the round trip are still recognised
        assertThat(restored.update(events.get(140))).isEqualTo(VehicleFeatureState.UpdateResult.TOO_OLD);
        assertThat(restored.update(events.get(events.size() - 3)))
                .isEqualTo(VehicleFeatureState.UpdateResult.DUPLICATE);
        Instant asOf = T0.plus(Duration.ofDays(10));
        assertThat(restored.features(asOf)).isEqualTo(original.features(asOf));
        assertThat(restored.vin()).isEqualTo(VIN);
        assertThat(restored.modelKey()).isEqualTo("WVW");
    }

    @Test
    void serialisedStateIsCompact() {
        VehicleFeatureState state = VehicleFeatureState.create(VIN);
        tenDays().forEach(state::update);
        // a week of a normally used car; Flink keeps one of these per vehicle
        assertThat(state.toBytes().length).isLessThan(32 * 1024);
    }

    @Test
    void stateWrittenUnderAnotherConfigurationRestoresWhatBothShare() {
        VehicleFeatureState state = VehicleFeatureState.create(VIN);
        tenDays().forEach(state::update);
        FeatureConfig batteryOnly = FeatureConfig.of(List.of(FeatureConfig.DAY), Duration.ofDays(1),
                List.of(new SignalSpec(VssSignal.BATTERY_VOLTAGE, SignalKind.GAUGE, java.util.Set.of(Scope.PARKED),
                        false, null)), DtcFamilies.defaults(), Duration.ofDays(30));

        VehicleFeatureState restored = VehicleFeatureState.fromBytes(state.toBytes(), batteryOnly);

        Instant asOf = T0.plus(Duration.ofDays(10));
        assertThat(restored.features(asOf).get("battery_voltage.parked.mean_1d"))
                .isEqualTo(state.features(asOf).get("battery_voltage.parked.mean_1d"));
        assertThat(restored.features(asOf).layout().names()).hasSizeLessThan(state.features(asOf).size());
    }

    @Test
    void rejectsBytesOfAnUnknownFormat() {
        byte[] bytes = VehicleFeatureState.create(VIN).toBytes();
        bytes[0] = 99;
        assertThatThrownBy(() -> VehicleFeatureState.fromBytes(bytes))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format version 99");
        assertThatThrownBy(() -> VehicleFeatureState.fromBytes(new byte[] {1, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("truncated");
    }

    @Test
    void rejectsAnotherVehiclesTelemetry() {
        VehicleFeatureState state = VehicleFeatureState.create(VIN);
        Telemetry other = new Telemetry("WBA00000000000001", 0, T0, VehicleSignals.NONE);
        assertThatThrownBy(() -> state.update(other)).hasMessageContaining("WBA00000000000001");
    }

    @Test
    void fleetBaselineDeviationIsInStandardDeviationsOfTheCarModel() {
        VehicleFeatureState state = VehicleFeatureState.create(VIN);
        tenDays().forEach(state::update);
        Instant asOf = T0.plus(Duration.ofDays(10));
        FeatureLayout layout = state.config().layout();
        double own = state.features(asOf).get("battery_voltage.parked.mean_7d");
        // a fleet where this car model's resting voltage averages 12.60 V with 0.1 V spread
        List<String> keys = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        int source = layout.indexOf("battery_voltage.parked.mean_7d");
        for (int i = 0; i < 40; i++) {
            double[] row = new double[layout.size()];
            java.util.Arrays.fill(row, Double.NaN);
            row[source] = 12.6 + (i % 2 == 0 ? 0.1 : -0.1);
            keys.add("WVW");
            rows.add(row);
        }
        FleetBaselines baselines = FleetBaselines.fit(layout, keys, rows, 30);

        FeatureVector f = state.features(asOf, baselines);

        double std = Math.sqrt(40 * 0.01 / 39);
        assertThat(f.get("battery_voltage.parked.mean_7d_vs_model")).isCloseTo((own - 12.6) / std, within(1e-9));
        assertThat(state.features(asOf).get("battery_voltage.parked.mean_7d_vs_model")).isNaN();
    }

    @Test
    void everyNumericSignalOfTheContractBecomesFeaturesUnlessExcluded() {
        FeatureConfig config = FeatureConfig.defaults();
        for (VssSignal signal : VssSignal.values()) {
            SignalTypes.ValueType type = SignalTypes.of(signal);
            SignalSpec spec = FeatureConfig.defaultSpec(signal);
            if (type == SignalTypes.ValueType.NUMBER || type == SignalTypes.ValueType.BOOLEAN) {
                assertThat(spec).as(signal.name()).isNotNull();
                boolean present = config.layout().names().stream().anyMatch(n -> n.startsWith(spec.featurePrefix() + "."));
                assertThat(present).as(signal.name()).isEqualTo(spec.kind() != SignalKind.EXCLUDED);
            }
        }
        assertThat(SignalTypes.of(VssSignal.DTC_LIST)).isEqualTo(SignalTypes.ValueType.CODE_LIST);
        assertThat(config.layout().names()).contains("tire_pressure.all.min_of_last", "tire_pressure.all.min_of_slope_7d");
    }

    @Test
    void tyreGroupTakesTheWorstTyre() {
        VehicleFeatureState state = VehicleFeatureState.create(VIN);
        state.update(new Telemetry(VIN, 1, T0, VehicleSignals.builder().tirePressureFrontLeftKpa(230.0)
                .tirePressureFrontRightKpa(170.0).tirePressureRearLeftKpa(228.0).tirePressureRearRightKpa(229.0).build()));

        FeatureVector f = state.features(T0);

        assertThat(f.get("tire_pressure.all.min_of_last")).isEqualTo(170.0);
        assertThat(f.get("tire_pressure.all.max_of_last")).isEqualTo(230.0);
    }

    @Test
    void definitionRoundTripGivesAnEqualConfiguration() {
        FeatureConfig config = FeatureConfig.defaults();
        FeatureConfig rebuilt = FeatureConfig.fromDefinition(config.definition());
        assertThat(rebuilt).isEqualTo(config);
        assertThat(rebuilt.layout()).isEqualTo(config.layout());
    }
}
