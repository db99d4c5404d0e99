package dev.pitwall.core.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pitwall.core.telemetry.CompiledTelemetrySchema.BooleanRule;
import dev.pitwall.core.telemetry.CompiledTelemetrySchema.NumberRule;
import dev.pitwall.core.telemetry.CompiledTelemetrySchema.StringListRule;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompiledTelemetrySchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SPEED = "/properties/signals/properties/Vehicle.Speed";

    @Test
    void compilesTheShippedSchema() throws IOException {
        var compiled = CompiledTelemetrySchema.compile(schemaWith(schema -> { }));
        assertThat(compiled.version).isEqualTo(1);
        assertThat(compiled.seqMinimum).isZero();
        assertThat(compiled.vin.accepts("WVWZZZ1KZAW123456")).isTrue();
        assertThat(compiled.vin.accepts("WVWZZZ1KZAW12345O")).isFalse();
        assertThat(compiled.signal("Vehicle.Speed")).isEqualTo(new NumberRule(VssSignal.SPEED, true, 0, 500));
        assertThat(compiled.signal("Vehicle.Powertrain.CombustionEngine.EngineHours"))
                .isEqualTo(new NumberRule(VssSignal.ENGINE_HOURS, true, 0, Double.POSITIVE_INFINITY));
        assertThat(compiled.signal("Vehicle.Powertrain.CombustionEngine.IsRunning"))
                .isEqualTo(new BooleanRule(VssSignal.ENGINE_RUNNING, true));
        var dtcs = (StringListRule) compiled.signal("Vehicle.OBD.DTCList");
        assertThat(dtcs.maxItems()).isEqualTo(64);
        assertThat(dtcs.uniqueItems()).isTrue();
        assertThat(dtcs.item().pattern().pattern()).isEqualTo("^[PCBU][0-3][0-9A-F]{3}$");
        for (VssSignal signal : VssSignal.values()) {
            assertThat(compiled.signal(signal.path()).vss()).isEqualTo(signal);
        }
    }

    @ParameterizedTest(name = "{1} at {0}")
    @CsvSource({
        "'', minProperties, 1",
        "'', unevaluatedProperties, false",
        "/properties/vin, format, '\"uuid\"'",
        "/properties/seq, maximum, 100",
        "/properties/ts, pattern, '\"Z$\"'",
        "/properties/v, type, '\"integer\"'",
        "/properties/signals, maxProperties, 40",
        "/properties/signals/propertyNames, maxLength, 100",
        "/properties/signals/properties/Vehicle.Speed, exclusiveMaximum, 500",
        "/properties/signals/properties/Vehicle.Speed, multipleOf, 0.1",
        "/properties/signals/properties/Vehicle.Speed, enum, 1",
        "/properties/signals/properties/Vehicle.OBD.DTCList, minItems, 1",
        "/properties/signals/properties/Vehicle.OBD.DTCList/items, format, '\"email\"'",
        "/properties/signals/properties/Vehicle.Powertrain.CombustionEngine.IsRunning, const, 1"
    })
    void refusesAKeywordItDoesNotUnderstand(String where, String keyword, String value) {
        byte[] schema = schemaWith(s -> ((ObjectNode) s.at(where)).set(keyword, json(value)));
        assertThatThrownBy(() -> CompiledTelemetrySchema.compile(schema))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(keyword);
    }

    @Test
    void refusesShapesTheFastPathCannotDecode() {
        assertRefused(s -> ((ObjectNode) s.get("properties")).set("driver", json("{\"type\":\"string\"}")), "$.properties");
        assertRefused(s -> ((ArrayNode) s.get("required")).remove(4), "$.required");
        assertRefused(s -> s.put("additionalProperties", true), "additionalProperties");
        assertRefused(s -> ((ObjectNode) s.at("/properties/v")).put("const", "1"), "$.v.const");
        assertRefused(s -> ((ObjectNode) s.at("/properties/ts")).put("format", "date"), "$.ts.format");
        assertRefused(s -> ((ObjectNode) s.at("/properties/seq")).put("type", "number"), "$.seq.type");
        assertRefused(s -> ((ObjectNode) s.at(SPEED)).put("type", "string"), "Vehicle.Speed");
        assertRefused(s -> ((ObjectNode) s.at(SPEED)).put("type", "integer"), "Vehicle.Speed");
        assertRefused(s -> ((ObjectNode) s.at(SPEED)).put("maximum", new BigDecimal("500.0000000000000001")), "maximum");
        assertRefused(s -> ((ObjectNode) s.at(SPEED)).put("maximum", "500"), "maximum");
        assertRefused(s -> s.put("$schema", "http://json-schema.org/draft-07/schema#"), "$schema");
        assertRefused(s -> ((ObjectNode) s.at("/properties/vin")).put("pattern", "["), "$.vin.pattern");
    }

    @Test
    void annotationsChangeNothing() {
        byte[] schema = schemaWith(s -> {
            ((ObjectNode) s.at(SPEED)).put("title", "Speed").put("$comment", "km/h").set("examples", json("[1]"));
            ((ObjectNode) s.at("/properties/vin")).put("title", "VIN");
        });
        assertThat(CompiledTelemetrySchema.compile(schema).signal("Vehicle.Speed"))
                .isEqualTo(new NumberRule(VssSignal.SPEED, true, 0, 500));
    }

    @Test
    void theFastPathFollowsAChangedSchema() {
        byte[] schema = schemaWith(s -> {
            ((ObjectNode) s.at(SPEED)).put("maximum", 100);
            ((ObjectNode) s.at("/properties/signals/properties")).set("Vehicle.Cabin.Door.Row1.DriverSide.IsOpen",
                    json("{\"type\":\"boolean\"}"));
        });
        var reader = new FastTelemetryReader(MAPPER.getFactory(), CompiledTelemetrySchema.compile(schema));
        assertThat(reader.read(payload("\"Vehicle.Speed\":99.5"))).isNotNull();
        assertThat(reader.read(payload("\"Vehicle.Speed\":100.5"))).isNull();
        assertThat(reader.read(payload("\"Vehicle.Cabin.Door.Row1.DriverSide.IsOpen\":true"))).isNotNull();
        assertThat(reader.read(payload("\"Vehicle.Cabin.Door.Row1.DriverSide.IsOpen\":1")))
                .as("a signal the codec does not read is still checked").isNull();
    }

    private static byte[] payload(String signals) {
        return ("{\"v\":1,\"vin\":\"WVWZZZ1KZAW123456\",\"seq\":3,\"ts\":\"2026-11-22T08:00:00Z\",\"signals\":{"
                + signals + "}}").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertRefused(Consumer<ObjectNode> change, String where) {
        byte[] schema = schemaWith(change);
        assertThatThrownBy(() -> CompiledTelemetrySchema.compile(schema))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(where);
    }

    private static byte[] schemaWith(Consumer<ObjectNode> change) {
        try (InputStream in = TelemetryCodec.class.getResourceAsStream(TelemetryCodec.SCHEMA_RESOURCE)) {
            ObjectNode schema = (ObjectNode) MAPPER.readTree(in);
            change.accept(schema);
            return MAPPER.writeValueAsBytes(schema);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
