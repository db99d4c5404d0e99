package dev.pitwall.core.topic;

import dev.pitwall.core.alarm.VehicleAlarm;
import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.lead.ServiceLead;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.offer.Offer;
import dev.pitwall.core.servicebook.RecordedService;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one registry of Kafka topics and their formats. Every topic is keyed by VIN so that all of
 * a vehicle's records share a partition and keep their order. A breaking change gets a new topic
 * ({@code .v2}), never a silent edit of an existing one.
 */
public final class Topics {

    public static final WireFormat<String> VIN_KEY = new WireFormat<>() {
        @Override
        public byte[] encode(String vin) {
            return vin.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public String decode(byte[] bytes) {
            return new String(bytes, StandardCharsets.US_ASCII);
        }
    };

    /** Free text as UTF-8, for keys that come from untrusted input (a dead letter's topic segment). */
    public static final WireFormat<String> TEXT_KEY = new WireFormat<>() {
        @Override
        public byte[] encode(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public String decode(byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    };

    public static final WireFormat<byte[]> RAW = new WireFormat<>() {
        @Override
        public byte[] encode(byte[] value) {
            return value;
        }

        @Override
        public byte[] decode(byte[] bytes) {
            return bytes;
        }
    };

    private static final TelemetryCodec TELEMETRY_CODEC = new TelemetryCodec();

    public static final WireFormat<Telemetry> TELEMETRY_FORMAT = new WireFormat<>() {
        @Override
        public byte[] encode(Telemetry value) {
            return TELEMETRY_CODEC.encode(value);
        }

        @Override
        public Telemetry decode(byte[] bytes) {
            return TELEMETRY_CODEC.decodeTrusted(bytes);
        }
    };

    /** Valid telemetry exactly as the vehicle sent it; key = VIN. */
    public static final Topic<String, Telemetry> TELEMETRY = new Topic<>("telemetry.v1", VIN_KEY, TELEMETRY_FORMAT);

    /**
     * Rejected payloads, byte for byte, with the reason in headers ({@link DeadLetterHeaders}); key = the
     * VIN segment of the MQTT topic, which may itself be malformed, hence UTF-8 text rather than a VIN.
     */
    public static final Topic<String, byte[]> TELEMETRY_DLQ = new Topic<>("telemetry.dlq.v1", TEXT_KEY, RAW);

    /** Every health assessment the stream computes; key = VIN. */
    public static final Topic<String, HealthAssessment> VEHICLE_HEALTH =
            new Topic<>("vehicle-health.v1", VIN_KEY, new JsonRecordFormat<>(HealthAssessment.class));

    /** Failure predictions the history policy keeps (as in the failure_prediction table); key = VIN. */
    public static final Topic<String, FailurePrediction> FAILURE_PREDICTIONS =
            new Topic<>("predictions.v1", VIN_KEY, new JsonRecordFormat<>(FailurePrediction.class));

    /**
     * Alarm transitions (raised, cleared) as in the vehicle_alarm table; key = VIN. At least once: an alarm's
     * identity is {@code (vin, type, subject, since)}, plus {@code state} for the transition.
     */
    public static final Topic<String, VehicleAlarm> VEHICLE_ALARMS =
            new Topic<>("vehicle-alarms.v1", VIN_KEY, new JsonRecordFormat<>(VehicleAlarm.class));

    /** Service records the API stored, for the stream's service book; key = VIN. At least once. */
    public static final Topic<String, RecordedService> SERVICE_RECORDS =
            new Topic<>("service-records.v1", VIN_KEY, new JsonRecordFormat<>(RecordedService.class));

    /** Consent to location-based marketing, whenever it changes; key = VIN. At least once. */
    public static final Topic<String, MarketingConsent> MARKETING_CONSENTS =
            new Topic<>("marketing-consents.v1", VIN_KEY, new JsonRecordFormat<>(MarketingConsent.class));

    /**
     * Service-due lead events (opened, escalated, resolved, expired) as in the service_lead tables; key = VIN. At
     * least once: an event's identity is {@code (leadId, event, at)}.
     */
    public static final Topic<String, ServiceLead> SERVICE_LEADS =
            new Topic<>("service-leads.v1", VIN_KEY, new JsonRecordFormat<>(ServiceLead.class));

    /** Geo-targeted offers sent, as in the offer table; key = VIN. At least once: identity is {@code offerId}. */
    public static final Topic<String, Offer> OFFERS = new Topic<>("offers.v1", VIN_KEY, new JsonRecordFormat<>(Offer.class));

    public static final List<Topic<?, ?>> ALL = List.of(TELEMETRY, TELEMETRY_DLQ, VEHICLE_HEALTH, FAILURE_PREDICTIONS,
            VEHICLE_ALARMS, SERVICE_RECORDS, MARKETING_CONSENTS, SERVICE_LEADS, OFFERS);

    /** The registered topic called {@code name}; for code that must carry a topic across a serialization boundary. */
    public static Topic<?, ?> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no registered topic '" + name + "'; expected one of "
                        + ALL.stream().map(Topic::name).toList()));
    }

    private Topics() {
    }
}
