package dev.pitwall.prediction.cmapss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulModelTrainerTest {

    private static final RulModelConfig FAST = new RulModelConfig(125, 30, 0.1, 30, 60, 0.1, 4, 5, 0.8, 0.5, 1, 1, 42);
    private static final TruncationSampler CUTS = new TruncationSampler(31, 145, 3, 5);

    @Test
    void learnsTheSyntheticWearFarBetterThanGuessingTheMean() {
        assertLearns(SyntheticFleet.engines(50, 21));
    }

    @Test
    void normalisingPerOperatingConditionKeepsTheWearVisibleInASixConditionFleet() {
        assertLearns(SyntheticFleet.engines(50, 21, SyntheticFleet.SIX_CONDITIONS));
    }

    private static void assertLearns(List<EngineTrajectory> fleet) {
        RulModel model = new RulModelTrainer(FAST).train(fleet.subList(0, 40), ProgressListener.SILENT);
        List<TruncationSampler.Cut> cuts = CUTS.cut(fleet.subList(40, 50));

        double[] predicted = model.predictLastCycle(cuts.stream().map(TruncationSampler.Cut::observed).toList());
        double[] actual = cuts.stream().mapToDouble(TruncationSampler.Cut::remainingCycles).toArray();

        double[] meanGuess = new double[actual.length];
        Arrays.fill(meanGuess, Arrays.stream(actual).average().orElseThrow());
        assertThat(Arrays.stream(predicted).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(Arrays.stream(predicted).max().orElseThrow()).isLessThanOrEqualTo(125);
        assertThat(RulMetrics.rmse(predicted, actual)).isLessThan(RulMetrics.rmse(meanGuess, actual) / 2);
    }
}
