package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.telemetry.MqttTelemetryTopic;
import dev.pitwall.ingest.TelemetryFixtures.Malformed;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PayloadTriageTest {

    private static final String VIN = "WVWZZZ1JZXW000001";
    private final PayloadTriage triage = new PayloadTriage(TelemetryFixtures.CODEC);

    @Test
    void forwardsValidPayloadKeyedByVinWithOriginalBytes() {
        byte[] payload = TelemetryFixtures.valid(VIN, 7);

        Route route = triage.route(MqttTelemetryTopic.forVin(VIN), payload);

        assertThat(route).isInstanceOfSatisfying(Route.Forward.class, forward -> {
            assertThat(forward.vin()).isEqualTo(VIN);
            assertThat(forward.payload()).isSameAs(payload);
        });
    }

    @ParameterizedTest
    @EnumSource(Malformed.class)
    void deadLettersMalformedPayloadNamingTheField(Malformed kind) {
        byte[] payload = kind.payload(VIN, 3);

        Route route = triage.route(MqttTelemetryTopic.forVin(VIN), payload);

        assertThat(route).isInstanceOfSatisfying(Route.DeadLetter.class, letter -> {
            assertThat(letter.key()).isEqualTo(VIN);
            assertThat(letter.payload()).isSameAs(payload);
            assertThat(letter.field()).startsWith(kind.fieldPrefix);
            assertThat(letter.reason()).contains(letter.field());
        });
    }

    @Test
    void rejectsPayloadWithoutSeq() {
        Route.DeadLetter letter = deadLetter(MqttTelemetryTopic.forVin(VIN), Malformed.MISSING_SEQ.payload(VIN, 1));

        assertThat(letter.field()).isEqualTo("$.seq");
    }

    @Test
    void rejectsOutOfRangeSignalNamingTheSignal() {
        Route.DeadLetter letter = deadLetter(MqttTelemetryTopic.forVin(VIN), Malformed.SPEED_OUT_OF_RANGE.payload(VIN, 1));

        assertThat(letter.field()).contains("Vehicle.Speed");
    }

    @Test
    void rejectsPayloadWhoseVinIsNotTheTopics() {
        byte[] payload = TelemetryFixtures.valid("WVWZZZ1JZXW000002", 1);

        Route.DeadLetter letter = deadLetter(MqttTelemetryTopic.forVin(VIN), payload);

        assertThat(letter.key()).isEqualTo(VIN);
        assertThat(letter.field()).isEqualTo("$.vin");
        assertThat(letter.reason()).contains(VIN).contains("WVWZZZ1JZXW000002");
    }

    @Test
    void rejectsInvalidVinInTopicKeyedByThatSegment() {
        byte[] payload = TelemetryFixtures.valid(VIN, 1);

        Route.DeadLetter letter = deadLetter(MqttTelemetryTopic.forVin("not-a-vin"), payload);

        assertThat(letter.key()).isEqualTo("not-a-vin");
        assertThat(letter.field()).isEqualTo(PayloadTriage.TOPIC_FIELD);
        assertThat(letter.reason()).contains("not-a-vin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pitwall/v1/vehicles//telemetry", "pitwall/v1/vehicles/telemetry", "other/topic"})
    void rejectsTopicWithoutVinKeyedByTheTopic(String topic) {
        Route.DeadLetter letter = deadLetter(topic, TelemetryFixtures.valid(VIN, 1));

        assertThat(letter.key()).isEqualTo(topic);
        assertThat(letter.field()).isEqualTo(PayloadTriage.TOPIC_FIELD);
    }

    @Test
    void listsTopicAndPayloadErrorsTogetherTopicFirst() {
        byte[] payload = "garbage".getBytes(StandardCharsets.UTF_8);

        Route.DeadLetter letter = deadLetter("pitwall/v1/vehicles/x/telemetry", payload);

        assertThat(letter.field()).isEqualTo(PayloadTriage.TOPIC_FIELD);
        assertThat(letter.reason()).startsWith("topic: ").contains("; $: ");
    }

    private Route.DeadLetter deadLetter(String topic, byte[] payload) {
        Route route = triage.route(topic, payload);
        assertThat(route).isInstanceOf(Route.DeadLetter.class);
        return (Route.DeadLetter) route;
    }
}
