package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InFlightWindowTest {

    @Test
    void refusesBeyondTheLimitUntilASlotIsReleased() throws Exception {
        InFlightWindow window = new InFlightWindow(2);

        assertThat(window.tryAcquire(0, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(window.tryAcquire(0, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(window.tryAcquire(0, TimeUnit.MILLISECONDS)).isFalse();

        window.release();

        assertThat(window.tryAcquire(0, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(window.inUse()).isEqualTo(2);
    }

    @Test
    void growingTheLimitLetsMoreIn() throws Exception {
        InFlightWindow window = new InFlightWindow(1);
        window.tryAcquire(0, TimeUnit.MILLISECONDS);

        window.resize(3);

        assertThat(window.tryAcquire(0, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(window.tryAcquire(0, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(window.tryAcquire(0, TimeUnit.MILLISECONDS)).isFalse();
    }

    @Test
    void releasingMoreThanAcquiredIsABug() {
        InFlightWindow window = new InFlightWindow(1);

        assertThatThrownBy(window::release).isInstanceOf(IllegalStateException.class);
    }
}
