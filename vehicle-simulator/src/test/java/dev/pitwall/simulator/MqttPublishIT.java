package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.infra.TestMqttBrokers;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes to a real broker (embedded HiveMQ CE, or the one named by {@code -Dpitwall.test.mqtt}) and checks
 * with an independent subscriber that exactly the messages of the manifest arrived. Every run uses a random
 * seed, so its VINs and topics are its own even on a shared broker.
 */
class MqttPublishIT {

    private static final Logger log = LoggerFactory.getLogger(MqttPublishIT.class);
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(60);
    /**
     * Publishing is capped so that the test's subscriber keeps up on a busy machine: Mosquitto drops QoS 1
     * messages for a subscriber once 1,000 are queued for it (max_queued_messages), which would be the
     * subscriber's loss, not the simulator's.
     */
    private static final double RATE = 2_000;

    private static TestMqttBrokers.Broker broker;

    @BeforeAll
    static void startBroker() {
        broker = TestMqttBrokers.open();
        log.info("publishing to {}", broker.description());
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void publishedMessagesArriveExactlyAsTheManifestSays() throws Exception {
        SimulatorConfig config = uniqueFleet().brokerUri(broker.serverUri()).vehicles(40).messages(3_000).rate(RATE)
                .duplicateRate(0.02).outOfOrderRate(0.02).malformedRate(0.02).build();

        try (var subscriber = new TelemetrySubscriber(broker.serverUri(), FleetGenerator.vins(config))) {
            SimulationReport report = new FleetSimulator(config).run();
            Manifest manifest = report.manifest();
            Conditions.await("every published message to arrive", ARRIVAL_TIMEOUT,
                    () -> subscriber.distinctValid() >= manifest.validCount()
                            && subscriber.count() >= manifest.publishedCount(),
                    () -> "(" + subscriber.count() + " of " + manifest.publishedCount() + ")");

            assertThat(report.allAcknowledged()).isTrue();
            assertThat(report.acknowledged()).isEqualTo(report.published()).isEqualTo(manifest.publishedCount());
            assertThat(subscriber.validKeys()).isEqualTo(manifest.validMessages());
            assertThat(subscriber.malformedPerVin()).isEqualTo(malformedPerVin(manifest));
            assertThat(subscriber.mismatches()).isEmpty();
            if (report.retries() == 0) { // nothing re-sent, so nothing may have arrived more often than intended
                assertThat(subscriber.count()).isEqualTo(manifest.publishedCount());
                assertThat(subscriber.validCopies() - manifest.validCount()).isEqualTo(manifest.duplicateCount());
            }
        }
    }

    @Test
    void reconnectsAfterLosingTheConnectionAndLosesNothing() throws Exception {
        try (var proxy = new TcpProxy(broker.serverUri())) {
            SimulatorConfig config = uniqueFleet().brokerUri(proxy.uri()).vehicles(20).messages(3_000).rate(RATE)
                    .connections(2).build();
            try (var subscriber = new TelemetrySubscriber(broker.serverUri(), FleetGenerator.vins(config))) {
                FleetSimulator simulator = new FleetSimulator(config);
                simulator.start();
                Conditions.await("a third of the messages", Duration.ofSeconds(30), () -> simulator.progress().acknowledged() >= 1_000);

                proxy.dropConnections();
                SimulationReport report = CompletableFuture.supplyAsync(simulator::awaitCompletion).get(90, TimeUnit.SECONDS);
                Conditions.await("every message to arrive", ARRIVAL_TIMEOUT, () -> subscriber.distinctValid() >= 3_000,
                        () -> "(" + subscriber.distinctValid() + " of 3000 distinct)");

                assertThat(report.reconnects()).isGreaterThanOrEqualTo(1);
                assertThat(report.allAcknowledged()).isTrue();
                assertThat(subscriber.validKeys()).isEqualTo(report.manifest().validMessages());
                log.info("after the cut: {}", report.summary());
            }
        }
    }

    /** A random seed: its VINs (and so topics) are this run's alone. */
    private static SimulatorConfig.Builder uniqueFleet() {
        return TestFleets.config().seed(UUID.randomUUID().getMostSignificantBits()).maxInFlight(200);
    }

    private static Map<String, Long> malformedPerVin(Manifest manifest) {
        return manifest.malformedMessages().stream()
                .collect(Collectors.groupingBy(Manifest.MalformedMessage::vin, Collectors.counting()));
    }
}
