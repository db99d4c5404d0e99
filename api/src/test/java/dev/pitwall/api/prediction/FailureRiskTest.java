package dev.pitwall.api.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.api.ApiProperties.PredictionRisk;
import dev.pitwall.core.health.HealthRules;
import org.junit.jupiter.api.Test;

class FailureRiskTest {

    @Test
    void ratesRiskByTheHealthScoresThresholdsByDefault() {
        PredictionRisk defaults = PredictionRisk.healthScoreDefaults();

        assertThat(defaults.likelyProbability()).isEqualTo(HealthRules.DEFAULTS.predictionLikelyProbability());
        assertThat(defaults.watchProbability()).isEqualTo(HealthRules.DEFAULTS.predictionWatchProbability());
        assertThat(FailureRisk.of(defaults.likelyProbability(), defaults)).isEqualTo(FailureRisk.LIKELY);
        assertThat(FailureRisk.of(Math.nextDown(defaults.likelyProbability()), defaults)).isEqualTo(FailureRisk.WATCH);
        assertThat(FailureRisk.of(defaults.watchProbability(), defaults)).isEqualTo(FailureRisk.WATCH);
        assertThat(FailureRisk.of(Math.nextDown(defaults.watchProbability()), defaults)).isEqualTo(FailureRisk.LOW);
    }

    @Test
    void refusesRiskThresholdsOutOfOrder() {
        assertThatThrownBy(() -> new PredictionRisk(0.3, 0.6))
                .hasMessageContaining("pitwall.api.predictions.risk")
                .hasMessageContaining("watch-probability <= likely-probability");
        assertThat(new PredictionRisk(0.8, null).watchProbability())
                .isEqualTo(HealthRules.DEFAULTS.predictionWatchProbability());
    }
}
