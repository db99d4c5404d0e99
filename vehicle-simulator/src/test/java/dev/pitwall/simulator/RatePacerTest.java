package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RatePacerTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void zeroRateMeansNoWaiting() {
        RatePacer pacer = new RatePacer(0, now::get);

        for (int i = 0; i < 1_000; i++) {
            assertThat(pacer.reserve()).isZero();
        }
    }

    @Test
    void spacesPermitsAtTheRateOnceTheBurstIsUsed() {
        RatePacer pacer = new RatePacer(1_000, now::get); // one per ms
        now.addAndGet(1_000_000_000L); // idle for a second: only 0.1 s of it may be used as burst

        long waited = 0;
        for (int i = 0; i < 100; i++) {
            waited += pacer.reserve();
        }
        assertThat(waited).isZero();
        assertThat(pacer.reserve()).isZero(); // the permit due exactly now
        assertThat(pacer.reserve()).isEqualTo(1_000_000L);
        assertThat(pacer.reserve()).isEqualTo(2_000_000L);
    }

    @Test
    void averageRateHoldsOverALongRun() {
        RatePacer pacer = new RatePacer(5_000, now::get);
        long start = now.get();

        for (int i = 0; i < 50_000; i++) {
            now.addAndGet(pacer.reserve()); // the caller waits exactly as told
        }

        double seconds = (now.get() - start) / 1e9;
        assertThat(50_000 / seconds).isBetween(4_900.0, 5_600.0);
    }
}
