package dev.pitwall.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TelemetryCodecTest {

    private final TelemetryCodec codec = new TelemetryCodec();

    @Test
    void identifiersWithATrailingNewlineAreRefused() {
        // networknt finds patterns with java.util.regex, whose "$" also matches before a final line break;
        // the schema's lengths close that gap for the VIN and DTC codes
        String vinWithNewline = """
                {"v":1,"vin":"WVWZZZ1KZAW123456\\n","seq":1,"ts":"2026-11-22T10:15:30Z","signals":{}}""";
        String dtcWithNewline = """
                {"v":1,"vin":"WVWZZZ1KZAW123456","seq":1,"ts":"2026-11-22T10:15:30Z",
                 "signals":{"Vehicle.OBD.DTCList":["P0301\\n"]}}""";

        assertThat(codec.decode(vinWithNewline.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DecodeResult.Invalid.class, invalid -> assertThat(invalid.errors())
                        .extracting(ValidationError::field).contains("$.vin"));
        assertThat(codec.decode(dtcWithNewline.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DecodeResult.Invalid.class, invalid -> assertThat(invalid.errors())
                        .extracting(ValidationError::field).anyMatch(f -> f.contains("DTCList")));
    }

    @Test
    void encodeThenDecodeGivesTheSameMessage() {
        Telemetry original = new Telemetry("WVWZZZ1KZAW123456", 99, Instant.parse("2026-11-22T08:00:00.125Z"),
                VehicleSignals.builder().speedKmh(12.5).engineRunning(true).batteryVoltage(13.9)
                        .tirePressureRearRightKpa(201.0).dtcs(List.of("P0562")).build());
        assertThat(codec.decodeTrusted(codec.encode(original))).isEqualTo(original);
    }

    @Test
    void encodedMessageOmitsUnmeasuredSignals() {
        Telemetry t = new Telemetry("WVWZZZ1KZAW123456", 1, Instant.EPOCH, VehicleSignals.builder().speedKmh(3.0).build());
        assertThat(new String(codec.encode(t), StandardCharsets.UTF_8))
                .isEqualTo("{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":1,\"ts\":\"1970-01-01T00:00:00Z\","
                        + "\"signals\":{\"Vehicle.Speed\":3.0}}");
    }

    @Test
    void nonObjectPayloadIsRejectedNotThrown() {
        assertThat(codec.decode("[1,2]".getBytes(StandardCharsets.UTF_8))).isInstanceOf(DecodeResult.Invalid.class);
        assertThat(codec.decode(new byte[0])).isInstanceOf(DecodeResult.Invalid.class);
        assertThat(codec.decode(new byte[] {(byte) 0xff, 0x00, 0x13})).isInstanceOf(DecodeResult.Invalid.class);
    }

    @Test
    void decodeTrustedThrowsWithTheReason() {
        assertThatThrownBy(() -> codec.decodeTrusted("{}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("$.vin");
    }

    @Test
    void everyVssSignalIsDocumentedInTheSchemaAndViceVersa() throws Exception {
        JsonNode schema;
        try (InputStream in = TelemetryCodec.class.getResourceAsStream(TelemetryCodec.SCHEMA_RESOURCE)) {
            schema = new ObjectMapper().readTree(in);
        }
        Set<String> documented = new HashSet<>();
        schema.get("properties").get("signals").get("properties").fieldNames().forEachRemaining(documented::add);
        Set<String> understood = Stream.of(VssSignal.values()).map(VssSignal::path).collect(Collectors.toSet());
        assertThat(understood).isEqualTo(documented);
    }

    @Test
    void newerOptionalSignalsRoundTripAndStayOptional() {
        Telemetry full = new Telemetry("WVWZZZ1KZAW123456", 3, Instant.parse("2026-11-22T08:00:00Z"),
                VehicleSignals.builder().crankingVoltage(9.74).brakePadWearFrontPct(88.0).brakePadWearRearPct(12.0)
                        .oilLifeRemainingPct(0.0).build());
        Telemetry older = new Telemetry("WVWZZZ1KZAW123456", 4, Instant.parse("2026-11-22T08:00:00Z"),
                VehicleSignals.builder().batteryVoltage(12.6).build());

        assertThat(codec.decode(codec.encode(full))).isEqualTo(new DecodeResult.Valid(full));
        assertThat(codec.decode(codec.encode(older))).isEqualTo(new DecodeResult.Valid(older));
        assertThat(new String(codec.encode(older), StandardCharsets.UTF_8)).doesNotContain("Pitwall", "PadWear");
    }

    @Test
    void extensionSignalsLiveUnderThePitwallBranch() {
        assertThat(VssSignal.CRANKING_VOLTAGE.path()).startsWith(VssSignal.EXTENSION_PREFIX);
        assertThat(VssSignal.OIL_LIFE_REMAINING.path()).startsWith(VssSignal.EXTENSION_PREFIX);
        assertThat(VssSignal.BRAKE_PAD_WEAR_FRONT.path()).doesNotStartWith(VssSignal.EXTENSION_PREFIX);
    }

    @Test
    void mqttTopicCarriesTheVin() {
        assertThat(MqttTelemetryTopic.forVin("WVWZZZ1KZAW123456")).isEqualTo("pitwall/v1/vehicles/WVWZZZ1KZAW123456/telemetry");
        assertThat(MqttTelemetryTopic.vinOf("pitwall/v1/vehicles/WVWZZZ1KZAW123456/telemetry")).isEqualTo("WVWZZZ1KZAW123456");
        assertThat(MqttTelemetryTopic.vinOf("pitwall/v1/vehicles//telemetry")).isNull();
        assertThat(MqttTelemetryTopic.vinOf("pitwall/v1/vehicles/a/b/telemetry")).isNull();
        assertThat(MqttTelemetryTopic.vinOf("other/topic")).isNull();
        assertThat(MqttTelemetryTopic.vinOf("pitwall/v1/vehicles/telemetry")).as("prefix and suffix overlap").isNull();
        assertThat(MqttTelemetryTopic.sharedSubscription("ingest")).isEqualTo("$share/ingest/pitwall/v1/vehicles/+/telemetry");
    }
}
