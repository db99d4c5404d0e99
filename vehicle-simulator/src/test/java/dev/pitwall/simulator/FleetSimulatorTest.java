package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runner with an in-memory transport: threads, pacing, stopping and the manifest. */
class FleetSimulatorTest {

    @Test
    void runPublishesExactlyWhatTheManifestDescribes(@TempDir Path dir) {
        List<SimulatedMessage> sink = CollectingPublisher.newSink();
        SimulatorConfig config = TestFleets.config().vehicles(60).messages(6_000).connections(3)
                .duplicateRate(0.03).outOfOrderRate(0.03).malformedRate(0.03).manifest(dir.resolve("m.json")).build();

        SimulationReport report = new FleetSimulator(config, CollectingPublisher.into(sink)).run();

        assertThat(report.allAcknowledged()).isTrue();
        assertThat(report.published()).isEqualTo(sink.size()).isEqualTo(report.manifest().publishedCount());
        assertThat(report.acknowledged()).isEqualTo(sink.size());
        assertThat(report.samples()).isEqualTo(6_000);
        assertThat(report.duplicates()).isEqualTo(report.manifest().duplicateCount());
        assertThat(report.outOfOrder()).isEqualTo(report.manifest().outOfOrderCount());
        assertThat(report.malformed()).isEqualTo(report.manifest().malformedCount());
        assertThat(validKeys(sink)).isEqualTo(report.manifest().validMessages());
        assertThat(Manifest.read(dir.resolve("m.json"))).isEqualTo(report.manifest());
    }

    @Test
    void sameSeedGivesTheSameManifestWhateverTheNumberOfConnections() {
        SimulatorConfig config = TestFleets.config().vehicles(20).messages(2_000).duplicateRate(0.05).malformedRate(0.05).build();

        Manifest one = new FleetSimulator(config.toBuilder().connections(1).build(),
                CollectingPublisher.into(CollectingPublisher.newSink())).run().manifest();
        Manifest four = new FleetSimulator(config.toBuilder().connections(4).build(),
                CollectingPublisher.into(CollectingPublisher.newSink())).run().manifest();

        assertThat(four).isEqualTo(one);
    }

    @Test
    void startedInTheBackgroundItRunsUntilStoppedAndAccountsForEverything() {
        List<SimulatedMessage> sink = CollectingPublisher.newSink();
        SimulatorConfig config = TestFleets.config().vehicles(10).rate(5_000).outOfOrderRate(0.2).build();
        FleetSimulator simulator = new FleetSimulator(config, CollectingPublisher.into(sink));

        simulator.start();
        Conditions.await("500 messages", Duration.ofSeconds(20), () -> simulator.progress().published() >= 500);
        assertThat(simulator.isRunning()).isTrue();
        SimulationReport report = simulator.stop();

        assertThat(simulator.isRunning()).isFalse();
        assertThat(report.allAcknowledged()).isTrue();
        assertThat(report.published()).isEqualTo(sink.size()).isEqualTo(report.manifest().publishedCount());
        assertThat(validKeys(sink)).isEqualTo(report.manifest().validMessages());
    }

    @Test
    void durationEndsAnOtherwiseEndlessRun() {
        SimulatorConfig config = TestFleets.config().vehicles(5).rate(1_000).duration(Duration.ofMillis(300)).build();

        SimulationReport report = new FleetSimulator(config, CollectingPublisher.into(CollectingPublisher.newSink())).run();

        assertThat(report.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(300)).isLessThan(Duration.ofSeconds(10));
        assertThat(report.published()).isPositive();
    }

    @Test
    void rateCapSlowsPublishing() {
        SimulatorConfig config = TestFleets.config().vehicles(10).messages(600).rate(1_000).connections(2).build();

        SimulationReport report = new FleetSimulator(config, CollectingPublisher.into(CollectingPublisher.newSink())).run();

        // 600 messages at 1,000/s take at least half a second, less the initial burst of 0.1 s
        assertThat(report.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void timeScaleTiesSimulatedTimeToTheWallClock() {
        // 60 simulated seconds per real second, a sample every 6 s: a vehicle's 10th sample is 54 s after its first
        SimulatorConfig config = TestFleets.config().vehicles(4).messages(40).timeScale(60)
                .sampleInterval(Duration.ofSeconds(6)).build();

        SimulationReport report = new FleetSimulator(config, CollectingPublisher.into(CollectingPublisher.newSink())).run();

        assertThat(report.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(850));
    }

    @Test
    void startTimeNowIsResolvedOnceAndRecorded() {
        SimulatorConfig config = TestFleets.config().startTime(null).vehicles(2).messages(4).build();
        FleetSimulator simulator = new FleetSimulator(config, CollectingPublisher.into(CollectingPublisher.newSink()));

        SimulationReport report = simulator.run();

        assertThat(report.config().startTime()).isNotNull().isEqualTo(report.manifest().startTime());
    }

    @Test
    void unreachableBrokerFailsFastWithAMessageNamingIt() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String broker = "tcp://127.0.0.1:" + closedPort;
        SimulatorConfig config = TestFleets.config().brokerUri(broker).vehicles(1).messages(1).build();

        assertThatThrownBy(() -> new FleetSimulator(config).run())
                .isInstanceOf(SimulatorException.class)
                .hasMessageContaining("--broker")
                .hasMessageContaining(broker);
    }

    @Test
    void dryRunNeedsNoBroker() {
        SimulatorConfig config = TestFleets.config().brokerUri("tcp://127.0.0.1:1").dryRun(true).vehicles(10).messages(1_000).build();

        SimulationReport report = new FleetSimulator(config).run();

        assertThat(report.published()).isEqualTo(1_000);
        assertThat(report.allAcknowledged()).isTrue();
    }

    private static Set<Manifest.MessageKey> validKeys(List<SimulatedMessage> messages) {
        Set<Manifest.MessageKey> keys = new HashSet<>();
        synchronized (messages) {
            messages.stream().filter(m -> !m.malformed()).forEach(m -> keys.add(new Manifest.MessageKey(m.vin(), m.seq())));
        }
        return keys;
    }
}
