package dev.pitwall.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link TelemetryCodec#decodeTrusted}: streaming, and the same message the tree-based decoding gave. */
class TrustedTelemetryReaderTest {

    private final TelemetryCodec codec = new TelemetryCodec();

    @Test
    void ignoresUnknownSignalsNullsAndUnknownFields() {
        Telemetry t = trusted("{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T10:15:30+02:00\","
                + "\"extra\":{\"a\":[1,{}]},\"signals\":{\"Vehicle.Cabin.Door.Row1.DriverSide.IsOpen\":{\"x\":[true]},"
                + "\"Vehicle.Speed\":12,\"Vehicle.Exterior.AirTemperature\":null,\"Vehicle.OBD.DTCList\":[\"P0300\"],"
                + "\"Vehicle.Powertrain.CombustionEngine.IsRunning\":true}}");
        assertThat(t.eventTime()).isEqualTo(Instant.parse("2026-11-22T08:15:30Z"));
        assertThat(t.signals()).isEqualTo(VehicleSignals.builder().speedKmh(12.0).dtcs(List.of("P0300"))
                .engineRunning(true).build());
    }

    @Test
    void aRepeatedKeyCountsWithItsLastValueAsInATree() {
        Telemetry t = trusted("{\"vin\":\"X\",\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\","
                + "\"signals\":{\"Vehicle.Speed\":\"fast\"},\"signals\":{\"Vehicle.Speed\":1,\"Vehicle.Speed\":null,"
                + "\"Vehicle.OBD.DTCList\":[1],\"Vehicle.OBD.DTCList\":[\"P0300\"]}}");
        assertThat(t.vin()).isEqualTo("WVWZZZ1KZAW123456");
        assertThat(t.signals()).isEqualTo(VehicleSignals.builder().dtcs(List.of("P0300")).build());
    }

    @Test
    void truncatesAFractionalSeqAsBeforeAndIgnoresTrailingContent() {
        Telemetry t = trusted("{\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3.7,\"ts\":\"2026-11-22T08:00:00Z\"} trailing");
        assertThat(t.seq()).isEqualTo(3);
        assertThat(t.signals()).isEqualTo(VehicleSignals.NONE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "not json | not JSON",
        "{\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-2 | not JSON",
        "[1,2 | not JSON",
        "[1,2] | $.vin, $.seq and $.ts",
        "'' | $.vin, $.seq and $.ts",
        "{\"vin\":\"WVWZZZ1KZAW123456\",\"ts\":\"2026-11-22T08:00:00Z\"} | $.vin, $.seq and $.ts",
        "{\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":\"3\",\"ts\":\"2026-11-22T08:00:00Z\"} | $.vin, $.seq and $.ts",
        "{\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":99999999999999999999,\"ts\":\"2026-11-22T08:00:00Z\"} | $.vin, $.seq and $.ts",
        "{\"vin\":7,\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\"} | $.vin, $.seq and $.ts",
        "{\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"yesterday\"} | $.ts",
        "{\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{\"Vehicle.Speed\":\"fast\"}} | $.signals['Vehicle.Speed'] expected a number",
        "{\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{\"Vehicle.Powertrain.CombustionEngine.IsRunning\":1}} | IsRunning'] expected true or false",
        "{\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{\"Vehicle.OBD.DTCList\":[\"P0300\",[]]}} | DTCList'] expected a list of strings"
    })
    void rejectsWithAReasonNamingWhatIsWrong(String payload, String reason) {
        assertThatThrownBy(() -> trusted(payload)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid telemetry: ").hasMessageContaining(reason);
    }

    private Telemetry trusted(String payload) {
        return codec.decodeTrusted(payload.getBytes(StandardCharsets.UTF_8));
    }
}
