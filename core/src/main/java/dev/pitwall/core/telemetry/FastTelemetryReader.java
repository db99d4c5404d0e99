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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decodes an untrusted payload in one streaming pass while checking it against the {@link CompiledTelemetrySchema}.
 * It is conservative: it answers either "valid, here is the message" or "not sure" ({@code null}), never
 * "invalid". Anything unusual (duplicate keys, exponents, more digits than a double holds, a timestamp not in the
 * canonical UTC form, trailing content, ...) is "not sure", and then the full JSON Schema validation decides and
 * explains. It only ever accepts what that validation accepts, and decodes it to the same message.
 */
final class FastTelemetryReader {

    private static final int V = 1;
    private static final int VIN = 1 << 1;
    private static final int SEQ = 1 << 2;
    private static final int TS = 1 << 3;
    private static final int SIGNALS = 1 << 4;
    private static final int ALL_FIELDS = V | VIN | SEQ | TS | SIGNALS;

    private final JsonFactory factory;
    private final CompiledTelemetrySchema schema;
    /** Each listed signal's position, for duplicate detection without a set per message. */
    private final Map<String, Integer> slots = new HashMap<>();
    private final SignalRule[] rules;

    FastTelemetryReader(JsonFactory factory, CompiledTelemetrySchema schema) {
        this.factory = factory;
        this.schema = schema;
        this.rules = new SignalRule[schema.signals().size()];
        for (var signal : schema.signals().entrySet()) {
            rules[slots.size()] = signal.getValue();
            slots.put(signal.getKey(), slots.size());
        }
    }

    /** The message if the payload is certainly valid, or {@code null} if this reader is not sure. */
    Telemetry read(byte[] payload) {
        try (JsonParser p = factory.createParser(payload)) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            // not sure: the schema validation will say what is wrong, if anything (decode never throws for bad input)
            return null;
        }
    }

    private Telemetry read(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        int seen = 0;
        String vin = null;
        long seq = 0;
        Instant eventTime = null;
        VehicleSignals signals = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            int field = fieldBit(p.currentName());
            if (field == 0 || (seen & field) != 0) {
                return null; // additionalProperties: false, or a duplicate key (the tree would keep the last one)
            }
            seen |= field;
            JsonToken value = p.nextToken();
            switch (field) {
                case V -> {
                    if (value != JsonToken.VALUE_NUMBER_INT || !isPlainLong(p) || p.getLongValue() != schema.version) {
                        return null;
                    }
                }
                case VIN -> {
                    vin = value == JsonToken.VALUE_STRING ? p.getText() : null;
                    if (vin == null || !schema.vin.accepts(vin)) {
                        return null;
                    }
                }
                case SEQ -> {
                    if (value != JsonToken.VALUE_NUMBER_INT || !isPlainLong(p) || p.getLongValue() < schema.seqMinimum) {
                        return null;
                    }
                    seq = p.getLongValue();
                }
                case TS -> {
                    eventTime = value == JsonToken.VALUE_STRING ? EventTimes.parseCanonicalUtc(p.getText()) : null;
                    if (eventTime == null) {
                        return null;
                    }
                }
                case SIGNALS -> {
                    signals = value == JsonToken.START_OBJECT ? readSignals(p) : null;
                    if (signals == null) {
                        return null;
                    }
                }
                default -> throw new IllegalStateException("unhandled field " + field);
            }
        }
        // every field present, and nothing after the object (the tree parser would ignore trailing content)
        if (seen != ALL_FIELDS || p.nextToken() != null) {
            return null;
        }
        return new Telemetry(vin, seq, eventTime, signals);
    }

    private static int fieldBit(String name) {
        // CompiledTelemetrySchema guarantees that these are exactly the schema's properties, all required
        return switch (name) {
            case "v" -> V;
            case "vin" -> VIN;
            case "seq" -> SEQ;
            case "ts" -> TS;
            case "signals" -> SIGNALS;
            default -> 0;
        };
    }

    private VehicleSignals readSignals(JsonParser p) throws IOException {
        var builder = VehicleSignals.builder();
        boolean[] seen = new boolean[rules.length];
        Set<String> unknownSeen = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Integer slot = slots.get(name);
            JsonToken value = p.nextToken();
            if (slot == null) {
                if (VssSignal.byPath(name) != null) {
                    return null; // a signal the codec reads but the schema does not constrain: not sure what is valid
                }
                if (schema.signalName != null && !schema.signalName.matcher(name).matches()) {
                    return null;
                }
                if (unknownSeen == null) {
                    unknownSeen = new HashSet<>();
                }
                if (!unknownSeen.add(name) || !consumeAsTreeWould(p, value)) {
                    return null;
                }
                continue; // forward compatible: unknown VSS paths are ignored
            }
            SignalRule rule = rules[slot];
            if (seen[slot] || !rule.nameAllowed()) {
                return null;
            }
            seen[slot] = true;
            Object decoded = null;
            if (rule instanceof NumberRule number) {
                decoded = readNumber(p, value, number);
            } else if (rule instanceof BooleanRule) {
                decoded = value == JsonToken.VALUE_TRUE ? Boolean.TRUE : value == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
            } else if (rule instanceof StringListRule list && value == JsonToken.START_ARRAY) {
                decoded = readStrings(p, list);
            }
            if (decoded == null) {
                return null;
            }
            if (rule.vss() != null) {
                rule.vss().set(builder, decoded);
            }
        }
        return builder.build();
    }

    private static Double readNumber(JsonParser p, JsonToken value, NumberRule rule) throws IOException {
        if ((value != JsonToken.VALUE_NUMBER_INT && value != JsonToken.VALUE_NUMBER_FLOAT)
                || !isPlainDecimal(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) {
            return null;
        }
        double number = p.getDoubleValue();
        return number >= rule.minimum() && number <= rule.maximum() ? number : null;
    }

    private static List<String> readStrings(JsonParser p, StringListRule rule) throws IOException {
        List<String> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.VALUE_STRING || items.size() == rule.maxItems()) {
                return null;
            }
            String item = p.getText();
            if (!rule.item().accepts(item)
                    || (rule.uniqueItems() && items.contains(item))) {
                return null;
            }
            items.add(item);
        }
        return items;
    }

    /**
     * Reads a value nobody looks at the way the tree parser would, decoding every string and number, so that
     * whatever makes the tree parser fail (bad UTF-8, limits on lengths and nesting) makes this fail too.
     */
    private static boolean consumeAsTreeWould(JsonParser p, JsonToken first) throws IOException {
        int depth = 0;
        JsonToken t = first;
        do {
            if (t == null) {
                return false;
            }
            switch (t) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                case VALUE_STRING -> p.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
                default -> {
                    // field names are always decoded; true, false and null need nothing
                }
            }
            if (depth > 0) {
                t = p.nextToken();
            }
        } while (depth > 0);
        return true;
    }

    /** An integer token that fits a long and is not a negative zero. */
    private static boolean isPlainLong(JsonParser p) throws IOException {
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            return false;
        }
        return !(p.getLongValue() == 0 && p.getTextLength() > 0 && p.getTextCharacters()[p.getTextOffset()] == '-');
    }

    /**
     * A number written without exponent, with at most {@value CompiledTelemetrySchema#EXACT_DECIMAL_DIGITS}
     * significant digits, and not a negative zero. As a double, such a number compares with the schema's bounds
     * (which have as few digits, see {@link CompiledTelemetrySchema}) exactly as the decimal does, whichever way
     * the validator compares.
     */
    static boolean isPlainDecimal(char[] text, int offset, int length) {
        int end = offset + length;
        int i = offset;
        boolean negative = i < end && text[i] == '-';
        if (negative) {
            i++;
        }
        int significant = 0;
        boolean onlyZeros = true;
        for (; i < end; i++) {
            char c = text[i];
            if (c == '.') {
                continue;
            }
            if (c < '0' || c > '9') {
                return false; // an exponent
            }
            if (c != '0') {
                onlyZeros = false;
            }
            if (!onlyZeros) {
                significant++;
            }
        }
        return significant <= CompiledTelemetrySchema.EXACT_DECIMAL_DIGITS && !(negative && onlyZeros);
    }
}
