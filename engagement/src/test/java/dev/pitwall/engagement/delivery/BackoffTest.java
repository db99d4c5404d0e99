package dev.pitwall.engagement.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void doublesTheWaitAfterEachFailure() {
        assertThat(IntStream.rangeClosed(1, 5).mapToObj(backoff::after)).containsExactly(Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8), Duration.ofSeconds(16));
    }

    @Test
    void neverWaitsLongerThanTheMaximumHoweverOftenItFailed() {
        assertThat(backoff.after(9)).isEqualTo(Duration.ofSeconds(256));
        assertThat(backoff.after(10)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.after(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void rejectsAWaitBeforeAnyFailure() {
        assertThatThrownBy(() -> backoff.after(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attempts");
    }

    @Test
    void rejectsAMaximumBelowTheFirstWait() {
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial <= max");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
