package dev.pitwall.core.telemetry;

/** The MQTT side of the telemetry contract: {@code pitwall/v1/vehicles/{vin}/telemetry}, QoS 1. */
public final class MqttTelemetryTopic {

    public static final String PREFIX = "pitwall/v1/vehicles/";
    public static final String SUFFIX = "/telemetry";
    /** The topic filter matching every vehicle's telemetry. */
    public static final String FILTER = PREFIX + "+" + SUFFIX;
    /** The shared-subscription group ingest instances join by default. */
    public static final String DEFAULT_GROUP = "ingest";
    public static final int QOS = 1;

    private MqttTelemetryTopic() {
    }

    /** What every ingest instance of {@code group} subscribes to; the broker splits the load between them. */
    public static String sharedSubscription(String group) {
        return "$share/" + group + "/" + FILTER;
    }

    public static String forVin(String vin) {
        return PREFIX + vin + SUFFIX;
    }

    /** The VIN segment of a telemetry topic, or {@code null} if the topic is not one. */
    public static String vinOf(String topic) {
        // the length check first: in "pitwall/v1/vehicles/telemetry" prefix and suffix overlap
        if (topic == null || topic.length() <= PREFIX.length() + SUFFIX.length()
                || !topic.startsWith(PREFIX) || !topic.endsWith(SUFFIX)) {
            return null;
        }
        String vin = topic.substring(PREFIX.length(), topic.length() - SUFFIX.length());
        return vin.isEmpty() || vin.indexOf('/') >= 0 ? null : vin;
    }
}
