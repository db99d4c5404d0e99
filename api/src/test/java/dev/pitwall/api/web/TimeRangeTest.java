package dev.pitwall.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.api.ApiProperties;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeRangeTest {

    static final ApiProperties.TimeWindow WINDOW = new ApiProperties.TimeWindow(Duration.ofHours(24), Duration.ofDays(31));
    static final Instant NOW = Instant.parse("2026-01-31T08:00:00Z");

    @Test
    void defaultsToTheLastDefaultRangeEndingNow() {
        assertThat(TimeRange.of(null, null, WINDOW, NOW)).isEqualTo(new TimeRange(NOW.minus(Duration.ofHours(24)), NOW));
    }

    @Test
    void defaultsFromRelativeToAGivenTo() {
        Instant to = Instant.parse("2026-01-10T00:00:00Z");
        assertThat(TimeRange.of(null, to, WINDOW, NOW).from()).isEqualTo(Instant.parse("2026-01-09T00:00:00Z"));
    }

    @Test
    void acceptsExactlyTheMaximumRange() {
        Instant from = NOW.minus(Duration.ofDays(31));
        assertThat(TimeRange.of(from, NOW, WINDOW, NOW).from()).isEqualTo(from);
    }

    @Test
    void rejectsOneSecondMoreThanTheMaximumNamingFrom() {
        assertThatThrownBy(() -> TimeRange.of(NOW.minus(Duration.ofDays(31)).minusSeconds(1), NOW, WINDOW, NOW))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("from"))
                .hasMessageContaining("at most 31 days");
    }

    @Test
    void rejectsEmptyAndInvertedRanges() {
        assertThatThrownBy(() -> TimeRange.of(NOW, NOW, WINDOW, NOW)).hasMessageContaining("'from' before 'to'");
        assertThatThrownBy(() -> TimeRange.of(NOW.plusSeconds(60), null, WINDOW, NOW))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("from"));
    }

    @Test
    void cutsWhatLiesBeforeAnInstantAndMayBecomeEmpty() {
        TimeRange day = new TimeRange(NOW.minus(Duration.ofDays(1)), NOW);

        assertThat(day.notBefore(NOW.minus(Duration.ofDays(2)))).isEqualTo(day);
        assertThat(day.notBefore(NOW.minus(Duration.ofHours(1))))
                .isEqualTo(new TimeRange(NOW.minus(Duration.ofHours(1)), NOW));
        assertThat(day.notBefore(NOW.plusSeconds(1))).isEqualTo(new TimeRange(NOW, NOW));
    }
}
