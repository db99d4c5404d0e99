package dev.pitwall.engagement.repurchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HealthTrendTest {

    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    static final Duration WINDOW = Duration.ofDays(30);

    @Test
    void coversTheWholeWindowWhenTheBaselineWasWrittenBeforeIt() {
        HealthTrend trend = HealthTrend.of(80, NOW.minus(Duration.ofDays(40)), 60, NOW, WINDOW);

        assertThat(trend.days()).isEqualTo(30);
        assertThat(trend.change()).isEqualTo(-20);
    }

    @Test
    void coversOnlyTheHistoryThereIsForAYoungVehicle() {
        HealthTrend trend = HealthTrend.of(90, NOW.minus(Duration.ofHours(10 * 24 + 5)), 92, NOW, WINDOW);

        assertThat(trend.days()).isEqualTo(10);
        assertThat(trend.change()).isEqualTo(2);
    }
}
