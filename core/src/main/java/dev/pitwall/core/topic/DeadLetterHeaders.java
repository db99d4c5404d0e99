package dev.pitwall.core.topic;

/** Header names on {@link Topics#TELEMETRY_DLQ} records: why and from where a payload was rejected. */
public final class DeadLetterHeaders {

    /** All validation errors, human-readable: {@code $.seq: must have a minimum value of 0; ...}. */
    public static final String REASON = "pitwall.dlq.reason";
    /** The first offending field as a JSON path, for grouping in dashboards. */
    public static final String FIELD = "pitwall.dlq.field";
    /** The MQTT topic the payload arrived on. */
    public static final String SOURCE_TOPIC = "pitwall.source.topic";
    /** When ingest received the payload, ISO-8601 UTC. */
    public static final String RECEIVED_AT = "pitwall.received.at";

    private DeadLetterHeaders() {
    }
}
