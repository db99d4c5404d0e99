package dev.pitwall.core.telemetry;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the telemetry wire format, version 1 ({@code schema/telemetry-v1.schema.json}).
 * Thread-safe; build one and share it.
 *
 * <p>The schema is the contract. {@link #decode} first tries {@link FastTelemetryReader}, which checks the
 * constraints {@link CompiledTelemetrySchema} compiled from the schema in one streaming pass; whenever that reader
 * is not sure, the full JSON Schema validation (networknt) runs and is authoritative, with its detailed errors.
 */
public final class TelemetryCodec {

    public static final String SCHEMA_RESOURCE = "/schema/telemetry-v1.schema.json";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private final JsonSchema schema;
    private final FastTelemetryReader fastReader;
    private final TrustedTelemetryReader trustedReader;

    /**
     * @throws IllegalStateException if the schema uses something the fast path does not understand (see
     *     {@link CompiledTelemetrySchema}): a schema change must never be skipped silently
     */
    public TelemetryCodec() {
        byte[] schemaJson;
        try (InputStream in = TelemetryCodec.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("telemetry schema missing from the classpath: " + SCHEMA_RESOURCE);
            }
            schemaJson = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var config = SchemaValidatorsConfig.builder()
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH) // "$.signals['Vehicle.Speed']" reads better than a JSON Pointer
                .build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ByteArrayInputStream(schemaJson), config);
        CompiledTelemetrySchema compiled = CompiledTelemetrySchema.compile(schemaJson);
        fastReader = new FastTelemetryReader(FACTORY, compiled);
        trustedReader = new TrustedTelemetryReader(FACTORY, compiled);
    }

    /** Parses and validates an untrusted payload (from a vehicle). Never throws for bad input. */
    public DecodeResult decode(byte[] payload) {
        Telemetry certainlyValid = fastReader.read(payload);
        return certainlyValid != null ? new DecodeResult.Valid(certainlyValid) : decodeWithSchema(payload);
    }

    /** The fast path alone: the message if it is certainly valid, {@code null} if the fast path is not sure. */
    Telemetry decodeFast(byte[] payload) {
        return fastReader.read(payload);
    }

    /**
     * The authoritative path: the whole payload as a tree, validated against the JSON Schema, which names every
     * error. Several times dearer than the fast path, so it only runs when the fast path is not sure.
     */
    DecodeResult decodeWithSchema(byte[] payload) {
        JsonNode root;
        try {
            root = MAPPER.readTree(payload);
        } catch (IOException e) {
            return invalid("$", "a JSON object (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || !root.isObject()) {
            return invalid("$", "a JSON object");
        }
        Set<ValidationMessage> messages = schema.validate(root);
        if (!messages.isEmpty()) {
            List<ValidationError> errors = new ArrayList<>(messages.size());
            for (ValidationMessage m : messages) {
                errors.add(toError(m));
            }
            errors.sort(Comparator.comparing(ValidationError::field));
            return new DecodeResult.Invalid(errors);
        }
        Instant eventTime;
        try {
            eventTime = EventTimes.parse(root.get("ts").asText());
        } catch (DateTimeParseException e) {
            return invalid("$.ts", "an RFC 3339 date-time such as 2026-11-22T10:15:30Z");
        }
        return new DecodeResult.Valid(new Telemetry(
                root.get("vin").asText(), root.get("seq").asLong(), eventTime, readSignals((ObjectNode) root.get("signals"))));
    }

    /**
     * Parses a payload that was validated before (by ingest, before it reached Kafka) without validating it
     * again and without building a tree: the stream job reads every message.
     *
     * @throws IllegalArgumentException if the payload lacks what every valid message has, or a signal has the
     *     wrong type
     */
    public Telemetry decodeTrusted(byte[] payload) {
        return trustedReader.read(payload);
    }

    public byte[] encode(Telemetry telemetry) {
        var out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("v", VERSION);
            g.writeStringField("vin", telemetry.vin());
            g.writeNumberField("seq", telemetry.seq());
            g.writeStringField("ts", telemetry.eventTime().toString());
            g.writeObjectFieldStart("signals");
            for (VssSignal signal : VssSignal.values()) {
                Object value = signal.valueIn(telemetry.signals());
                if (value == null) {
                    continue;
                }
                g.writeFieldName(signal.path());
                if (value instanceof Double d) {
                    g.writeNumber(d);
                } else if (value instanceof Boolean b) {
                    g.writeBoolean(b);
                } else if (value instanceof List<?> codes) {
                    g.writeStartArray();
                    for (Object code : codes) {
                        g.writeString((String) code);
                    }
                    g.writeEndArray();
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static VehicleSignals readSignals(ObjectNode node) {
        var builder = VehicleSignals.builder();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            VssSignal signal = VssSignal.byPath(field.getKey());
            if (signal == null) {
                continue; // forward compatible: unknown VSS paths are ignored (see the schema's description)
            }
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            if (value.isBoolean()) {
                signal.set(builder, value.booleanValue());
            } else if (value.isArray()) {
                List<String> codes = new ArrayList<>(value.size());
                value.forEach(code -> codes.add(code.asText()));
                signal.set(builder, codes);
            } else {
                signal.set(builder, value.doubleValue());
            }
        }
        return builder.build();
    }

    private static ValidationError toError(ValidationMessage m) {
        String field = m.getInstanceLocation().toString();
        String message = m.getMessage();
        // networknt prefixes the message with the location; keep only what was expected
        String prefix = field + ": ";
        String expected = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        if ("required".equals(m.getType()) || "additionalProperties".equals(m.getType())) {
            // for these the interesting field is the missing/extra property, not its parent
            Object[] args = m.getArguments();
            if (args != null && args.length > 0) {
                field = field + "." + args[0];
            }
        }
        return new ValidationError(field, expected);
    }

    private static DecodeResult invalid(String field, String expected) {
        return new DecodeResult.Invalid(List.of(new ValidationError(field, "expected " + expected)));
    }

    static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
