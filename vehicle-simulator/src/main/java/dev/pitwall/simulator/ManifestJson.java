package dev.pitwall.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The manifest's JSON form, written by hand so the file format does not drift with the Java records. */
final class ManifestJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestJson() {
    }

    static void write(Manifest m, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp);
                    JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
                g.useDefaultPrettyPrinter();
                writeTo(m, g);
            }
            // readers never see half a manifest
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the manifest to " + file, e);
        }
    }

    private static void writeTo(Manifest m, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("format", Manifest.FORMAT);
        g.writeNumberField("seed", m.seed());
        g.writeNumberField("fleetSize", m.fleetSize());
        g.writeStringField("startTime", m.startTime().toString());
        g.writeNumberField("sampleIntervalMillis", m.sampleInterval().toMillis());
        g.writeObjectFieldStart("faultRates");
        g.writeNumberField("duplicate", m.duplicateRate());
        g.writeNumberField("outOfOrder", m.outOfOrderRate());
        g.writeNumberField("malformed", m.malformedRate());
        g.writeEndObject();
        g.writeObjectFieldStart("totals");
        g.writeNumberField("samples", m.samples());
        g.writeNumberField("valid", m.validCount());
        g.writeNumberField("duplicates", m.duplicateCount());
        g.writeNumberField("outOfOrder", m.outOfOrderCount());
        g.writeNumberField("malformed", m.malformedCount());
        g.writeNumberField("published", m.publishedCount());
        g.writeEndObject();
        g.writeArrayFieldStart("vehicles");
        for (Manifest.VehicleEntry v : m.vehicles()) {
            g.writeStartObject();
            g.writeNumberField("index", v.index());
            g.writeStringField("vin", v.vin());
            g.writeStringField("model", v.model());
            g.writeNumberField("seqCount", v.seqCount());
            g.writeArrayFieldStart("validSeqs");
            for (Manifest.SeqRange r : v.validSeqs()) {
                g.writeStartArray();
                g.writeNumber(r.first());
                g.writeNumber(r.last());
                g.writeEndArray();
            }
            g.writeEndArray();
            writeSeqs(g, "duplicateSeqs", v.duplicateSeqs());
            writeSeqs(g, "outOfOrderSeqs", v.outOfOrderSeqs());
            g.writeArrayFieldStart("malformed");
            for (Manifest.MalformedMessage bad : v.malformed()) {
                g.writeStartObject();
                g.writeNumberField("seq", bad.seq());
                g.writeStringField("kind", bad.kind().name());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSeqs(JsonGenerator g, String name, List<Long> seqs) throws IOException {
        g.writeArrayFieldStart(name);
        for (long seq : seqs) {
            g.writeNumber(seq);
        }
        g.writeEndArray();
    }

    static Manifest read(Path file) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the manifest " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !Manifest.FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(file + ": expected a manifest with \"format\": \"" + Manifest.FORMAT + "\"");
        }
        try {
            List<Manifest.VehicleEntry> vehicles = new ArrayList<>();
            for (JsonNode v : required(root, "vehicles")) {
                vehicles.add(readVehicle(v));
            }
            JsonNode rates = required(root, "faultRates");
            return new Manifest(required(root, "seed").asLong(), required(root, "fleetSize").asInt(),
                    Instant.parse(required(root, "startTime").asText()),
                    Duration.ofMillis(required(root, "sampleIntervalMillis").asLong()),
                    required(rates, "duplicate").asDouble(), required(rates, "outOfOrder").asDouble(),
                    required(rates, "malformed").asDouble(), vehicles);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a valid manifest: " + e.getMessage(), e);
        }
    }

    private static Manifest.VehicleEntry readVehicle(JsonNode v) {
        String vin = required(v, "vin").asText();
        List<Manifest.SeqRange> valid = new ArrayList<>();
        for (JsonNode r : required(v, "validSeqs")) {
            valid.add(new Manifest.SeqRange(r.get(0).asLong(), r.get(1).asLong()));
        }
        List<Manifest.MalformedMessage> malformed = new ArrayList<>();
        for (JsonNode bad : required(v, "malformed")) {
            malformed.add(new Manifest.MalformedMessage(vin, required(bad, "seq").asLong(),
                    Corruption.valueOf(required(bad, "kind").asText())));
        }
        return new Manifest.VehicleEntry(required(v, "index").asInt(), vin, required(v, "model").asText(),
                required(v, "seqCount").asLong(), valid, readSeqs(required(v, "duplicateSeqs")),
                readSeqs(required(v, "outOfOrderSeqs")), malformed);
    }

    private static List<Long> readSeqs(JsonNode array) {
        List<Long> seqs = new ArrayList<>(array.size());
        array.forEach(n -> seqs.add(n.asLong()));
        return seqs;
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }
}
