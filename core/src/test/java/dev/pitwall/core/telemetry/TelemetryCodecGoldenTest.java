package dev.pitwall.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decodes the example messages in {@code golden/} (see its README) field by field. */
class TelemetryCodecGoldenTest {

    private final TelemetryCodec codec = new TelemetryCodec();

    @Test
    void decodesEverySignalOfAMovingCar() throws IOException {
        Telemetry t = valid("golden/valid/all-signals.json");
        assertThat(t.vin()).isEqualTo("WVWZZZ1KZAW123456");
        assertThat(t.seq()).isEqualTo(1042);
        assertThat(t.eventTime()).isEqualTo(Instant.parse("2026-11-22T08:15:30.250Z"));
        VehicleSignals s = t.signals();
        assertThat(s.odometerKm()).isEqualTo(48213.7);
        assertThat(s.speedKmh()).isEqualTo(87.5);
        assertThat(s.latitude()).isEqualTo(48.137154);
        assertThat(s.longitude()).isEqualTo(11.576124);
        assertThat(s.headingDeg()).isEqualTo(271.5);
        assertThat(s.fuelLevelPct()).isEqualTo(41.2);
        assertThat(s.coolantTempC()).isEqualTo(91.3);
        assertThat(s.engineRpm()).isEqualTo(2450.0);
        assertThat(s.engineRunning()).isTrue();
        assertThat(s.engineHours()).isEqualTo(1312.6);
        assertThat(s.batteryVoltage()).isEqualTo(14.1);
        assertThat(s.ambientTempC()).isEqualTo(6.5);
        assertThat(s.tirePressureFrontLeftKpa()).isEqualTo(238.0);
        assertThat(s.tirePressureFrontRightKpa()).isEqualTo(236.0);
        assertThat(s.tirePressureRearLeftKpa()).isEqualTo(229.0);
        assertThat(s.tirePressureRearRightKpa()).isEqualTo(231.0);
        assertThat(s.dtcs()).containsExactly("P0301", "P0420");
        assertThat(s.oilLifeRemainingPct()).isEqualTo(37.0);
        assertThat(s.crankingVoltage()).isEqualTo(10.62);
        assertThat(s.brakePadWearFrontPct()).isEqualTo(64.0);
        assertThat(s.brakePadWearRearPct()).isEqualTo(41.0);
        for (VssSignal signal : VssSignal.values()) {
            assertThat(signal.valueIn(s)).as("all-signals.json must carry " + signal.path()).isNotNull();
        }
    }

    @Test
    void decodesWornPartsOfAParkedCar() throws IOException {
        Telemetry t = valid("golden/valid/worn-parts-parked.json");
        VehicleSignals s = t.signals();
        assertThat(t.seq()).isEqualTo(88211);
        assertThat(s.engineRunning()).isFalse();
        assertThat(s.batteryVoltage()).isEqualTo(12.08);
        assertThat(s.crankingVoltage()).isEqualTo(9.71);
        assertThat(s.oilLifeRemainingPct()).as("0 %% is a value, not 'not measured'").isEqualTo(0.0);
        assertThat(s.brakePadWearFrontPct()).isEqualTo(100.0);
        assertThat(s.brakePadWearRearPct()).isEqualTo(0.0);
        assertThat(s.ambientTempC()).isEqualTo(-11.4);
        assertThat(s.dtcs()).containsExactly("C1100", "P0562");
        assertThat(s.speedKmh()).isNull();
        assertThat(s.coolantTempC()).isNull();
    }

    @Test
    void decodesParkedCarWithOnlySomeSignals() throws IOException {
        Telemetry t = valid("golden/valid/parked-minimal.json");
        assertThat(t.seq()).isZero();
        assertThat(t.signals().batteryVoltage()).isEqualTo(12.45);
        assertThat(t.signals().engineRunning()).isFalse();
        assertThat(t.signals().speedKmh()).isNull();
        assertThat(t.signals().dtcs()).as("absent DTC list means 'not reported', not 'none'").isNull();
    }

    @Test
    void normalisesOffsetTimeIgnoresUnknownSignalAndKeepsEmptyDtcList() throws IOException {
        Telemetry t = valid("golden/valid/offset-time-and-future-signal.json");
        assertThat(t.eventTime()).isEqualTo(Instant.parse("2026-11-22T08:15:30Z"));
        assertThat(t.signals().speedKmh()).isEqualTo(0.0);
        assertThat(t.signals().dtcs()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is rejected at {1}")
    @CsvSource({
        "missing-vin.json, $.vin",
        "negative-seq.json, $.seq",
        "speed-as-string.json, Vehicle.Speed",
        "vin-with-letter-o.json, $.vin",
        "unknown-top-level-field.json, $.driver",
        "latitude-out-of-range.json, Vehicle.CurrentLocation.Latitude",
        "timestamp-not-rfc3339.json, $.ts",
        "dtc-malformed.json, Vehicle.OBD.DTCList",
        "wrong-version.json, $.v",
        "truncated-json.txt, $",
        "pad-wear-out-of-range.json, Vehicle.Chassis.Axle.Row1.Wheel.Left.Brake.PadWear",
        "cranking-voltage-as-string.json, Vehicle.Pitwall.LowVoltageBattery.CrankingVoltage"
    })
    void rejectsInvalidPayloadNamingTheField(String file, String field) throws IOException {
        DecodeResult result = codec.decode(read("golden/invalid/" + file));
        assertThat(result).isInstanceOf(DecodeResult.Invalid.class);
        List<ValidationError> errors = ((DecodeResult.Invalid) result).errors();
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.field()).contains(field);
            assertThat(e.expected()).isNotBlank();
        });
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "golden/valid/all-signals.json", "golden/valid/parked-minimal.json",
        "golden/valid/offset-time-and-future-signal.json", "golden/valid/worn-parts-parked.json"})
    void trustedDecodingOfValidatedPayloadsGivesTheSameMessage(String resource) throws IOException {
        assertThat(codec.decodeTrusted(read(resource))).isEqualTo(valid(resource));
    }

    @Test
    void reasonIsOneReadableLine() throws IOException {
        var invalid = (DecodeResult.Invalid) codec.decode(read("golden/invalid/negative-seq.json"));
        assertThat(invalid.reason()).startsWith("$.seq: ").contains("0").doesNotContain("\n");
    }

    private Telemetry valid(String resource) throws IOException {
        DecodeResult result = codec.decode(read(resource));
        assertThat(result).as(result.toString()).isInstanceOf(DecodeResult.Valid.class);
        return ((DecodeResult.Valid) result).telemetry();
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = TelemetryCodecGoldenTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("test resource " + resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
