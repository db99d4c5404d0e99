package dev.pitwall.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class IngestMainTest {

    @Test
    void mapsOptionsOntoTheConfig() {
        var main = new IngestMain();
        new CommandLine(main).parseArgs("--mqtt", "tcp://mqtt:1883", "--kafka", "kafka:9092", "--group", "g1",
                "--client-id", "ingest-a", "--session-expiry", "2h", "--receive-maximum", "500",
                "--metrics-port", "0", "-P", "linger.ms=10", "--shutdown-timeout", "PT5S");

        IngestConfig config = main.toConfig();

        assertThat(config.mqttServerUri()).isEqualTo("tcp://mqtt:1883");
        assertThat(config.kafkaBootstrapServers()).isEqualTo("kafka:9092");
        assertThat(config.subscription()).isEqualTo("$share/g1/pitwall/v1/vehicles/+/telemetry");
        assertThat(config.clientId()).isEqualTo("ingest-a");
        assertThat(config.sessionExpiry()).isEqualTo(Duration.ofHours(2));
        assertThat(config.receiveMaximum()).isEqualTo(500);
        assertThat(config.metricsPort()).isZero();
        assertThat(config.producerOverrides()).containsEntry("linger.ms", "10");
        assertThat(config.shutdownTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void takesConfigDefaultsForOmittedOptions() {
        var main = new IngestMain();
        new CommandLine(main).parseArgs("--instance", "3", "--metrics-port", "-1");

        IngestConfig config = main.toConfig();

        assertThat(config.clientId()).endsWith("-ingest-3");
        assertThat(config.receiveMaximum()).isEqualTo(IngestConfig.DEFAULT_RECEIVE_MAXIMUM);
        assertThat(config.metricsPort()).isNull();
    }

    @Test
    void explainsABadDuration() {
        assertThatThrownBy(() -> new CommandLine(new IngestMain()).parseArgs("--session-expiry", "soon"))
                .hasMessageContaining("soon").hasMessageContaining("30s");
    }
}
