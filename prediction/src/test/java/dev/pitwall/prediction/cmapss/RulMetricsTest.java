package dev.pitwall.prediction.cmapss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RulMetricsTest {

    // d = predicted - actual = -2, 0, +5
    static final double[] PREDICTED = {10, 20, 30};
    static final double[] ACTUAL = {12, 20, 25};

    @Test
    void rmseIsTheRootOfTheMeanSquaredError() {
        // sqrt((4 + 0 + 25) / 3)
        assertThat(RulMetrics.rmse(PREDICTED, ACTUAL)).isCloseTo(3.1091263510, within(1e-9));
    }

    @Test
    void phm08ScoreSumsExponentialPenalties() {
        // (exp(2/13) - 1) + 0 + (exp(5/10) - 1)
        assertThat(RulMetrics.phm08Score(PREDICTED, ACTUAL)).isCloseTo(0.8150327111, within(1e-9));
    }

    @Test
    void phm08ScorePunishesLatePredictionsHarderThanEarlyOnes() {
        double early = RulMetrics.phm08Score(new double[] {40}, new double[] {50});
        double late = RulMetrics.phm08Score(new double[] {60}, new double[] {50});

        assertThat(early).isCloseTo(Math.exp(10.0 / 13) - 1, within(1e-12));
        assertThat(late).isCloseTo(Math.E - 1, within(1e-12));
        assertThat(late).isGreaterThan(early);
    }

    @Test
    void perfectPredictionsScoreZero() {
        assertThat(RulMetrics.rmse(ACTUAL, ACTUAL)).isZero();
        assertThat(RulMetrics.phm08Score(ACTUAL, ACTUAL)).isZero();
    }

    @Test
    void rejectsArraysOfDifferentLength() {
        assertThatThrownBy(() -> RulMetrics.rmse(new double[] {1, 2}, new double[] {1}))
                .hasMessage("2 predictions for 1 true values");
    }
}
