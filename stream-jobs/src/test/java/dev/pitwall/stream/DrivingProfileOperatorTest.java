package dev.pitwall.stream;

import static dev.pitwall.stream.TelemetryFixtures.T0;
import static dev.pitwall.stream.TelemetryFixtures.vin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.profile.DailyUsage;
import dev.pitwall.core.profile.DrivingProfile;
import dev.pitwall.core.profile.DrivingProfileRules;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The driving profile operator on the test harness: watermarks drive its timer, snapshots carry its state. */
class DrivingProfileOperatorTest {

    private static final String VIN = vin(1);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    private KeyedOneInputStreamOperatorTestHarness<String, Telemetry, DrivingProfile> harness;

    @BeforeEach
    void openHarness() throws Exception {
        harness = newHarness();
        harness.open();
    }

    @AfterEach
    void closeHarness() throws Exception {
        harness.close();
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, Telemetry, DrivingProfile> newHarness()
            throws Exception {
        return new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(new DrivingProfileOperator(DrivingProfileRules.DEFAULTS)), Telemetry::vin,
                Types.STRING);
    }

    private static Instant at(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    /** A vehicle driving at 60 km/h, one message a minute from {@code fromMinute} to {@code toMinute}. */
    private static List<Telemetry> drive(String vin, long seq0, long fromMinute, long toMinute) {
        List<Telemetry> messages = new ArrayList<>();
        for (long minute = fromMinute; minute <= toMinute; minute++) {
            messages.add(new Telemetry(vin, seq0 + minute, at(minute), VehicleSignals.builder().speedKmh(60.0)
                    .odometerKm(1000.0 + minute).engineRunning(true).fuelLevelPct(50.0 - minute * 0.1).build()));
        }
        return messages;
    }

    private static void send(KeyedOneInputStreamOperatorTestHarness<String, Telemetry, DrivingProfile> h,
            List<Telemetry> messages) throws Exception {
        for (Telemetry t : messages) {
            h.processElement(t, t.eventTime().toEpochMilli());
        }
    }

    private static <T> T roundTrip(TypeInformation<T> type, T value) throws Exception {
        SerializerConfigImpl noKryo = new SerializerConfigImpl();
        noKryo.setGenericTypes(false);
        TypeSerializer<T> serializer = type.createSerializer(noKryo);
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(value, out);
        return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    }

    private static List<DailyUsage> days(KeyedOneInputStreamOperatorTestHarness<String, Telemetry, DrivingProfile> h) {
        var records = h.getSideOutput(DrivingProfileOperator.DAILY_USAGE);
        return records == null ? List.of() : records.stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void emitsAtTheFirstMessageAndOncePerIntervalAndTheTimerWritesTheLastMinutes() throws Exception {
        send(harness, drive(VIN, 0, 0, 20)); // parks after 20 minutes

        assertThat(harness.extractOutputValues()).extracting(DrivingProfile::asOf).containsExactly(at(0), at(15));
        assertThat(days(harness)).extracting(DailyUsage::km).containsExactly(0.0, 15.0);
        assertThat(harness.numEventTimeTimers()).isEqualTo(1);

        harness.processWatermark(at(30).toEpochMilli() - 1);
        assertThat(harness.extractOutputValues()).hasSize(2);
        harness.processWatermark(at(30).toEpochMilli());

        assertThat(harness.extractOutputValues()).extracting(DrivingProfile::asOf)
                .containsExactly(at(0), at(15), at(20));
        assertThat(days(harness)).last().satisfies(row -> {
            assertThat(row.vin()).isEqualTo(VIN);
            assertThat(row.day()).isEqualTo(DAY);
            assertThat(row.km()).isEqualTo(20.0);
            assertThat(row.drivingMinutes()).isEqualTo(20.0);
            assertThat(row.fuelUsedLitres()).isEqualTo(1.0);
        });
        assertThat(harness.numEventTimeTimers()).as("everything emitted: no timer").isZero();
        assertThat(harness.numKeyedStateEntries()).as("the memory; no timer entry").isEqualTo(1);
    }

    @Test
    void anOlderMessageEmitsNothing() throws Exception {
        send(harness, drive(VIN, 0, 5, 5));
        send(harness, drive(VIN, 0, 4, 4));

        assertThat(harness.extractOutputValues()).singleElement()
                .satisfies(p -> assertThat(p.asOf()).isEqualTo(at(5)));
    }

    @Test
    void carriesMemoryAndTimerAcrossACheckpointRestore() throws Exception {
        List<Telemetry> input = drive(VIN, 0, 0, 40);
        List<DrivingProfile> straightProfiles;
        List<DailyUsage> straightDays;
        try (var straight = newHarness()) {
            straight.open();
            send(straight, input);
            straight.processWatermark(Long.MAX_VALUE);
            straightProfiles = straight.extractOutputValues();
            straightDays = days(straight);
        }

        send(harness, input.subList(0, 20));
        OperatorSubtaskState snapshot = harness.snapshot(1, 1);
        List<DrivingProfile> profiles = new ArrayList<>(harness.extractOutputValues());
        List<DailyUsage> days = new ArrayList<>(days(harness));
        try (var restored = newHarness()) {
            restored.initializeState(snapshot);
            restored.open();
            assertThat(restored.numEventTimeTimers()).as("the pending emission").isEqualTo(1);
            send(restored, input.subList(20, input.size()));
            restored.processWatermark(Long.MAX_VALUE);
            profiles.addAll(restored.extractOutputValues());
            days.addAll(days(restored));
        }

        assertThat(profiles).hasSize(4).isEqualTo(straightProfiles);
        assertThat(days).isEqualTo(straightDays);
    }

    @Test
    void emitsTheSameRowsWhetherWatermarksComeBetweenMessagesOrOnlyAtTheEnd() throws Exception {
        List<Telemetry> input = new ArrayList<>();
        input.addAll(drive(VIN, 0, 0, 25));
        input.addAll(drive(VIN, 0, 70, 100));
        input.addAll(drive(VIN, 0, 16 * 60, 16 * 60 + 30)); // past local midnight: closes the day
        input.addAll(drive(vin(2), 0, 3, 50));
        input.sort(Comparator.comparing(Telemetry::eventTime));

        List<List<Object>> outputs = new ArrayList<>();
        for (boolean eager : new boolean[] {true, false}) {
            try (var h = newHarness()) {
                h.open();
                for (Telemetry t : input) {
                    h.processElement(t, t.eventTime().toEpochMilli());
                    if (eager) {
                        h.processWatermark(t.eventTime().toEpochMilli() - 1);
                    }
                }
                h.processWatermark(Long.MAX_VALUE);
                List<Object> out = new ArrayList<>();
                for (String vin : List.of(VIN, vin(2))) {
                    out.addAll(h.extractOutputValues().stream().filter(p -> p.vin().equals(vin)).toList());
                    out.addAll(days(h).stream().filter(d -> d.vin().equals(vin)).toList());
                }
                outputs.add(out);
            }
        }

        assertThat(outputs.get(0)).hasSizeGreaterThan(10).isEqualTo(outputs.get(1));
        assertThat(outputs.get(0)).filteredOn(DailyUsage.class::isInstance).map(DailyUsage.class::cast)
                .extracting(DailyUsage::day).contains(DAY, DAY.plusDays(1));
    }

    @Test
    void profileStateHasNoTtlAndNoTypeFallsBackToKryo() throws Exception {
        send(harness, drive(VIN, 0, 0, 0));
        DrivingProfile profile = harness.extractOutputValues().get(0);
        DailyUsage day = days(harness).get(0);

        assertThat(DrivingProfileOperator.memoryDescriptor().getTtlConfig().isEnabled()).isFalse();
        assertThat(DrivingProfileOperator.timerDescriptor().getTtlConfig().isEnabled()).isFalse();

        SerializerConfigImpl noKryo = new SerializerConfigImpl();
        noKryo.setGenericTypes(false);
        for (TypeInformation<?> type : List.of(DrivingProfileOperator.PROFILE_TYPE,
                DrivingProfileOperator.DAILY_USAGE.getTypeInfo())) {
            assertThat(type).as(type.toString()).isInstanceOf(PojoTypeInfo.class);
            assertThat(type.createSerializer(noKryo)).as(type.toString()).isNotNull();
        }
        assertThat(roundTrip(DrivingProfileOperator.PROFILE_TYPE, profile)).isEqualTo(profile);
        assertThat(roundTrip(DrivingProfileOperator.DAILY_USAGE.getTypeInfo(), day)).isEqualTo(day);
    }
}
