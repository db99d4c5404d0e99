package dev.pitwall.prediction.cmapss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RulEvaluationTest {

    @Test
    void joinsPredictionsAndTruthByUnitWhateverTheOrder() {
        RulEvaluation evaluation =
                RulEvaluation.of(Map.of(3, 30.0, 1, 10.0, 2, 20.0), Map.of(1, 12.0, 2, 20.0, 3, 25.0));

        assertThat(evaluation.units()).isEqualTo(3);
        assertThat(evaluation.rmse()).isCloseTo(3.1091263510, within(1e-9));
        assertThat(evaluation.phm08Score()).isCloseTo(0.8150327111, within(1e-9));
    }

    @Test
    void namesTheUnitsThatAreOnOnlyOneSide() {
        assertThatThrownBy(() -> RulEvaluation.of(Map.of(1, 10.0, 2, 20.0, 7, 1.0), Map.of(1, 12.0, 2, 20.0, 3, 25.0)))
                .isInstanceOf(CmapssInputException.class)
                .hasMessageContaining("predicted but without truth [7]")
                .hasMessageContaining("with truth but not predicted [3]");
    }
}
