package dev.pitwall.ingest;

import java.util.Objects;

/** Where one MQTT payload goes: on to the telemetry topic, or to the dead-letter topic with its reason. */
public sealed interface Route {

    /** The payload bytes, unchanged; both routes carry the original message. */
    byte[] payload();

    /** A valid payload from vehicle {@code vin}. */
    record Forward(String vin, byte[] payload) implements Route {
        public Forward {
            Objects.requireNonNull(vin, "vin");
            Objects.requireNonNull(payload, "payload");
        }
    }

    /**
     * A rejected payload.
     *
     * @param key    Kafka key: the topic's VIN segment, or the whole MQTT topic when it has none
     * @param reason every error, joined ({@code $.seq: must be >= 0; $.ts: ...})
     * @param field  the first offending field, a JSON path or {@link PayloadTriage#TOPIC_FIELD}
     */
    record DeadLetter(String key, byte[] payload, String reason, String field) implements Route {
        public DeadLetter {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(field, "field");
        }
    }
}
