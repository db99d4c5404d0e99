package dev.pitwall.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves by hand. */
    static final class FakeTime implements TimeMeter {

        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }
    }

    final FakeTime time = new FakeTime();

    RateLimiter limiter(long capacity, long refillTokens, Duration period, int maxClients) {
        return new RateLimiter(new RateLimitProperties(true, capacity, refillTokens, period, maxClients), time);
    }

    @Test
    void refusesTheRequestAfterTheCapacityAndSaysWhenTheNextOneFits() {
        RateLimiter limiter = limiter(3, 3, Duration.ofMinutes(1), 10);

        assertThat(limiter.tryAcquire("alice").remaining()).isEqualTo(2);
        limiter.tryAcquire("alice");
        assertThat(limiter.tryAcquire("alice").allowed()).isTrue();
        RateLimiter.Decision refused = limiter.tryAcquire("alice");

        assertThat(refused.allowed()).isFalse();
        // 3 a minute, refilled evenly: one every 20 s
        assertThat(refused.retryAfterSeconds()).isEqualTo(20);
        time.advance(Duration.ofSeconds(20));
        assertThat(limiter.tryAcquire("alice").allowed()).isTrue();
        assertThat(limiter.tryAcquire("alice").allowed()).isFalse();
    }

    @Test
    void countsEveryClientOnItsOwn() {
        RateLimiter limiter = limiter(1, 1, Duration.ofHours(1), 10);

        assertThat(limiter.tryAcquire("alice").allowed()).isTrue();
        assertThat(limiter.tryAcquire("alice").allowed()).isFalse();
        assertThat(limiter.tryAcquire("bob").allowed()).isTrue();
    }

    @Test
    void keepsAtMostMaxClientsBucketsDroppingTheLeastRecentlySeen() {
        RateLimiter limiter = limiter(1, 1, Duration.ofHours(1), 2);
        limiter.tryAcquire("alice");
        limiter.tryAcquire("bob");
        limiter.tryAcquire("bob");

        limiter.tryAcquire("carol");

        assertThat(limiter.clients()).isEqualTo(2);
        // bob was seen after alice: his empty bucket stayed, alice's went and she starts again
        assertThat(limiter.tryAcquire("bob").allowed()).isFalse();
        assertThat(limiter.tryAcquire("alice").allowed()).isTrue();
    }

    @Test
    void roundsRetryAfterUpToWholeSecondsOfAtLeastOne() {
        assertThat(new RateLimiter.Decision(false, 0, Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
        assertThat(new RateLimiter.Decision(false, 0, Duration.ofSeconds(7)).retryAfterSeconds()).isEqualTo(7);
        assertThat(new RateLimiter.Decision(false, 0, Duration.ofNanos(1)).retryAfterSeconds()).isEqualTo(1);
    }
}
