package dev.pitwall.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.simulator.PublishStats;
import dev.pitwall.simulator.SimulatedMessage;
import dev.pitwall.simulator.TelemetryPublisher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Publishing order, topics, payloads and pacing, with a fake clock: nothing here waits for real. */
class ScenarioPublisherTest {

    /** Acknowledges everything at once and remembers what it was given. */
    private static final class RecordingPublisher implements TelemetryPublisher {
        final List<SimulatedMessage> published = new ArrayList<>();
        final List<Long> publishedAtNanos = new ArrayList<>();
        private final PublishStats stats;
        private final AtomicLong clock;

        RecordingPublisher(PublishStats stats, AtomicLong clock) {
            this.stats = stats;
            this.clock = clock;
        }

        @Override
        public void connect() {
        }

        @Override
        public void publish(SimulatedMessage message) {
            published.add(message);
            publishedAtNanos.add(clock.get());
            stats.onAcknowledged();
        }

        @Override
        public boolean awaitAcknowledged(Duration timeout) {
            return true;
        }

        @Override
        public long unacknowledged() {
            return 0;
        }

        @Override
        public void close() {
        }
    }

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final List<Long> waits = new ArrayList<>();
    private final ScenarioPublisher.Waiter fakeWait = nanos -> {
        waits.add(nanos);
        clock.addAndGet(nanos);
    };

    @Test
    void publishesEveryMessageInEventTimeOrderOnItsVehiclesTopic() throws Exception {
        Scenario scenario = ScenarioFile.readResource("/scenarios/offline-and-back.json");
        PublishStats stats = new PublishStats();
        RecordingPublisher out = new RecordingPublisher(stats, clock);

        ScenarioPublisher.Result result = new ScenarioPublisher(out, Pace.ASAP, clock::get, fakeWait)
                .publish(scenario, stats, Duration.ofSeconds(1));

        assertThat(waits).isEmpty();
        assertThat(result.allAcknowledged()).isTrue();
        assertThat(result.published()).isEqualTo(165);
        assertThat(out.published).hasSize(165);
        TelemetryCodec codec = new TelemetryCodec();
        for (int i = 0; i < out.published.size(); i++) {
            SimulatedMessage m = out.published.get(i);
            var expected = scenario.telemetry().get(i);
            assertThat(m.topic()).isEqualTo("pitwall/v1/vehicles/" + expected.vin() + "/telemetry");
            assertThat(m.seq()).isEqualTo(expected.seq());
            assertThat(m.payload()).isEqualTo(codec.encode(expected));
        }
    }

    @Test
    void aPaceFactorSpacesThePublishesByEventTimeDividedByTheFactor() throws Exception {
        Scenario scenario = ScenarioFileTest.parse(ScenarioFileTest.with("{\"park\": {\"duration\": \"PT12M\"}}"));
        PublishStats stats = new PublishStats();
        RecordingPublisher out = new RecordingPublisher(stats, clock);
        long start = clock.get();

        new ScenarioPublisher(out, Pace.parse("60"), clock::get, fakeWait).publish(scenario, stats, Duration.ofSeconds(1));

        // event times 0, 5, 10 and 12 minutes: at 60 simulated seconds per second, 0, 5, 10 and 12 s
        assertThat(out.publishedAtNanos).extracting(t -> Duration.ofNanos(t - start).toMillis())
                .containsExactly(0L, 5_000L, 10_000L, 12_000L);
        assertThat(waits).extracting(n -> Duration.ofNanos(n).toMillis()).containsExactly(5_000L, 5_000L, 2_000L);
    }

    @ParameterizedTest
    @CsvSource({"asap, 0", "ASAP, 0", "realtime, 1", "60, 60", "0.5, 0.5"})
    void paceReadsWhatPeopleType(String text, double factor) {
        assertThat(Pace.parse(text).factor()).isEqualTo(factor);
    }

    @Test
    void aBadPaceNamesTheOption() {
        assertThatThrownBy(() -> Pace.parse("fast")).hasMessage(
                "--pace: expected asap, realtime or a factor such as 60 (simulated seconds per real second), got 'fast'");
        assertThatThrownBy(() -> Pace.parse("-2")).hasMessage("--pace: expected a factor above 0 (or asap), got '-2'");
    }
}
