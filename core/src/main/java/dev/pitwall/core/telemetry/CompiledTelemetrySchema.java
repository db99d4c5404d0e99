package dev.pitwall.core.telemetry;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The telemetry JSON Schema reduced to the few checks {@link FastTelemetryReader} makes in one streaming pass.
 * Compiling is strict on purpose: a keyword, type or shape this class does not understand is an error at
 * construction, so that a schema change can never be silently skipped by the fast path.
 */
final class CompiledTelemetrySchema {

    /** Keywords that never change what is valid. */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$comment", "title", "description", "examples");
    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    /** The top-level fields the reader decodes, in the order the encoder writes them. */
    static final List<String> FIELDS = List.of("v", "vin", "seq", "ts", "signals");
    /** Up to this many significant digits a decimal survives the trip to double and back, and keeps its order. */
    static final int EXACT_DECIMAL_DIGITS = 15;

    /** The one value {@code v} must have. */
    final long version;
    /** What the VIN must be. */
    final StringRule vin;
    /** The smallest {@code seq}, or {@link Long#MIN_VALUE} when unbounded. */
    final long seqMinimum;
    /** What every signal name must match, or {@code null} for any name. */
    final Pattern signalName;
    private final Map<String, SignalRule> signals;

    private CompiledTelemetrySchema(long version, StringRule vin, long seqMinimum, Pattern signalName,
            Map<String, SignalRule> signals) {
        this.version = version;
        this.vin = vin;
        this.seqMinimum = seqMinimum;
        this.signalName = signalName;
        this.signals = signals;
    }

    /** The rule for a signal the schema describes, or {@code null} for a name it does not list. */
    SignalRule signal(String name) {
        return signals.get(name);
    }

    Map<String, SignalRule> signals() {
        return Collections.unmodifiableMap(signals);
    }

    /** What the schema allows for one signal it lists. */
    sealed interface SignalRule {
        /** Which {@link VssSignal} this is, or {@code null} when the codec does not read it (then it is only checked). */
        VssSignal vss();

        /** Whether the name itself satisfies the schema's {@code propertyNames}: if not, a payload carrying it is invalid. */
        boolean nameAllowed();
    }

    /** {@code "type": "number"} with optional inclusive bounds. */
    record NumberRule(VssSignal vss, boolean nameAllowed, double minimum, double maximum) implements SignalRule {
    }

    /** {@code "type": "boolean"}. */
    record BooleanRule(VssSignal vss, boolean nameAllowed) implements SignalRule {
    }

    /** {@code "type": "array"} of strings, each accepted by {@code item}. */
    record StringListRule(VssSignal vss, boolean nameAllowed, int maxItems, boolean uniqueItems, StringRule item)
            implements SignalRule {
    }

    /**
     * {@code "type": "string"} with an optional {@code pattern} (matched against the whole string, which accepts a
     * subset of what the validator's find() accepts) and {@code minLength}/{@code maxLength} in code points.
     */
    record StringRule(Pattern pattern, int minLength, int maxLength) {

        boolean accepts(String text) {
            // UTF-16 length >= code points, so a string within maxLength units is within maxLength code points
            return text.length() <= maxLength && text.codePointCount(0, text.length()) >= minLength
                    && (pattern == null || pattern.matcher(text).matches());
        }
    }

    /**
     * @param schemaJson the schema file's bytes
     * @throws IllegalStateException naming the place in the schema this compiler does not understand
     */
    static CompiledTelemetrySchema compile(byte[] schemaJson) {
        JsonNode schema;
        try {
            // exact decimals, so that a bound with more digits than a double holds is noticed, not rounded
            schema = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(schemaJson);
        } catch (IOException e) {
            throw new UncheckedIOException("telemetry schema is not JSON", e);
        }
        return compile(schema);
    }

    private static CompiledTelemetrySchema compile(JsonNode schema) {
        expectOnly(schema, "$", Set.of("type", "required", "additionalProperties", "properties"));
        JsonNode declared = schema.get("$schema");
        if (declared != null && !DRAFT_2020_12.equals(declared.asText())) {
            throw notUnderstood("$.$schema", "only " + DRAFT_2020_12 + " is understood");
        }
        expectType(schema, "$", "object");
        if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").booleanValue()) {
            throw notUnderstood("$.additionalProperties", "the fast path assumes additionalProperties: false");
        }
        JsonNode properties = object(schema, "$", "properties");
        if (!names(properties).equals(new LinkedHashSet<>(FIELDS))) {
            throw notUnderstood("$.properties", "the fast path decodes exactly the fields " + FIELDS);
        }
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        if (!schema.path("required").isArray() || !required.equals(new LinkedHashSet<>(FIELDS))) {
            throw notUnderstood("$.required", "the fast path assumes every one of " + FIELDS + " is required");
        }

        JsonNode v = properties.get("v");
        expectOnly(v, "$.v", Set.of("const"));
        if (!v.path("const").canConvertToLong() || !v.path("const").isIntegralNumber()) {
            throw notUnderstood("$.v.const", "an integer version");
        }

        JsonNode vin = properties.get("vin");
        expectOnly(vin, "$.vin", Set.of("type", "pattern", "minLength", "maxLength"));
        expectType(vin, "$.vin", "string");

        JsonNode seq = properties.get("seq");
        expectOnly(seq, "$.seq", Set.of("type", "minimum"));
        expectType(seq, "$.seq", "integer");
        long seqMinimum = Long.MIN_VALUE;
        if (seq.has("minimum")) {
            if (!seq.get("minimum").isIntegralNumber() || !seq.get("minimum").canConvertToLong()) {
                throw notUnderstood("$.seq.minimum", "an integer");
            }
            seqMinimum = seq.get("minimum").longValue();
        }

        JsonNode ts = properties.get("ts");
        expectOnly(ts, "$.ts", Set.of("type", "format"));
        expectType(ts, "$.ts", "string");
        if (!"date-time".equals(ts.path("format").asText(null))) {
            throw notUnderstood("$.ts.format", "the fast path reads ts as format date-time");
        }

        JsonNode signals = properties.get("signals");
        expectOnly(signals, "$.signals", Set.of("type", "propertyNames", "properties"));
        expectType(signals, "$.signals", "object");
        Pattern signalName = null;
        if (signals.has("propertyNames")) {
            expectOnly(signals.get("propertyNames"), "$.signals.propertyNames", Set.of("pattern"));
            signalName = pattern(signals.get("propertyNames"), "$.signals.propertyNames");
        }
        Map<String, SignalRule> rules = new HashMap<>();
        JsonNode signalSchemas = object(signals, "$.signals", "properties");
        for (String name : names(signalSchemas)) {
            boolean nameAllowed = signalName == null || signalName.matcher(name).matches();
            rules.put(name, signalRule(name, signalSchemas.get(name), nameAllowed));
        }
        return new CompiledTelemetrySchema(v.get("const").longValue(), stringRule(vin, "$.vin"), seqMinimum,
                signalName, rules);
    }

    private static SignalRule signalRule(String name, JsonNode schema, boolean nameAllowed) {
        String where = "$.signals.properties['" + name + "']";
        VssSignal vss = VssSignal.byPath(name);
        String type = schema.path("type").asText("");
        switch (type) {
            case "number" -> {
                expectOnly(schema, where, Set.of("type", "minimum", "maximum"));
                return new NumberRule(vss, nameAllowed, bound(schema, where, "minimum", Double.NEGATIVE_INFINITY),
                        bound(schema, where, "maximum", Double.POSITIVE_INFINITY));
            }
            case "boolean" -> {
                expectOnly(schema, where, Set.of("type"));
                return new BooleanRule(vss, nameAllowed);
            }
            case "array" -> {
                expectOnly(schema, where, Set.of("type", "maxItems", "uniqueItems", "items"));
                int maxItems = Integer.MAX_VALUE;
                if (schema.has("maxItems")) {
                    if (!schema.get("maxItems").canConvertToInt() || !schema.get("maxItems").isIntegralNumber()) {
                        throw notUnderstood(where + ".maxItems", "an integer");
                    }
                    maxItems = schema.get("maxItems").intValue();
                }
                if (schema.has("uniqueItems") && !schema.get("uniqueItems").isBoolean()) {
                    throw notUnderstood(where + ".uniqueItems", "true or false");
                }
                JsonNode items = schema.get("items");
                if (items == null) {
                    throw notUnderstood(where, "arrays need an items schema of type string");
                }
                expectOnly(items, where + ".items", Set.of("type", "pattern", "minLength", "maxLength"));
                expectType(items, where + ".items", "string");
                return new StringListRule(vss, nameAllowed, maxItems, schema.path("uniqueItems").booleanValue(),
                        stringRule(items, where + ".items"));
            }
            default -> throw notUnderstood(where + ".type", "number, boolean or array, not '" + type + "'");
        }
    }

    private static double bound(JsonNode schema, String where, String keyword, double absent) {
        JsonNode bound = schema.get(keyword);
        if (bound == null) {
            return absent;
        }
        // a bound with more digits than a double holds exactly would make double comparisons disagree with the schema's
        if (!bound.isNumber() || bound.decimalValue().stripTrailingZeros().precision() > EXACT_DECIMAL_DIGITS
                || !Double.isFinite(bound.doubleValue())
                || bound.decimalValue().compareTo(BigDecimal.valueOf(bound.doubleValue())) != 0) {
            throw notUnderstood(where + "." + keyword, "a number with at most " + EXACT_DECIMAL_DIGITS + " digits");
        }
        return bound.doubleValue();
    }

    private static StringRule stringRule(JsonNode schema, String where) {
        return new StringRule(pattern(schema, where), length(schema, where, "minLength", 0),
                length(schema, where, "maxLength", Integer.MAX_VALUE));
    }

    private static int length(JsonNode schema, String where, String keyword, int absent) {
        JsonNode length = schema.get(keyword);
        if (length == null) {
            return absent;
        }
        if (!length.isIntegralNumber() || !length.canConvertToInt() || length.intValue() < 0) {
            throw notUnderstood(where + "." + keyword, "a non-negative integer");
        }
        return length.intValue();
    }

    private static Pattern pattern(JsonNode schema, String where) {
        JsonNode pattern = schema.get("pattern");
        if (pattern == null) {
            return null;
        }
        if (!pattern.isTextual()) {
            throw notUnderstood(where + ".pattern", "a string");
        }
        try {
            // The validator finds the pattern anywhere in the string with java.util.regex; the fast path asks
            // the whole string to match, which accepts a subset of what find() accepts.
            return Pattern.compile(pattern.textValue());
        } catch (PatternSyntaxException e) {
            throw notUnderstood(where + ".pattern", "a regular expression (" + e.getDescription() + ")");
        }
    }

    private static void expectOnly(JsonNode schema, String where, Set<String> understood) {
        if (schema == null || !schema.isObject()) {
            throw notUnderstood(where, "a schema object");
        }
        List<String> unknown = new ArrayList<>();
        for (String keyword : names(schema)) {
            if (!understood.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
                unknown.add(keyword);
            }
        }
        if (!unknown.isEmpty()) {
            throw notUnderstood(where, "keywords " + unknown + " are not understood");
        }
    }

    private static void expectType(JsonNode schema, String where, String type) {
        if (!type.equals(schema.path("type").asText(null))) {
            throw notUnderstood(where + ".type", "\"" + type + "\"");
        }
    }

    private static JsonNode object(JsonNode schema, String where, String keyword) {
        JsonNode node = schema.get(keyword);
        if (node == null || !node.isObject()) {
            throw notUnderstood(where + "." + keyword, "an object");
        }
        return node;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        Iterator<String> it = object.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static IllegalStateException notUnderstood(String where, String expected) {
        return new IllegalStateException("telemetry schema at " + where + ": " + expected
                + "; teach CompiledTelemetrySchema and FastTelemetryReader the change before shipping it");
    }
}
