package dev.pitwall.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventTopicsTest {

    private static final FailurePrediction PREDICTION = new FailurePrediction("WVWZZZ1KZAW123456", 42,
            Instant.parse("2026-11-22T08:15:30.250Z"), Component.BATTERY, 0.72, 14, 9.5, "pitwall-model-3",
            List.of(new FailurePrediction.FeatureContribution("battery.cranking_v.min_1d", 9.91, 1.7)));

    @Test
    void predictionSurvivesTheWireAndReadsAsPlainJson() {
        var format = Topics.FAILURE_PREDICTIONS.valueFormat();
        byte[] bytes = format.encode(PREDICTION);
        assertThat(format.decode(bytes)).isEqualTo(PREDICTION);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .contains("\"eventTime\":\"2026-11-22T08:15:30.250Z\"", "\"component\":\"BATTERY\"",
                        "\"feature\":\"battery.cranking_v.min_1d\"");
    }

    @Test
    void newerProducersMayAddFields() {
        String withExtra = new String(Topics.FAILURE_PREDICTIONS.valueFormat().encode(PREDICTION),
                StandardCharsets.UTF_8).replaceFirst("\\{", "{\"addedLater\":1,");
        assertThat(Topics.FAILURE_PREDICTIONS.valueFormat().decode(withExtra.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(PREDICTION);
    }

    @Test
    void topicsAreFoundByNameAndUnknownNamesListTheKnownOnes() {
        assertThat(Topics.byName("predictions.v1")).isSameAs(Topics.FAILURE_PREDICTIONS);
        assertThatThrownBy(() -> Topics.byName("nope.v1")).hasMessageContaining("nope.v1")
                .hasMessageContaining("vehicle-health.v1");
    }
}
