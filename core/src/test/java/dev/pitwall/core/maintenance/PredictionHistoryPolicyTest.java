package dev.pitwall.core.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionHistoryPolicyTest {

    private static final Instant T0 = Instant.parse("2026-11-22T08:00:00Z");
    private final PredictionHistoryPolicy policy = PredictionHistoryPolicy.DEFAULT;

    private static FailurePrediction at(long minutes, double probability, String model) {
        return new FailurePrediction("WVWZZZ1KZAW123456", minutes, T0.plusSeconds(60 * minutes), Component.BATTERY,
                probability, 14, null, model, List.of());
    }

    @Test
    void firstPredictionIsAlwaysKept() {
        assertThat(policy.shouldRecord(null, at(0, 0.01, "m1"))).isTrue();
    }

    @Test
    void smallMovesWithinAHeartbeatAreNotKept() {
        assertThat(policy.shouldRecord(at(0, 0.10, "m1"), at(30, 0.13, "m1"))).isFalse();
    }

    @Test
    void noticeableMovesThresholdCrossingsNewModelsAndHeartbeatsAreKept() {
        assertThat(policy.shouldRecord(at(0, 0.10, "m1"), at(30, 0.16, "m1"))).isTrue();
        assertThat(policy.shouldRecord(at(0, 0.28, "m1"), at(30, 0.31, "m1"))).isTrue();
        assertThat(policy.shouldRecord(at(0, 0.61, "m1"), at(30, 0.59, "m1"))).isTrue();
        assertThat(policy.shouldRecord(at(0, 0.10, "m1"), at(30, 0.10, "m2"))).isTrue();
        assertThat(policy.shouldRecord(at(0, 0.10, "m1"), at(6 * 60, 0.10, "m1"))).isTrue();
    }
}
