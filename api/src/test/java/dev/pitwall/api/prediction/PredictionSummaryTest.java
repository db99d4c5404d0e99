package dev.pitwall.api.prediction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.maintenance.FailurePrediction.FeatureContribution;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionSummaryTest {

    static FailurePrediction prediction(double probability, Double rulDays, List<FeatureContribution> features) {
        return new FailurePrediction("1HGCM82633A004352", 7, Instant.parse("2026-01-31T08:00:00Z"), Component.BATTERY,
                probability, 14, rulDays, "m1", features);
    }

    @Test
    void readsProbabilityHorizonRemainingDaysAndStrongestSign() {
        String summary = PredictionSummary.of(prediction(0.72, 9.1, List.of(
                new FeatureContribution("battery.cranking_v.min_1d", 9.91, 1.7),
                new FeatureContribution("ambient.temp_c.mean_7d", -6.2, 0.4))));

        assertThat(summary).isEqualTo("72% chance of failure within 14 days, about 9 days left; "
                + "strongest sign: battery.cranking_v.min_1d = 9.91");
    }

    @Test
    void leavesOutWhatTheModelDidNotSay() {
        assertThat(PredictionSummary.of(prediction(0.08, null, List.of())))
                .isEqualTo("8% chance of failure within 14 days");
    }

    @Test
    void speaksOfDaysInTheSingularAndOfLessThanADay() {
        assertThat(PredictionSummary.of(prediction(0.9, 1.2, List.of()))).endsWith("about 1 day left");
        assertThat(PredictionSummary.of(prediction(0.9, 0.4, List.of()))).endsWith("less than a day left");
    }

    @Test
    void writesFeatureValuesWithFourSignificantDigits() {
        assertThat(PredictionSummary.number(9.91)).isEqualTo("9.91");
        assertThat(PredictionSummary.number(12.345678)).isEqualTo("12.35");
        assertThat(PredictionSummary.number(48211.4)).isEqualTo("48210");
        assertThat(PredictionSummary.number(-0.000123456)).isEqualTo("-0.0001235");
        assertThat(PredictionSummary.number(3.0)).isEqualTo("3");
    }
}
