package dev.pitwall.simulator.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.pitwall.core.json.JsonErrorLocation;
import dev.pitwall.simulator.DurationParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads scenario files: JSON checked against {@code scenarios/scenario.schema.json} (networknt), then turned into a
 * {@link Scenario}. Every error names the file, the JSON pointer of the field and what was expected there.
 */
public final class ScenarioFile {

    /** The format's JSON Schema, on the classpath. */
    public static final String SCHEMA_RESOURCE = "/scenarios/scenario.schema.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final JsonSchema SCHEMA = loadSchema();

    private ScenarioFile() {
    }

    /** Reads and validates a scenario file. */
    public static Scenario read(Path file) {
        byte[] json;
        try {
            json = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidScenarioException("scenario file " + file + ": expected an existing file, it does not exist");
        } catch (IOException e) {
            throw new InvalidScenarioException("scenario file " + file + ": cannot read it (" + e.getMessage() + ")", e);
        }
        return parse(json, "scenario file " + file);
    }

    /** Reads a scenario from the classpath, e.g. {@code "/scenarios/oil-service-due.json"} (leading slash optional). */
    public static Scenario readResource(String classpathResource) {
        String resource = classpathResource.startsWith("/") ? classpathResource : "/" + classpathResource;
        try (InputStream in = ScenarioFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidScenarioException("scenario resource " + resource + ": expected it on the classpath, it is not");
            }
            return parse(in.readAllBytes(), "scenario resource " + resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath:" + resource, e);
        }
    }

    /**
     * Parses and validates scenario JSON; {@code source} names it in error messages.
     *
     * @throws InvalidScenarioException with one line per error, each naming the field and what was expected
     */
    public static Scenario parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidScenarioException(source + ": expected JSON" + JsonErrorLocation.of(e) + " ("
                    + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidScenarioException(source + ": expected a JSON object");
        }
        Set<String> errors = new TreeSet<>();
        for (ValidationMessage m : SCHEMA.validate(root)) {
            String error = describe(m, root);
            if (error != null) {
                errors.add(error);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidScenarioException(source + ": " + errors.size() + " error(s) against the scenario schema\n  "
                    + errors.stream().collect(Collectors.joining("\n  ")));
        }
        return new Mapper(source).scenario(root);
    }

    /** One line per error; {@code null} for the details of a drive's length that its one-of error already says. */
    private static String describe(ValidationMessage m, JsonNode root) {
        String field = m.getInstanceLocation().toString();
        String schemaAt = m.getSchemaLocation().toString();
        String message = m.getMessage();
        String prefix = field + ": ";
        String expected = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        if (schemaAt.contains("/$defs/drive/oneOf/")) {
            return null;
        }
        if (schemaAt.endsWith("/$defs/drive/oneOf")) {
            expected = "expected exactly one of 'to', 'duration' or 'distanceKm' ('headingDeg' only without 'to')";
        } else if ("pattern".equals(m.getType()) && schemaAt.contains("/$defs/duration")) {
            expected = "expected a duration such as PT30S, PT2H, P1D, 30s, 10m or 2h, got '"
                    + root.at(field).asText() + "'";
        } else if ("required".equals(m.getType()) && m.getArguments() != null && m.getArguments().length > 0) {
            field = field + "/" + m.getArguments()[0];
            expected = "expected this field, it is missing";
        } else if ("additionalProperties".equals(m.getType()) && m.getArguments() != null && m.getArguments().length > 0) {
            field = field + "/" + m.getArguments()[0];
            expected = "unknown field; " + expected;
        }
        return (field.isEmpty() ? "/" : field) + ": " + expected;
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = ScenarioFile.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("scenario schema missing from the classpath: " + SCHEMA_RESOURCE);
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_POINTER)
                    .build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tree to records, after the schema has vouched for the types; checks what a schema cannot say. */
    private static final class Mapper {

        private final String source;

        Mapper(String source) {
            this.source = source;
        }

        Scenario scenario(JsonNode root) {
            List<VehicleScript> vehicles = new ArrayList<>();
            JsonNode list = root.get("vehicles");
            for (int i = 0; i < list.size(); i++) {
                vehicles.add(vehicle(list.get(i), "/vehicles/" + i));
            }
            return new Scenario(source, root.get("name").asText(), text(root, "description"),
                    instant(root.get("start"), "/start"),
                    duration(root.get("reportEvery"), "/reportEvery"),
                    duration(root.get("parkedReportEvery"), "/parkedReportEvery"),
                    vehicles);
        }

        private VehicleScript vehicle(JsonNode v, String at) {
            Signals signals = v.has("signals") ? signals(v.get("signals")) : Signals.NONE;
            if (v.has("batteryVoltage")) {
                if (signals.batteryVoltage() != null) {
                    throw new InvalidScenarioException(source + ": " + at + "/signals/batteryVoltage: expected the"
                            + " battery voltage once, it is also " + at + "/batteryVoltage");
                }
                signals = Signals.NONE.withBatteryVoltage(v.get("batteryVoltage").doubleValue()).overriddenBy(signals);
            }
            return new VehicleScript(
                    v.get("vin").asText(),
                    v.has("firstSeq") ? v.get("firstSeq").longValue() : 0,
                    v.get("odometerKm").doubleValue(),
                    v.has("engineHours") ? v.get("engineHours").doubleValue() : null,
                    v.get("fuelLevelPct").doubleValue(),
                    v.get("tankLitres").doubleValue(),
                    v.has("consumptionLPer100Km") ? v.get("consumptionLPer100Km").doubleValue()
                            : VehicleScript.DEFAULT_CONSUMPTION_L_PER_100_KM,
                    v.get("latitude").doubleValue(),
                    v.get("longitude").doubleValue(),
                    v.has("headingDeg") ? v.get("headingDeg").doubleValue() : 0,
                    v.has("dtcs") ? strings(v.get("dtcs")) : List.of(),
                    signals,
                    steps(v.get("steps"), at + "/steps"));
        }

        private List<Step> steps(JsonNode list, String at) {
            List<Step> steps = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                steps.add(step(list.get(i), at + "/" + i));
            }
            return steps;
        }

        private Step step(JsonNode wrapper, String at) {
            String kind = wrapper.fieldNames().next(); // the schema allows exactly one
            JsonNode s = wrapper.get(kind);
            String here = at + "/" + kind;
            return switch (kind) {
                case "drive" -> new Step.Drive(here,
                        s.get("speedKmh").doubleValue(),
                        s.has("headingDeg") ? s.get("headingDeg").doubleValue() : null,
                        s.has("to") ? new Step.Position(s.get("to").get("latitude").doubleValue(),
                                s.get("to").get("longitude").doubleValue()) : null,
                        duration(s.get("duration"), here + "/duration"),
                        s.has("distanceKm") ? s.get("distanceKm").doubleValue() : null,
                        s.has("consumptionLPer100Km") ? s.get("consumptionLPer100Km").doubleValue() : null,
                        duration(s.get("reportEvery"), here + "/reportEvery"));
                case "park" -> new Step.Park(here, duration(s.get("duration"), here + "/duration"),
                        duration(s.get("reportEvery"), here + "/reportEvery"));
                case "silence" -> new Step.Silence(here, duration(s.get("duration"), here + "/duration"));
                case "refuel" -> new Step.Refuel(here, s.get("toPct").doubleValue());
                case "setDtcs" -> new Step.SetDtcs(here, strings(s));
                case "set" -> new Step.Set(here, signals(s));
                case "repeat" -> new Step.Repeat(here, s.get("times").intValue(), steps(s.get("steps"), here + "/steps"));
                default -> throw new IllegalStateException("the schema let an unknown step through: " + kind);
            };
        }

        private static Signals signals(JsonNode s) {
            return new Signals(num(s, "batteryVoltage"), num(s, "chargingVoltage"), num(s, "crankingVoltage"),
                    num(s, "coolantTempC"), num(s, "ambientTempC"), num(s, "oilLifeRemainingPct"),
                    num(s, "brakePadWearFrontPct"), num(s, "brakePadWearRearPct"),
                    num(s, "tirePressureFrontLeftKpa"), num(s, "tirePressureFrontRightKpa"),
                    num(s, "tirePressureRearLeftKpa"), num(s, "tirePressureRearRightKpa"));
        }

        private static Double num(JsonNode node, String field) {
            return node.has(field) ? node.get(field).doubleValue() : null;
        }

        private static String text(JsonNode node, String field) {
            return node.has(field) ? node.get(field).asText() : null;
        }

        private static List<String> strings(JsonNode array) {
            List<String> values = new ArrayList<>(array.size());
            array.forEach(n -> values.add(n.asText()));
            return values;
        }

        private Instant instant(JsonNode node, String at) {
            try {
                return OffsetDateTime.parse(node.asText()).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidScenarioException(source + ": " + at + ": expected an RFC 3339 date-time such as"
                        + " 2026-01-05T06:00:00Z, got '" + node.asText() + "'");
            }
        }

        private Duration duration(JsonNode node, String at) {
            if (node == null) {
                return null;
            }
            Duration d;
            try {
                d = DurationParser.parse(node.asText());
            } catch (IllegalArgumentException e) {
                throw new InvalidScenarioException(source + ": " + at + ": " + e.getMessage());
            }
            if (d.isZero() || d.isNegative()) {
                throw new InvalidScenarioException(source + ": " + at + ": expected a positive duration, got '"
                        + node.asText() + "'");
            }
            return d;
        }
    }
}
