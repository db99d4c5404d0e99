package dev.pitwall.prediction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

    @Test
    void averagePrecisionOfAPerfectRankingIsOne() {
        double[] scores = {0.9, 0.8, 0.3, 0.2, 0.1};
        boolean[] positive = {true, true, false, false, false};
        assertThat(BinaryMetrics.averagePrecision(scores, positive)).isEqualTo(1.0);
    }

    @Test
    void averagePrecisionMatchesTheHandComputedValue() {
        // ranking: P N P N N -> precision at the positives 1/1 and 2/3; AP = (1 + 2/3) / 2
        double[] scores = {0.9, 0.8, 0.7, 0.2, 0.1};
        boolean[] positive = {true, false, true, false, false};
        assertThat(BinaryMetrics.averagePrecision(scores, positive)).isCloseTo(5.0 / 6, within(1e-12));
    }

    @Test
    void tiedScoresCountAsOneOperatingPoint() {
        // a yes/no rule: 2 alarms (1 right), 3 quiet days (1 missed failure)
        double[] scores = {1, 1, 0, 0, 0};
        boolean[] positive = {true, false, true, false, false};
        // points: (recall 0.5, precision 0.5) then (1.0, 0.4)
        assertThat(BinaryMetrics.averagePrecision(scores, positive)).isCloseTo(0.5 * 0.5 + 0.5 * 0.4, within(1e-12));
    }

    @Test
    void thresholdKeepsFalseAlarmsWithinTheBudget() {
        int n = 10_000;
        double[] scores = new double[n];
        boolean[] positive = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = i / (double) n;
            positive[i] = i % 100 == 0;
        }
        double threshold = BinaryMetrics.thresholdForFalseAlarmBudget(scores, positive, 2.0);
        BinaryMetrics.Confusion c = BinaryMetrics.confusion(scores, positive, threshold);
        assertThat(c.falsePositives()).isEqualTo(20); // 2 per 1,000 of 10,000 days
        assertThat(c.falseAlarmsPer1000()).isLessThanOrEqualTo(2.0);
        assertThat(BinaryMetrics.confusion(scores, positive, Math.nextDown(threshold)).falsePositives()).isGreaterThan(20);
    }
}
