package dev.pitwall.stream;

import static dev.pitwall.stream.TelemetryFixtures.T0;
import static dev.pitwall.stream.TelemetryFixtures.vin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.core.alarm.AlarmMemory;
import dev.pitwall.core.alarm.AlarmState;
import dev.pitwall.core.alarm.AlarmTracker;
import dev.pitwall.core.alarm.AlarmType;
import dev.pitwall.core.alarm.VehicleAlarm;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The acceptance scenario on a MiniCluster (parallelism 2), alarms written by the real PostgreSQL sink: a
 * scripted fleet in which one vehicle falls silent and returns, one keeps a trouble code for over an hour, one sits
 * with a weak battery and one sends a stale reading late. Run twice: with the job's periodic watermarks (every
 * 200 ms: few if any before the small input is through, so mostly the vehicles' own messages and the end of the
 * input decide), and with a watermark after every message (timers fire all along the input). The same alarms come out, and the second run
 * leaves the table exactly as the first wrote it.
 */
class VehicleAlarmScenarioIT {

    static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(METRICS.addToConfiguration(new Configuration()))
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PipelineRun.PARALLELISM)
            .build());

    static final String SILENT = vin(101);
    static final String FAULTY = vin(102);
    static final String PARKED = vin(103);
    static final String LATE = vin(104);
    static final int MINUTES = 120;

    @Test
    void raisesAndClearsTheScriptedAlarmsIdenticallyOnEveryRunAndWritesThemOnce() throws Exception {
        List<Telemetry> input = scriptedFleet();
        PipelineTables db = PipelineTables.createMigrated();
        PipelineSettings settings = PipelineSettings.fromArgs("--jdbc-url", db.url, "--parallelism", "2",
                "--checkpoint-interval", "100 ms", "--alarm-battery-low-for", "30 min");

        Run first = run(input, settings, false);
        List<JsonNode> tableAfterFirst = db.vehicleAlarms();
        Run second = run(input, settings, true);

        Map<String, List<VehicleAlarm>> expected = expected(input, settings);
        assertThat(first.byVehicle).isEqualTo(expected);
        assertThat(second.byVehicle).as("the same input replayed").isEqualTo(first.byVehicle);
        assertThat(first.raisedCounter).isEqualTo(count(expected, AlarmState.RAISED));

        assertThat(expected.get(SILENT)).extracting(VehicleAlarm::type, VehicleAlarm::state, VehicleAlarm::since,
                VehicleAlarm::at).containsExactly(
                tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.RAISED, minute(20), minute(30)),
                tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.CLEARED, minute(20), minute(45)),
                endOfInput());
        assertThat(expected.get(FAULTY)).extracting(VehicleAlarm::type, VehicleAlarm::subject, VehicleAlarm::state,
                VehicleAlarm::since, VehicleAlarm::at).containsExactly(
                tuple(AlarmType.DTC_PERSISTENT, "P0301", AlarmState.RAISED, minute(5), minute(65)),
                tuple(AlarmType.DTC_PERSISTENT, "P0301", AlarmState.CLEARED, minute(5), minute(80)),
                tuple(AlarmType.VEHICLE_OFFLINE, "", AlarmState.RAISED, minute(MINUTES), minute(MINUTES + 10)));
        assertThat(expected.get(PARKED)).extracting(VehicleAlarm::type, VehicleAlarm::state, VehicleAlarm::since,
                VehicleAlarm::at).containsExactly(
                tuple(AlarmType.BATTERY_LOW_PARKED, AlarmState.RAISED, minute(0), minute(30)),
                tuple(AlarmType.BATTERY_LOW_PARKED, AlarmState.CLEARED, minute(0), minute(50)),
                endOfInput());
        assertThat(expected.get(LATE)).as("the stale low reading and empty DTC list flip nothing")
                .extracting(VehicleAlarm::type, VehicleAlarm::state).containsExactly(
                        tuple(AlarmType.DTC_PERSISTENT, AlarmState.RAISED),
                        tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.RAISED));
        assertThat(expected.get(vin(1))).as("a quiet vehicle only goes offline when the input ends")
                .extracting(VehicleAlarm::type).containsExactly(AlarmType.VEHICLE_OFFLINE);

        assertThat(tableAfterFirst).extracting(AlarmRow::of)
                .containsExactlyInAnyOrderElementsOf(AlarmRow.expected(expected));
        assertThat(db.vehicleAlarms()).as("the replay wrote nothing new").isEqualTo(tableAfterFirst);
    }

    /**
     * The simulator's scenario file {@code offline-and-back.json}: one vehicle falls silent for 15 minutes while
     * another keeps reporting; it is offline 10 minutes after its last message and clear when it reports again.
     */
    @Test
    void theOfflineScenarioRaisesAfterTenMinutesOfSilenceAndClearsOnReturn() throws Exception {
        var scenario = dev.pitwall.simulator.scenario.ScenarioFile.readResource("/scenarios/offline-and-back.json");
        PipelineTables db = PipelineTables.createMigrated();
        PipelineSettings settings = PipelineSettings.fromArgs("--jdbc-url", db.url, "--parallelism", "2",
                "--checkpoint-interval", "100 ms");

        Run run = run(scenario.telemetry(), settings, true);

        assertThat(run.byVehicle.get("WBA8E9C50LK000003")).extracting(VehicleAlarm::type, VehicleAlarm::state,
                VehicleAlarm::since, VehicleAlarm::at).startsWith(
                tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.RAISED, Instant.parse("2026-01-07T08:20:00Z"),
                        Instant.parse("2026-01-07T08:30:00Z")),
                tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.CLEARED, Instant.parse("2026-01-07T08:20:00Z"),
                        Instant.parse("2026-01-07T08:35:00Z")));
        assertThat(run.byVehicle).isEqualTo(expected(scenario.telemetry(), settings));
    }

    /** Every vehicle's alarm at the end of the bounded input, when event time runs out: offline 10 min after its last message. */
    private static org.assertj.core.groups.Tuple endOfInput() {
        return tuple(AlarmType.VEHICLE_OFFLINE, AlarmState.RAISED, minute(MINUTES), minute(MINUTES + 10));
    }

    record Run(Map<String, List<VehicleAlarm>> byVehicle, long raisedCounter) {
    }

    private static Run run(List<Telemetry> input, PipelineSettings settings, boolean watermarkAfterEveryMessage)
            throws Exception {
        CollectingSink<VehicleAlarm> events = new CollectingSink<>();
        var sinks = PipelineSinks.builder().vehicleAlarms(PostgresSinks.vehicleAlarms(settings)).alarmEvents(events)
                .discardTheRest().build();
        var job = new TelemetryPipelineJob((env, watermarks) -> env.fromData(input, TypeInformation.of(Telemetry.class))
                .assignTimestampsAndWatermarks(watermarkAfterEveryMessage ? EveryMessageWatermarks.strategy(settings) : watermarks),
                sinks, settings);
        Configuration conf = settings.flinkConfiguration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        job.build(env);
        JobClient client = env.executeAsync(TelemetryPipelineJob.JOB_NAME);
        PipelineRun.awaitCompletion(client);
        return new Run(byVehicle(events.results()), PipelineRun.counter(METRICS, client, PipelineMetrics.ALARMS_RAISED));
    }

    /** Each vehicle's transitions in the order they were emitted (one subtask per vehicle keeps it). */
    private static Map<String, List<VehicleAlarm>> byVehicle(List<VehicleAlarm> alarms) {
        Map<String, List<VehicleAlarm>> out = new TreeMap<>();
        alarms.forEach(a -> out.computeIfAbsent(a.vin(), v -> new ArrayList<>()).add(a));
        return out;
    }

    /** The oracle: each vehicle's deduplicated messages folded through core's tracker, then event time runs out. */
    private static Map<String, List<VehicleAlarm>> expected(List<Telemetry> input, PipelineSettings settings) {
        AlarmTracker tracker = new AlarmTracker(settings.alarmRules());
        Map<String, AlarmMemory> memories = new LinkedHashMap<>();
        Map<String, List<VehicleAlarm>> out = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        for (Telemetry t : input) {
            if (seen.add(t.vin() + "/" + t.seq())) {
                AlarmTracker.Outcome o = tracker.onTelemetry(memories.get(t.vin()), t);
                memories.put(t.vin(), o.memory());
                out.computeIfAbsent(t.vin(), v -> new ArrayList<>()).addAll(o.transitions());
            }
        }
        memories.forEach((vin, m) -> out.computeIfAbsent(vin, v -> new ArrayList<>())
                .addAll(tracker.onEventTime(m, Instant.ofEpochMilli(Long.MAX_VALUE)).transitions()));
        return out;
    }

    private static long count(Map<String, List<VehicleAlarm>> alarms, AlarmState state) {
        return alarms.values().stream().flatMap(List::stream).filter(a -> a.state() == state).count();
    }

    static Instant minute(long m) {
        return T0.plus(Duration.ofMinutes(m));
    }

    /**
     * Four background vehicles and the four scripted ones, one message a minute for two hours, sent in event-time
     * order with a duplicate or two, as a producer would. The background keeps event time moving.
     */
    static List<Telemetry> scriptedFleet() {
        List<Telemetry> all = new ArrayList<>();
        for (int v = 1; v <= 4; v++) {
            for (int m = 0; m <= MINUTES; m++) {
                all.add(new Telemetry(vin(v), m, minute(m), VehicleSignals.builder().speedKmh(50.0).build()));
            }
        }
        for (int m = 0; m <= MINUTES; m++) {
            if (m <= 20 || m >= 45) {
                all.add(new Telemetry(SILENT, m, minute(m), VehicleSignals.NONE));
            }
            List<String> codes = m >= 5 && m < 80 ? List.of("P0301") : List.of();
            if (m >= 10 && m < 20) {
                codes = List.of("P0301", "P0420"); // ten minutes: no alarm
            }
            all.add(new Telemetry(FAULTY, m, minute(m), VehicleSignals.builder().dtcs(codes).build()));
            all.add(new Telemetry(PARKED, m, minute(m), m < 50
                    ? VehicleSignals.builder().batteryVoltage(11.5).engineRunning(false).build()
                    : VehicleSignals.builder().batteryVoltage(14.1).engineRunning(true).build()));
            all.add(new Telemetry(LATE, m, minute(m), VehicleSignals.builder().batteryVoltage(12.6)
                    .engineRunning(false).dtcs(List.of("C0750")).build()));
        }
        List<Telemetry> ordered = all.stream().sorted(Comparator.comparing(Telemetry::eventTime)).collect(
                Collectors.toCollection(ArrayList::new));
        // LATE's stale reading: a new seq, an event time 40 minutes old, a flat battery and no codes
        ordered.add(ordered.size() / 2, new Telemetry(LATE, 1_000, minute(20), VehicleSignals.builder()
                .batteryVoltage(10.9).engineRunning(false).dtcs(List.of()).build()));
        ordered.add(ordered.size() / 3, ordered.get(ordered.size() / 4)); // a redelivered message
        return ordered;
    }

    /** A vehicle_alarm row as the test compares it. */
    record AlarmRow(String vin, String type, String subject, Instant since, Instant raisedAt,
            Instant clearedAt, String detail, String clearedDetail) {

        static AlarmRow of(JsonNode row) {
            return new AlarmRow(row.get("vin").asText(), row.get("alarm_type").asText(),
                    row.get("subject").asText(), instant(row, "since"), instant(row, "raised_at"),
                    instant(row, "cleared_at"), row.get("detail").asText(),
                    row.get("cleared_detail").isNull() ? null : row.get("cleared_detail").asText());
        }

        static List<AlarmRow> expected(Map<String, List<VehicleAlarm>> alarms) {
            Map<String, AlarmRow> rows = new HashMap<>();
            alarms.values().stream().flatMap(List::stream).forEach(a -> {
                String key = a.vin() + a.type() + a.subject() + a.since();
                if (a.raised()) {
                    rows.put(key, new AlarmRow(a.vin(), a.type().name(), a.subject(), a.since(), a.at(),
                            null, a.detail(), null));
                } else {
                    AlarmRow r = rows.get(key);
                    rows.put(key, new AlarmRow(r.vin, r.type, r.subject, r.since, r.raisedAt, a.at(),
                            r.detail, a.detail()));
                }
            });
            return List.copyOf(rows.values());
        }

        private static Instant instant(JsonNode row, String column) {
            JsonNode value = row.get(column);
            return value == null || value.isNull() ? null : OffsetDateTime.parse(value.asText()).toInstant();
        }
    }
}
