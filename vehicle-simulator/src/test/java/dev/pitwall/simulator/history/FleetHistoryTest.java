package dev.pitwall.simulator.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.telemetry.DecodeResult;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.TelemetryCodec;
import dev.pitwall.core.telemetry.VssSignal;
import dev.pitwall.simulator.SimulatorConfig;
import dev.pitwall.simulator.groundtruth.FleetDescription;
import dev.pitwall.simulator.groundtruth.GroundTruthEvent;
import dev.pitwall.simulator.groundtruth.GroundTruthLog;
import dev.pitwall.simulator.vehicle.MaintenanceEvent.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History mode: what it writes, in which order, and that it is the same for a seed whatever the threads. */
class FleetHistoryTest {

    /** Twenty cars for three weeks, worn fast enough that every kind of event happens. */
    private static final SimulatorConfig FLEET = HistoryRuns.fleet(20, 5).wearFactor(6).build();

    @TempDir
    static Path shared;
    private static Path out;
    private static HistoryReport report;

    @BeforeAll
    static void runOnce() {
        out = shared.resolve("run");
        report = HistoryRuns.run(FLEET, 21, out, 2);
    }

    @Test
    void sameSeedGivesTheSameBytesWhateverTheNumberOfThreads(@TempDir Path dir) throws IOException {
        SimulatorConfig small = HistoryRuns.fleet(9, 11).wearFactor(6).build();
        HistoryRuns.run(small, 4, dir.resolve("one"), 1);
        HistoryRuns.run(small, 4, dir.resolve("three"), 3);

        for (String file : List.of(FleetHistory.TELEMETRY_FILE, GroundTruthLog.FILE_NAME, FleetDescription.FILE_NAME)) {
            assertThat(Files.readAllBytes(dir.resolve("three").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(file)));
        }
        assertThat(HistoryRuns.lines(dir.resolve("one"))).hasSizeGreaterThan(9 * 4 * 24);
    }

    @Test
    void everyLineIsAValidWirePayloadInEventTimeOrderWithSeqCountingUpPerVehicle() {
        TelemetryCodec codec = new TelemetryCodec();
        Map<String, Long> nextSeq = new HashMap<>();
        Instant previous = Instant.MIN;
        for (String line : HistoryRuns.lines(out)) {
            DecodeResult result = codec.decode(line.getBytes(StandardCharsets.UTF_8));
            assertThat(result).as(line).isInstanceOf(DecodeResult.Valid.class);
            Telemetry t = ((DecodeResult.Valid) result).telemetry();
            assertThat(t.eventTime()).isAfterOrEqualTo(previous);
            previous = t.eventTime();
            assertThat(t.seq()).isEqualTo(nextSeq.getOrDefault(t.vin(), 0L));
            nextSeq.put(t.vin(), t.seq() + 1);
        }
        assertThat(nextSeq).hasSize(20);
        assertThat(report.messages()).isEqualTo(nextSeq.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void samplesComeEveryIntervalWhileTheEngineRunsAndHourlyWhileParked() {
        Map<String, List<Telemetry>> byVin = HistoryRuns.telemetry(out).stream()
                .collect(Collectors.groupingBy(Telemetry::vin));
        int running = 0;
        int parked = 0;
        for (List<Telemetry> samples : byVin.values()) {
            for (int i = 1; i < samples.size(); i++) {
                Duration gap = Duration.between(samples.get(i - 1).eventTime(), samples.get(i).eventTime());
                assertThat(gap).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
                assertThat(gap.toMillis() % Duration.ofMinutes(15).toMillis()).as("on the vehicle's sample grid").isZero();
                boolean bothRunning = samples.get(i).signals().engineRunning() && samples.get(i - 1).signals().engineRunning();
                if (bothRunning) {
                    assertThat(gap).isEqualTo(Duration.ofMinutes(15));
                    running++;
                } else if (!samples.get(i).signals().engineRunning() && !samples.get(i - 1).signals().engineRunning()) {
                    assertThat(gap).isEqualTo(Duration.ofHours(1));
                    parked++;
                }
            }
        }
        assertThat(running).isPositive();
        assertThat(parked).as("a car is parked most of the day").isGreaterThan(running);
    }

    @Test
    void groundTruthNeverAppearsInTheTelemetry() throws IOException {
        assertThat(report.failures()).as("there is ground truth to leak").isGreaterThan(5);
        Set<String> known = Stream.of(VssSignal.values()).map(VssSignal::path).collect(Collectors.toSet());
        Set<String> hidden = new HashSet<>(List.of("FAILURE", "REPAIR", "SERVICE", "health", "Health", "soh", "SoH",
                "stateOfCharge", "remaining", "Remaining\"", "failAt", "scripted"));
        for (Component c : Component.values()) {
            hidden.add(c.name());
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : HistoryRuns.lines(out)) {
            JsonNode root = json.readTree(line);
            assertThat(root.fieldNames()).toIterable().containsExactly("v", "vin", "seq", "ts", "signals");
            assertThat(root.get("signals").fieldNames()).toIterable().allSatisfy(name -> assertThat(known).contains(name));
            String text = line.replace("OilLifeRemaining", "");
            assertThat(hidden).noneSatisfy(word -> assertThat(text).contains(word));
        }
    }

    @Test
    void groundTruthAndFleetFilesHaveTheDocumentedFormatAndMatchTheTelemetry() throws IOException {
        List<String> fleet = Files.readAllLines(out.resolve(FleetDescription.FILE_NAME));
        List<GroundTruthEvent> events = GroundTruthEvent.read(out.resolve(GroundTruthLog.FILE_NAME));
        Set<String> vins = HistoryRuns.telemetry(out).stream().map(Telemetry::vin).collect(Collectors.toSet());

        assertThat(fleet.get(0)).startsWith("vin,model,region,climate,driving_style,age_days_at_start,");
        assertThat(fleet).hasSize(21);
        assertThat(fleet.subList(1, 21)).allSatisfy(l -> assertThat(vins).contains(l.substring(0, 17)));
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(vins).contains(e.vin());
            assertThat(e.time()).isBetween(HistoryRuns.START, HistoryRuns.START.plus(Duration.ofDays(21)));
        });
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).time()).isAfterOrEqualTo(events.get(i - 1).time());
        }
        assertThat(events.stream().map(GroundTruthEvent::event).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Kind.FAILURE, Kind.REPAIR, Kind.SERVICE);
        long failuresInFile = events.stream().filter(e -> e.event() == Kind.FAILURE).count();
        assertThat(failuresInFile).isEqualTo(report.failures());
    }

    @Test
    void aScriptedFailureIsInTheGroundTruthAtItsTime(@TempDir Path dir) {
        SimulatorConfig scripted = HistoryRuns.fleet(3, 8).scriptFailure(2, Component.BATTERY, Duration.ofDays(3).plusHours(8)).build();
        HistoryRuns.run(scripted, 5, dir, 2);

        Instant failAt = HistoryRuns.START.plus(Duration.ofDays(3).plusHours(8));
        String vin2 = fleetLines(dir).stream().filter(l -> l.endsWith(",2,battery-fails-after=PT80H@2"))
                .map(l -> l.substring(0, 17)).findFirst().orElseThrow();
        assertThat(GroundTruthEvent.read(dir.resolve(GroundTruthLog.FILE_NAME)))
                .filteredOn(e -> e.vin().equals(vin2) && e.component() == Component.BATTERY && e.event() == Kind.FAILURE)
                .singleElement()
                .satisfies(e -> assertThat(e.time()).isBetween(failAt, failAt.plus(Duration.ofHours(2))));
    }

    private static List<String> fleetLines(Path dir) {
        try {
            return Files.readAllLines(dir.resolve(FleetDescription.FILE_NAME));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
