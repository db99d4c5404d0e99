package dev.pitwall.prediction.cmapss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailingWindowFeaturesTest {

    private final TrailingWindowFeatures features = new TrailingWindowFeatures(3, 0.5, 2);

    @Test
    void namesEveryStatisticOfEveryChannelThenTheCycle() {
        List<String> names = features.names(List.of("s2", "hi"));

        assertThat(names).hasSize(2 * TrailingWindowFeatures.PER_CHANNEL.size() + 1);
        assertThat(names).startsWith("s2_last", "s2_mean", "s2_std", "s2_slope").endsWith("hi_drift", "cycle");
    }

    @Test
    void computesWindowHistoryAndSmoothedStatisticsOfARamp() {
        // one channel: 0, 2, 4, 6, 8 at cycles 1..5
        double[][] values = {{0}, {2}, {4}, {6}, {8}};
        int[] cycles = {1, 2, 3, 4, 5};

        double[] last = features.extract(values, cycles)[4];

        assertThat(last[0]).as("last").isEqualTo(8);
        assertThat(last[1]).as("mean of last 3").isEqualTo(6);
        assertThat(last[2]).as("std of last 3").isCloseTo(2, within(1e-12));
        assertThat(last[3]).as("slope per cycle").isCloseTo(2, within(1e-12));
        assertThat(last[4]).as("history mean").isEqualTo(4);
        assertThat(last[5]).as("history slope").isCloseTo(2, within(1e-12));
        assertThat(last[6]).as("history min").isEqualTo(0);
        assertThat(last[7]).as("history max").isEqualTo(8);
        // EWMA with alpha 0.5: 0, 1, 2.5, 4.25, 6.125; baseline = mean of first 2 cycles = 1
        assertThat(last[8]).as("ewma").isCloseTo(6.125, within(1e-12));
        assertThat(last[9]).as("drift").isCloseTo(5.125, within(1e-12));
        assertThat(last[10]).as("cycle").isEqualTo(5);
    }

    @Test
    void aCyclesFeaturesDoNotDependOnLaterCycles() {
        double[][] values = {{1, 5}, {3, 4}, {2, 6}, {7, 1}, {4, 4}, {9, 0}};
        int[] cycles = {1, 2, 3, 4, 5, 6};

        double[][] whole = features.extract(values, cycles);
        double[][] prefix = features.extract(Arrays.copyOf(values, 4), Arrays.copyOf(cycles, 4));

        assertThat(prefix[3]).containsExactly(whole[3]);
    }

    @Test
    void aSingleCycleHasZeroSpreadAndSlope() {
        double[] only = features.extract(new double[][] {{3}}, new int[] {1})[0];

        assertThat(only[2]).isZero();
        assertThat(only[3]).isZero();
        assertThat(only[5]).isZero();
    }
}
