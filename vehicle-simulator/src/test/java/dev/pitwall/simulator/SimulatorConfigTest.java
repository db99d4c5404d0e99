package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.simulator.vehicle.Region;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorConfigTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        SimulatorConfig c = SimulatorConfig.defaults();

        assertThat(c.brokerUri()).isEqualTo("tcp://127.0.0.1:1883");
        assertThat(c.vehicles()).isEqualTo(100);
        assertThat(c.sampleInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(c.timeScale()).isEqualTo(1.0);
        assertThat(c.rate()).isZero();
        assertThat(c.messages()).isZero();
        assertThat(c.duration()).isNull();
        assertThat(c.region()).isEqualTo(Region.MUNICH);
        assertThat(c.duplicateRate() + c.outOfOrderRate() + c.malformedRate()).isZero();
        assertThat(c.connections()).isEqualTo(2);
        assertThat(c.startTime()).isNull();
        assertThat(c.unbounded()).isTrue();
    }

    @Test
    void invalidValuesNameTheOptionAndWhatWasExpected() {
        assertThatThrownBy(() -> SimulatorConfig.builder().vehicles(0).build())
                .hasMessage("--vehicles: expected 1..1000000, got 0");
        assertThatThrownBy(() -> SimulatorConfig.builder().malformedRate(1.5).build())
                .hasMessageContaining("--malformed-rate").hasMessageContaining("0..1");
        assertThatThrownBy(() -> SimulatorConfig.builder().sampleInterval(Duration.ofMillis(5)).build())
                .hasMessageContaining("--sample-interval");
        assertThatThrownBy(() -> Region.parse("48,11,47,12"))
                .hasMessageContaining("--region").hasMessageContaining("min < max");
        assertThatThrownBy(() -> Region.parse("north"))
                .hasMessageContaining("--region").hasMessageContaining("minLat,minLon,maxLat,maxLon");
    }

    @Test
    void zeroDurationMeansUntilStopped() {
        assertThat(SimulatorConfig.builder().duration(Duration.ZERO).build().duration()).isNull();
    }

    @Test
    void durationsReadAsPeopleTypeThem() {
        assertThat(DurationParser.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationParser.parse("15s")).isEqualTo(Duration.ofSeconds(15));
        assertThat(DurationParser.parse("1.5m")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationParser.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationParser.parse("PT1M")).isEqualTo(Duration.ofMinutes(1));
        assertThat(DurationParser.format(Duration.ofSeconds(10))).isEqualTo("10s");
        assertThatThrownBy(() -> DurationParser.parse("soon")).hasMessageContaining("15s");
    }
}
