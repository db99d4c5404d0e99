package dev.pitwall.engagement.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

    static final Instant NOW = Instant.parse("2026-01-12T08:00:00Z");
    final BookingRules rules = new BookingRules(Duration.ofHours(2), Duration.ofDays(30), Duration.ofMinutes(30), 14);

    @Test
    void admitsStartsFromTheLeadTimeToTheHorizonInclusive() {
        assertThat(rules.admits(NOW.plus(Duration.ofHours(2)), NOW)).isTrue();
        assertThat(rules.admits(NOW.plus(Duration.ofHours(2)).minusSeconds(1), NOW)).isFalse();
        assertThat(rules.admits(NOW.plus(Duration.ofDays(30)), NOW)).isTrue();
        assertThat(rules.admits(NOW.plus(Duration.ofDays(30)).plusSeconds(1), NOW)).isFalse();
        assertThat(rules.admits(NOW.minusSeconds(60), NOW)).isFalse();
    }

    @Test
    void refusesRulesNoSearchCouldUse() {
        assertThatThrownBy(() -> new BookingRules(Duration.ofHours(-1), Duration.ofDays(30), Duration.ofMinutes(30),
                14)).hasMessageContaining("lead time");
        assertThatThrownBy(() -> new BookingRules(Duration.ofDays(2), Duration.ofDays(1), Duration.ofMinutes(30),
                14)).hasMessageContaining("max horizon");
        assertThatThrownBy(() -> new BookingRules(Duration.ZERO, Duration.ofDays(1), Duration.ofSeconds(90), 14))
                .hasMessageContaining("slot granularity");
        assertThatThrownBy(() -> new BookingRules(Duration.ZERO, Duration.ofDays(1), Duration.ofMinutes(3), 14))
                .hasMessageContaining("slot granularity");
        assertThatThrownBy(() -> new BookingRules(Duration.ZERO, Duration.ofDays(1), Duration.ofMinutes(30), 0))
                .hasMessageContaining("max search days");
    }
}
