package dev.pitwall.prediction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibratorTest {

    /** Raw scores that overstate the risk: the true probability is score squared. */
    private static void overconfident(int n, long seed, double[] scores, boolean[] outcome) {
        Random random = new Random(seed);
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextDouble();
            outcome[i] = random.nextDouble() < scores[i] * scores[i];
        }
    }

    @Test
    void isotonicIsMonotoneBoundedAndRecoversTheTrueProbability() {
        int n = 20_000;
        double[] scores = new double[n];
        boolean[] outcome = new boolean[n];
        overconfident(n, 1, scores, outcome);

        IsotonicCalibrator calibrator = IsotonicCalibrator.fit(scores, outcome);

        double previous = -1;
        for (double s = -0.5; s <= 1.5; s += 0.001) {
            double p = calibrator.calibrate(s);
            assertThat(p).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
            previous = p;
        }
        assertThat(calibrator.calibrate(0.5)).isCloseTo(0.25, within(0.05));
        assertThat(calibrator.calibrate(0.9)).isCloseTo(0.81, within(0.06));
    }

    @Test
    void plattIsMonotoneBoundedAndCloseOnSmoothMiscalibration() {
        int n = 20_000;
        double[] scores = new double[n];
        boolean[] outcome = new boolean[n];
        Random random = new Random(2);
        for (int i = 0; i < n; i++) {
            double logit = random.nextGaussian() * 2;
            scores[i] = 1 / (1 + Math.exp(-logit));
            outcome[i] = random.nextDouble() < 1 / (1 + Math.exp(-(0.5 * logit - 1))); // a=0.5, b=-1
        }

        PlattCalibrator calibrator = PlattCalibrator.fit(scores, outcome);

        assertThat(calibrator.a()).isCloseTo(0.5, within(0.05));
        assertThat(calibrator.b()).isCloseTo(-1, within(0.1));
        double previous = -1;
        for (double s = 0; s <= 1; s += 0.001) {
            double p = calibrator.calibrate(s);
            assertThat(p).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(previous);
            previous = p;
        }
    }

    @Test
    void plattOnUselessScoresGivesTheBaseRate() {
        double[] scores = new double[500];
        boolean[] outcome = new boolean[500];
        Random random = new Random(3);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = random.nextDouble();
            outcome[i] = i % 10 == 0; // unrelated to the score
        }
        Calibrator calibrator = Calibrator.fit(scores, outcome);
        assertThat(calibrator).isInstanceOf(PlattCalibrator.class); // 50 positives: too few for isotonic steps
        assertThat(calibrator.calibrate(0.01)).isCloseTo(0.1, within(0.04));
        assertThat(calibrator.calibrate(0.99)).isCloseTo(0.1, within(0.04));
    }

    @Test
    void fewPositivesGetPlattManyGetIsotonic() {
        double[] scores = {0.1, 0.2, 0.8, 0.9};
        boolean[] outcome = {false, false, true, true};
        assertThat(Calibrator.fit(scores, outcome)).isInstanceOf(PlattCalibrator.class);
        double[] many = new double[1000];
        boolean[] manyOutcome = new boolean[1000];
        overconfident(1000, 4, many, manyOutcome);
        assertThat(Calibrator.fit(many, manyOutcome)).isInstanceOf(IsotonicCalibrator.class);
    }
}
