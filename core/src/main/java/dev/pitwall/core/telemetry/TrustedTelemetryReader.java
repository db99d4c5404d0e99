package dev.pitwall.core.telemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.pitwall.core.telemetry.CompiledTelemetrySchema.BooleanRule;
import dev.pitwall.core.telemetry.CompiledTelemetrySchema.NumberRule;
import dev.pitwall.core.telemetry.CompiledTelemetrySchema.SignalRule;
import dev.pitwall.core.telemetry.CompiledTelemetrySchema.StringListRule;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decodes a payload that was validated before (by ingest) in one streaming pass, without building a tree: the
 * stream job reads every message. It checks only what decoding needs; like the tree it replaces, a repeated key
 * counts with its last value and anything after the object is ignored.
 */
final class TrustedTelemetryReader {

    /** Marks a signal value of the wrong type. */
    private static final Object WRONG_TYPE = new Object();

    private final JsonFactory factory;
    private final CompiledTelemetrySchema schema;

    TrustedTelemetryReader(JsonFactory factory, CompiledTelemetrySchema schema) {
        this.factory = factory;
        this.schema = schema;
    }

    /** @throws IllegalArgumentException naming what is missing or malformed */
    Telemetry read(byte[] payload) {
        String vin = null;
        Long seq = null;
        String ts = null;
        ReadSignals signals = ReadSignals.NONE;
        try (JsonParser p = factory.createParser(payload)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                if (first != null) {
                    p.skipChildren(); // a truncated array is "not JSON" rather than "not an object", as before
                }
                throw missingEnvelope();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "vin" -> vin = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "seq" -> seq = longValue(p, value);
                    case "ts" -> ts = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "signals" -> signals = value == JsonToken.START_OBJECT ? readSignals(p) : ReadSignals.NONE;
                    default -> {
                    }
                }
                p.skipChildren(); // no-op after a scalar or a fully read object
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("invalid telemetry: not JSON (" + TelemetryCodec.firstLine(e.getMessage()) + ")", e);
        }
        if (vin == null || seq == null || ts == null) {
            throw missingEnvelope();
        }
        if (signals.wrongType() != null) {
            throw new IllegalArgumentException(signals.wrongType());
        }
        Instant eventTime;
        try {
            eventTime = EventTimes.parse(ts);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid telemetry: $.ts expected an RFC 3339 date-time", e);
        }
        return new Telemetry(vin, seq, eventTime, signals.value());
    }

    /** An integer, or a fraction truncated towards zero, within long's range (what the tree's asLong() gave). */
    private static Long longValue(JsonParser p, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT) {
            JsonParser.NumberType type = p.getNumberType();
            return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG ? p.getLongValue() : null;
        }
        if (value == JsonToken.VALUE_NUMBER_FLOAT) {
            double d = p.getDoubleValue();
            return d >= Long.MIN_VALUE && d <= Long.MAX_VALUE ? (long) d : null;
        }
        return null;
    }

    /** The signals, or why they cannot be read (kept until the end: a repeated "signals" key replaces it). */
    private record ReadSignals(VehicleSignals value, String wrongType) {
        static final ReadSignals NONE = new ReadSignals(VehicleSignals.NONE, null);
    }

    private ReadSignals readSignals(JsonParser p) throws IOException {
        var builder = VehicleSignals.builder();
        // a wrong type only counts if no later value of the same signal replaces it, as with a repeated key in a tree
        Map<VssSignal, String> wrongTypes = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            VssSignal signal = VssSignal.byPath(name);
            if (signal == null) {
                p.skipChildren(); // forward compatible: unknown VSS paths are ignored (see the schema's description)
                continue;
            }
            // null means "not measured"
            Object decoded = value == JsonToken.VALUE_NULL ? null : readValue(p, value, schema.signal(name));
            if (decoded == WRONG_TYPE) {
                wrongTypes = wrongTypes == null ? new EnumMap<>(VssSignal.class) : wrongTypes;
                wrongTypes.put(signal, "invalid telemetry: $.signals['" + name + "'] expected " + expected(schema.signal(name)));
                continue;
            }
            if (wrongTypes != null) {
                wrongTypes.remove(signal);
            }
            signal.set(builder, decoded);
        }
        if (wrongTypes != null && !wrongTypes.isEmpty()) {
            return new ReadSignals(null, wrongTypes.values().iterator().next());
        }
        return new ReadSignals(builder.build(), null);
    }

    /** The value in the type the schema gives the signal, or {@link #WRONG_TYPE} (then skipped entirely). */
    private static Object readValue(JsonParser p, JsonToken value, SignalRule rule) throws IOException {
        switch (value) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                if (rule == null || rule instanceof NumberRule) {
                    return p.getDoubleValue();
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                if (rule == null || rule instanceof BooleanRule) {
                    return p.getBooleanValue();
                }
            }
            case START_ARRAY -> {
                if (rule == null || rule instanceof StringListRule) {
                    return readStrings(p);
                }
            }
            default -> {
            }
        }
        p.skipChildren();
        return WRONG_TYPE;
    }

    private static Object readStrings(JsonParser p) throws IOException {
        List<String> items = new ArrayList<>();
        boolean allStrings = true;
        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == JsonToken.VALUE_STRING) {
                items.add(p.getText());
            } else {
                allStrings = false;
                p.skipChildren();
            }
        }
        return allStrings ? items : WRONG_TYPE;
    }

    private static String expected(SignalRule rule) {
        return rule instanceof NumberRule ? "a number" : rule instanceof BooleanRule ? "true or false"
                : rule instanceof StringListRule ? "a list of strings" : "a number, true or false, or a list of strings";
    }

    private static IllegalArgumentException missingEnvelope() {
        return new IllegalArgumentException("invalid telemetry: expected an object with $.vin, $.seq and $.ts");
    }
}
