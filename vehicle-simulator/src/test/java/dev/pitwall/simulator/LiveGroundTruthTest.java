package dev.pitwall.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.simulator.groundtruth.FleetDescription;
import dev.pitwall.simulator.groundtruth.GroundTruthEvent;
import dev.pitwall.simulator.groundtruth.GroundTruthLog;
import dev.pitwall.simulator.vehicle.MaintenanceEvent.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MQTT mode carries the degradation too, and writes the ground truth next to what it publishes. */
class LiveGroundTruthTest {

    @Test
    void aRunWritesTheFleetAndTheGroundTruthOfAScriptedBatteryFailure(@TempDir Path dir) throws Exception {
        List<SimulatedMessage> sink = CollectingPublisher.newSink();
        Duration after = Duration.ofDays(1).plusHours(3);
        SimulatorConfig config = TestFleets.config().vehicles(3).sampleInterval(Duration.ofMinutes(10))
                .messages(3 * 6 * 24 * 6).connections(2).groundTruthDir(dir)
                .scriptFailure(1, Component.BATTERY, after).build();

        SimulationReport report = new FleetSimulator(config, CollectingPublisher.into(sink)).run();

        assertThat(report.allAcknowledged()).isTrue();
        List<String> vins = FleetGenerator.vins(config);
        assertThat(Files.readAllLines(dir.resolve(FleetDescription.FILE_NAME))).hasSize(4)
                .element(2).asString().startsWith(vins.get(1)).endsWith(",1,battery-fails-after=PT27H@1");
        Instant failAt = TestFleets.START.plus(after);
        List<GroundTruthEvent> events = GroundTruthEvent.read(dir.resolve(GroundTruthLog.FILE_NAME));
        GroundTruthEvent failure = events.stream()
                .filter(e -> e.vin().equals(vins.get(1)) && e.component() == Component.BATTERY && e.event() == Kind.FAILURE)
                .findFirst().orElseThrow();
        assertThat(failure.time()).isBetween(failAt, failAt.plus(Duration.ofHours(2)));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.vin()).isEqualTo(vins.get(1));
            assertThat(e.event()).isEqualTo(Kind.REPAIR);
            assertThat(e.time()).isAfter(failure.time());
        });

        TelemetryCodec codec = new TelemetryCodec();
        List<Telemetry> afterFailure = sink.stream().filter(m -> m.vin().equals(vins.get(1)))
                .map(m -> codec.decodeTrusted(m.payload()))
                .filter(t -> t.eventTime().isAfter(failure.time()) && t.eventTime().isBefore(failure.time().plus(Duration.ofHours(6))))
                .toList();
        assertThat(afterFailure).isNotEmpty().allSatisfy(t -> {
            assertThat(t.signals().engineRunning()).as("it does not start").isFalse();
            assertThat(t.signals().crankingVoltage()).isLessThan(9.6);
        });
    }
}
