package dev.pitwall.prediction.cmapss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RulLabelPolicyTest {

    private final RulLabelPolicy policy = new RulLabelPolicy(125);

    @Test
    void labelIsFlatAtTheCapEarlyInLifeThenCountsDown() {
        assertThat(policy.label(300)).isEqualTo(125);
        assertThat(policy.label(126)).isEqualTo(125);
        assertThat(policy.label(125)).isEqualTo(125);
        assertThat(policy.label(124)).isEqualTo(124);
        assertThat(policy.label(30)).isEqualTo(30);
        assertThat(policy.label(0)).isZero();
    }

    @Test
    void predictionsAreClippedToZeroAndTheCap() {
        assertThat(policy.clip(-3.5)).isZero();
        assertThat(policy.clip(80.25)).isEqualTo(80.25);
        assertThat(policy.clip(140)).isEqualTo(125);
    }

    @Test
    void rejectsNegativeRemainingCyclesAndNonPositiveCaps() {
        assertThatThrownBy(() -> policy.label(-1)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new RulLabelPolicy(0)).hasMessageContaining("cap must be positive");
    }
}
