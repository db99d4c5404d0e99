package dev.pitwall.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the fast path takes on its own, and what it leaves to the full schema validation. */
class FastTelemetryReaderTest {

    private static final String VALID = "{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\","
            + "\"signals\":{\"Vehicle.Speed\":87.5,\"Vehicle.OBD.DTCList\":[\"P0301\"]}}";

    private final TelemetryCodec codec = new TelemetryCodec();

    @Test
    void ignoresWhitespaceAfterThePayload() {
        assertThat(codec.decodeFast((VALID + " \n").getBytes(StandardCharsets.UTF_8))).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        VALID,
        // the bounds themselves, in several spellings
        "{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":0,\"ts\":\"2026-11-22T08:00:00.123456789Z\",\"signals\":{\"Vehicle.Speed\":500,\"Vehicle.CurrentLocation.Latitude\":-90.000}}",
        "{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":9223372036854775807,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{\"Vehicle.Speed\":0.0}}",
        // any key order, whitespace, an unknown VSS signal of any shape, 64 distinct codes
        " {\"signals\" : {\"Vehicle.Cabin.Door.Row1.DriverSide.IsOpen\": {\"a\": [1, null, \"ü\"]}}, \"ts\":\"2026-11-22T08:00:00.1Z\", \"seq\":3, \"vin\":\"WVWZZZ1KZAW123456\", \"v\":1}\n",
        "{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2024-02-29T23:59:59Z\",\"signals\":{\"Vehicle.Powertrain.CombustionEngine.IsRunning\":false,\"Vehicle.OBD.DTCList\":[]}}"
    })
    void takesCanonicalValidPayloads(String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        Telemetry fast = codec.decodeFast(bytes);
        assertThat(fast).isNotNull();
        assertThat(codec.decodeWithSchema(bytes)).isEqualTo(new DecodeResult.Valid(fast));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // valid by the schema, but unusual: the schema validation decides
        "\"ts\":\"2026-11-22T08:00:00Z\"=>\"ts\":\"2026-11-22T10:00:00+02:00\"",
        "\"ts\":\"2026-11-22T08:00:00Z\"=>\"ts\":\"2026-11-22t08:00:00z\"",
        "\"ts\":\"2026-11-22T08:00:00Z\"=>\"ts\":\"2016-12-31T23:59:60Z\"",
        "87.5=>8.75e1",
        "87.5=>87.50000000000000",
        "87.5=>-0.0",
        "\"seq\":3=>\"seq\":3.0",
        "\"seq\":3=>\"seq\":-0",
        "\"v\":1=>\"v\":1.0",
        "\"seq\":3=>\"seq\":3,\"seq\":3",
        "\"Vehicle.Speed\":87.5=>\"Vehicle.Speed\":87.5,\"Vehicle.Speed\":87.5",
        "}}=>}}x",
        // invalid
        "87.5=>500.1",
        "87.5=>\"87.5\"",
        "87.5=>null",
        "\"P0301\"=>\"P0301\",\"P0301\"",
        "\"P0301\"=>\"p0301\"",
        "WVWZZZ1KZAW123456=>WVWZZZ1KZAW12345O",
        "WVWZZZ1KZAW123456=>wvwzzz1kzaw123456",
        "\"v\":1=>\"v\":2",
        "\"seq\":3=>\"seq\":-3",
        "\"seq\":3=>\"seq\":99999999999999999999",
        "\"ts\":\"2026-11-22T08:00:00Z\"=>\"ts\":\"2026-02-29T08:00:00Z\"",
        "\"ts\":\"2026-11-22T08:00:00Z\"=>\"ts\":\"12026-11-22T08:00:00Z\"",
        "\"v\":1,=>\"v\":1,\"driver\":\"alice\",",
        "\"Vehicle.Speed\"=>\"vehicle.Speed\"",
        "\"Vehicle.Speed\":87.5=>\"Vehicle.Speed\":87.5,\"Vehicle.Foo-Bar\":1",
    })
    void leavesUnusualAndInvalidPayloadsToTheSchema(String edit) {
        String[] fromTo = edit.split("=>", 2);
        assertThat(VALID).contains(fromTo[0]);
        byte[] bytes = VALID.replace(fromTo[0], fromTo[1]).getBytes(StandardCharsets.UTF_8);
        assertThat(codec.decodeFast(bytes)).as(new String(bytes, StandardCharsets.UTF_8)).isNull();
        assertThat(codec.decode(bytes)).isEqualTo(codec.decodeWithSchema(bytes));
    }

    @Test
    void plainDecimalsAreThoseADoubleHoldsExactly() {
        assertThat(plain("123456789012345")).isTrue();
        assertThat(plain("0.000123456789012345")).isTrue();
        assertThat(plain("-12.5")).isTrue();
        assertThat(plain("0")).isTrue();
        assertThat(plain("1234567890123456")).isFalse();
        assertThat(plain("1.0000000000000001")).isFalse();
        assertThat(plain("1e2")).isFalse();
        assertThat(plain("1E2")).isFalse();
        assertThat(plain("-0")).isFalse();
        assertThat(plain("-0.000")).isFalse();
    }

    private static boolean plain(String number) {
        char[] text = ("  " + number).toCharArray();
        return FastTelemetryReader.isPlainDecimal(text, 2, number.length());
    }
}
