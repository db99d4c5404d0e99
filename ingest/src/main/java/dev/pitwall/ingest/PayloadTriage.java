package dev.pitwall.ingest;

import dev.pitwall.core.telemetry.DecodeResult;
import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.core.telemetry.ValidationError;
import dev.pitwall.core.vehicle.Vin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Decides, for one MQTT message, whether it is valid telemetry ({@link Route.Forward}) or goes to the
 * dead-letter topic ({@link Route.DeadLetter}). Pure and thread-safe: no MQTT, no Kafka.
 *
 * <p>A message is valid when its topic is {@code pitwall/v1/vehicles/{vin}/telemetry} with a valid VIN,
 * its payload passes {@link TelemetryCodec#decode}, and the payload's {@code vin} is the topic's: a vehicle
 * may only publish for itself, and the Kafka key (from the topic) must match the record's identity.
 */
public final class PayloadTriage {

    /** The "field" of errors about the MQTT topic rather than the payload. */
    public static final String TOPIC_FIELD = "topic";
    /** The "field" of a dead letter ingest itself failed to examine. */
    public static final String INTERNAL_FIELD = "ingest";

    private final TelemetryCodec codec;

    public PayloadTriage(TelemetryCodec codec) {
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    public Route route(String topic, byte[] payload) {
        Objects.requireNonNull(payload, "payload");
        List<ValidationError> errors = new ArrayList<>(2);
        String topicVin = MqttTelemetryTopic.vinOf(topic);
        if (topicVin == null) {
            errors.add(new ValidationError(TOPIC_FIELD,
                    "expected " + MqttTelemetryTopic.PREFIX + "{vin}" + MqttTelemetryTopic.SUFFIX + ", got '" + topic + "'"));
        } else if (!Vin.isValid(topicVin)) {
            errors.add(new ValidationError(TOPIC_FIELD,
                    "expected a VIN of 17 digits and capital letters except I, O and Q, got '" + topicVin + "'"));
        }
        // Decode even when the topic is bad, so that the dead letter lists every problem at once.
        DecodeResult decoded = codec.decode(payload);
        if (decoded instanceof DecodeResult.Invalid invalid) {
            errors.addAll(invalid.errors());
        } else if (errors.isEmpty()) {
            String payloadVin = ((DecodeResult.Valid) decoded).telemetry().vin();
            if (payloadVin.equals(topicVin)) {
                return new Route.Forward(topicVin, payload);
            }
            errors.add(new ValidationError("$.vin",
                    "expected the VIN of the MQTT topic '" + topicVin + "', got '" + payloadVin + "'"));
        }
        return deadLetter(topicVin != null ? topicVin : String.valueOf(topic), payload, errors);
    }

    /** A dead letter for a payload ingest failed to examine (a bug, not the vehicle's fault). */
    static Route.DeadLetter unexamined(String topic, byte[] payload, RuntimeException error) {
        return deadLetter(String.valueOf(topic), payload,
                List.of(new ValidationError(INTERNAL_FIELD, "ingest could not validate this message: " + error)));
    }

    private static Route.DeadLetter deadLetter(String key, byte[] payload, List<ValidationError> errors) {
        String reason = errors.stream().map(ValidationError::toString).collect(Collectors.joining("; "));
        return new Route.DeadLetter(key, payload, reason, errors.get(0).field());
    }
}
