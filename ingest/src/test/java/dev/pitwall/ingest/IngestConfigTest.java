package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void defaultsSubscribeToTheSharedIngestGroup() {
        IngestConfig config = IngestConfig.builder().build();

        assertThat(config.subscription()).isEqualTo("$share/ingest/pitwall/v1/vehicles/+/telemetry");
        assertThat(config.clientId()).endsWith("-ingest-0");
        assertThat(config.sessionExpiry()).isEqualTo(Duration.ofDays(1));
        assertThat(config.metricsPort()).isNull();
    }

    @Test
    void defaultClientIdIsStablePerInstanceAndDiffersBetweenInstances() {
        assertThat(IngestConfig.defaultClientId(1)).isEqualTo(IngestConfig.defaultClientId(1))
                .isNotEqualTo(IngestConfig.defaultClientId(2))
                .matches("[a-z0-9-]+-ingest-1");
    }

    @Test
    void rejectsUnsupportedBrokerUriNamingTheSetting() {
        assertThatThrownBy(() -> IngestConfig.builder().mqttServerUri("http://broker:1883").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("mqttServerUri").hasMessageContaining("http://broker:1883");
    }

    @Test
    void rejectsReceiveMaximumOutsideMqttRange() {
        assertThatThrownBy(() -> IngestConfig.builder().receiveMaximum(70_000).build())
                .hasMessageContaining("receiveMaximum").hasMessageContaining("65535");
    }

    @Test
    void rejectsGroupWithTopicSeparators() {
        assertThatThrownBy(() -> IngestConfig.builder().sharedGroup("a/b").build()).hasMessageContaining("sharedGroup");
    }
}
