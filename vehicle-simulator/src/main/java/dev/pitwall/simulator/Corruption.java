package dev.pitwall.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The ways the simulator breaks a payload to exercise ingest's validation and dead-letter path. Each kind is
 * rejected by {@code TelemetryCodec#decode} with an error naming {@link #rejectedField()}.
 */
public enum Corruption {
    /** The payload is cut off in the middle: not JSON at all. */
    INVALID_JSON("$"),
    /** The {@code vin} field is missing (the topic still names the vehicle). */
    MISSING_VIN("$.vin"),
    /** {@code seq} is negative. */
    NEGATIVE_SEQ("$.seq"),
    /** {@code Vehicle.Speed} is a string instead of a number. */
    SPEED_AS_STRING("Vehicle.Speed"),
    /** The VIN has 11 instead of 17 characters. */
    VIN_TOO_SHORT("$.vin"),
    /** An unknown top-level field is present (only {@code Vehicle.*} signals may be unknown). */
    UNKNOWN_TOP_LEVEL_FIELD("$." + Corruption.UNKNOWN_FIELD),
    /** Latitude is outside -90..90. */
    LATITUDE_OUT_OF_RANGE("Vehicle.CurrentLocation.Latitude");

    static final String UNKNOWN_FIELD = "firmwareVersion";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String rejectedField;

    Corruption(String rejectedField) {
        this.rejectedField = rejectedField;
    }

    /** What the validation error's field contains ({@code $} is the whole document). */
    public String rejectedField() {
        return rejectedField;
    }

    /** The corrupted form of a valid payload produced by {@code TelemetryCodec#encode}. */
    public byte[] apply(byte[] validPayload) {
        if (this == INVALID_JSON) {
            return Arrays.copyOf(validPayload, validPayload.length * 3 / 5);
        }
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(validPayload);
            ObjectNode signals = (ObjectNode) root.get("signals");
            switch (this) {
                case MISSING_VIN -> root.remove("vin");
                case NEGATIVE_SEQ -> root.put("seq", -1 - root.get("seq").asLong());
                case SPEED_AS_STRING -> signals.put("Vehicle.Speed", signals.path("Vehicle.Speed").asText("0.0"));
                case VIN_TOO_SHORT -> root.put("vin", root.get("vin").asText().substring(0, 11));
                case UNKNOWN_TOP_LEVEL_FIELD -> root.put(UNKNOWN_FIELD, "4.2.0");
                case LATITUDE_OUT_OF_RANGE -> signals.put("Vehicle.CurrentLocation.Latitude", 123.456789);
                default -> throw new IllegalStateException("unhandled corruption " + this);
            }
            return MAPPER.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot corrupt a payload that is not valid JSON", e);
        }
    }
}
