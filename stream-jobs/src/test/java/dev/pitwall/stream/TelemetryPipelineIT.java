package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.core.alarm.AlarmType;
import dev.pitwall.core.alarm.VehicleAlarm;
import dev.pitwall.core.dtc.DtcCatalog;
import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.health.HealthRules;
import dev.pitwall.core.health.HealthScorer;
import dev.pitwall.core.health.VehicleState;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.InMemoryReporter;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pipeline end to end on a MiniCluster (parallelism 2) with a real Kafka broker and a real PostgreSQL
 * database: a fleet's telemetry with duplicates, out-of-order messages and one undecodable record in, and
 * exactly the right rows, states, history and events out.
 */
class TelemetryPipelineIT {

    static final InMemoryReporter METRICS = InMemoryReporter.createWithRetainedMetrics();

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setConfiguration(METRICS.addToConfiguration(new Configuration()))
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(PipelineRun.PARALLELISM)
            .build());

    static final List<Telemetry> INPUT = withWearSignals(TelemetryFixtures.fleet(50, 60, 42));
    static final String ALARM_TOPIC = TestKafka.uniqueTopic(Topics.VEHICLE_ALARMS.name());
    static final ExpectedPipelineOutput EXPECTED = ExpectedPipelineOutput.of(INPUT);
    static PipelineTables db;
    static JobClient job;

    /**
     * Runs the job once for all tests of this class. Not in {@code @BeforeAll}: the extension points
     * {@code StreamExecutionEnvironment} at its MiniCluster only around each test.
     */
    @BeforeEach
    void runPipelineOnce() throws Exception {
        if (job != null) {
            return;
        }
        TestKafka.createTopics(Topics.TELEMETRY.name(), Topics.VEHICLE_HEALTH.name());
        TestKafka.produce(Topics.TELEMETRY.name(), INPUT.subList(0, INPUT.size() / 2));
        TestKafka.produceRaw(Topics.TELEMETRY.name(), TelemetryFixtures.vin(3),
                "{\"v\":1,\"vin\":\"not a vin\"}".getBytes(StandardCharsets.UTF_8));
        TestKafka.produce(Topics.TELEMETRY.name(), INPUT.subList(INPUT.size() / 2, INPUT.size()));
        db = PipelineTables.createMigrated();

        long start = System.nanoTime();
        job = new PipelineRun(Topics.TELEMETRY.name(), Topics.VEHICLE_HEALTH.name(), db.url)
                .with("--checkpoint-interval", "1 s")
                .alarmTopic(ALARM_TOPIC)
                .start();
        PipelineRun.awaitCompletion(job);
        System.out.printf("pipeline run took %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void inputHasDuplicatesAndOutOfOrderMessagesAcrossFiftyVehicles() {
        assertThat(INPUT).hasSizeGreaterThan(3000);
        assertThat(EXPECTED.duplicates).isGreaterThan(100);
        assertThat(EXPECTED.vehicleStates).hasSize(50);
        assertThat(INPUT).anyMatch(t -> t.signals().crankingVoltage() != null)
                .anyMatch(t -> t.signals().crankingVoltage() == null)
                .anyMatch(t -> t.signals().oilLifeRemainingPct() != null)
                .anyMatch(t -> t.signals().oilLifeRemainingPct() == null);
        System.out.printf("database: %s; %d messages, %d distinct, %d recorded assessments%n",
                TestDatabases.describe(), INPUT.size(), EXPECTED.telemetryByKey.size(), EXPECTED.recorded.size());
    }

    @Test
    void storesEachDistinctMessageExactlyOnce() {
        assertThat(db.count("telemetry")).isEqualTo(EXPECTED.telemetryByKey.size());
        assertThat(db.telemetryKeys()).isEqualTo(EXPECTED.telemetryByKey.keySet());
    }

    @Test
    void storesEverySignalOfAMessage() {
        for (JsonNode row : db.telemetry()) {
            Telemetry t = EXPECTED.telemetryByKey.get(ExpectedPipelineOutput.key(row.get("vin").asText(),
                    row.get("seq").asLong()));
            var s = t.signals();
            assertThat(OffsetDateTime.parse(row.get("event_time").asText()).toInstant()).isEqualTo(t.eventTime());
            assertThat(doubleOrNull(row, "odometer_km")).isEqualTo(s.odometerKm());
            assertThat(doubleOrNull(row, "speed_kmh")).isEqualTo(s.speedKmh());
            assertThat(doubleOrNull(row, "heading_deg")).isEqualTo(s.headingDeg());
            assertThat(doubleOrNull(row, "coolant_temp_c")).isEqualTo(s.coolantTempC());
            assertThat(doubleOrNull(row, "battery_voltage")).isEqualTo(s.batteryVoltage());
            assertThat(doubleOrNull(row, "ambient_temp_c")).isEqualTo(s.ambientTempC());
            assertThat(doubleOrNull(row, "tire_rr_kpa")).isEqualTo(s.tirePressureRearRightKpa());
            assertThat(row.get("engine_running").isNull() ? null : row.get("engine_running").asBoolean())
                    .isEqualTo(s.engineRunning());
            assertThat(stringsOrNull(row, "dtcs")).isEqualTo(s.dtcs());
            assertThat(doubleOrNull(row, "cranking_voltage")).isEqualTo(s.crankingVoltage());
            assertThat(doubleOrNull(row, "brake_pad_wear_front_pct")).isEqualTo(s.brakePadWearFrontPct());
            assertThat(doubleOrNull(row, "brake_pad_wear_rear_pct")).isEqualTo(s.brakePadWearRearPct());
            assertThat(doubleOrNull(row, "oil_life_pct")).isEqualTo(s.oilLifeRemainingPct());
        }
    }

    @Test
    void keepsOneStateRowPerVehicleWithItsNewestState() {
        List<JsonNode> rows = db.vehicleState();
        assertThat(rows).hasSize(EXPECTED.vehicleStates.size());
        for (JsonNode row : rows) {
            VehicleState stored = stateOf(row);
            assertThat(stored).isEqualTo(EXPECTED.vehicleStates.get(stored.vin()).state());
        }
    }

    @Test
    void storesTheHealthHealthScorerGivesTheStoredState() {
        HealthScorer scorer = new HealthScorer(HealthRules.DEFAULTS, DtcCatalog.load());
        for (JsonNode row : db.vehicleState()) {
            HealthAssessment health = scorer.assess(stateOf(row));
            assertThat(row.get("health_score").asInt()).isEqualTo(health.score());
            assertThat(row.get("health_band").asText()).isEqualTo(health.band().name());
            assertThat(row.get("health_reasons")).isEqualTo(PipelineTables.JSON.valueToTree(health.contributions()));
        }
    }

    @Test
    void recordsTheAssessmentsTheHistoryPolicyKeeps() {
        List<JsonNode> rows = db.healthHistory();
        assertThat(rows).isNotEmpty().hasSize(EXPECTED.recorded.size());
        Set<String> keys = new HashSet<>();
        for (JsonNode row : rows) {
            keys.add(ExpectedPipelineOutput.key(row.get("vin").asText(), row.get("seq").asLong()));
        }
        assertThat(keys).isEqualTo(EXPECTED.recordedKeys());
        assertThat(EXPECTED.recorded.size()).as("the policy thins history out")
                .isLessThan(EXPECTED.telemetryByKey.size());
    }

    @Test
    void publishesRecordedAssessmentsToVehicleHealthTopicKeyedByVin() {
        List<ConsumerRecord<byte[], byte[]>> records = TestKafka.readAll(Topics.VEHICLE_HEALTH.name());
        List<HealthAssessment> published = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            HealthAssessment assessment = Topics.VEHICLE_HEALTH.valueFormat().decode(record.value());
            assertThat(Topics.VEHICLE_HEALTH.keyFormat().decode(record.key())).isEqualTo(assessment.vin());
            published.add(assessment);
        }
        assertThat(published).containsExactlyInAnyOrderElementsOf(EXPECTED.recorded);
    }

    @Test
    void writesEveryAlarmTransitionToTheTableAndTheTopicKeyedByVin() {
        List<VehicleAlarm> published = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : TestKafka.readAll(ALARM_TOPIC)) {
            VehicleAlarm alarm = Topics.VEHICLE_ALARMS.valueFormat().decode(record.value());
            assertThat(Topics.VEHICLE_ALARMS.keyFormat().decode(record.key())).isEqualTo(alarm.vin());
            published.add(alarm);
        }
        Set<String> raised = new HashSet<>();
        Set<String> cleared = new HashSet<>();
        for (VehicleAlarm a : published) {
            (a.raised() ? raised : cleared).add(a.vin() + "/" + a.type() + "/" + a.subject() + "/" + a.since());
        }
        Set<String> rows = new HashSet<>();
        Set<String> clearedRows = new HashSet<>();
        for (JsonNode row : db.vehicleAlarms()) {
            String key = row.get("vin").asText() + "/" + row.get("alarm_type").asText() + "/"
                    + row.get("subject").asText() + "/" + OffsetDateTime.parse(row.get("since").asText()).toInstant();
            rows.add(key);
            if (!row.get("cleared_at").isNull()) {
                clearedRows.add(key);
            }
        }

        assertThat(rows).isEqualTo(raised);
        assertThat(clearedRows).isEqualTo(cleared);
        assertThat(published).as("when the input ends, event time runs out and every vehicle goes offline")
                .filteredOn(a -> a.type() == AlarmType.VEHICLE_OFFLINE && a.raised())
                .extracting(VehicleAlarm::vin).hasSameElementsAs(EXPECTED.vehicleStates.keySet());
        assertThat(PipelineRun.counter(METRICS, job, PipelineMetrics.ALARMS_RAISED)).isEqualTo(raised.size());
        assertThat(PipelineRun.counter(METRICS, job, PipelineMetrics.ALARMS_CLEARED)).isEqualTo(cleared.size());
    }

    @Test
    void countsDecodedUndecodableDuplicateAndAssessedMessages() {
        assertThat(PipelineRun.counter(METRICS, job, PipelineMetrics.TELEMETRY_DECODED)).isEqualTo(INPUT.size());
        assertThat(PipelineRun.counter(METRICS, job, PipelineMetrics.TELEMETRY_UNDECODABLE)).isEqualTo(1);
        assertThat(PipelineRun.counter(METRICS, job, PipelineMetrics.DUPLICATES_DROPPED)).isEqualTo(EXPECTED.duplicates);
        assertThat(PipelineRun.counter(METRICS, job, PipelineMetrics.BEYOND_DEDUP_WINDOW)).isZero();
        assertThat(PipelineRun.counter(METRICS, job, PipelineMetrics.HEALTH_ASSESSMENTS_RECORDED))
                .isEqualTo(EXPECTED.recorded.size());
        assertThat(PipelineRun.counter(METRICS, job, PipelineMetrics.HEALTH_ASSESSMENTS))
                .isGreaterThanOrEqualTo(EXPECTED.recorded.size()).isLessThan(EXPECTED.telemetryByKey.size());
    }

    static VehicleState stateOf(JsonNode r) {
        return new VehicleState(r.get("vin").asText(), r.get("last_seq").asLong(),
                OffsetDateTime.parse(r.get("last_event_time").asText()).toInstant(),
                doubleOrNull(r, "odometer_km"), doubleOrNull(r, "speed_kmh"), doubleOrNull(r, "latitude"),
                doubleOrNull(r, "longitude"), doubleOrNull(r, "fuel_level_pct"), doubleOrNull(r, "coolant_temp_c"),
                doubleOrNull(r, "battery_voltage"),
                r.get("engine_running").isNull() ? null : r.get("engine_running").asBoolean(),
                doubleOrNull(r, "engine_rpm"), doubleOrNull(r, "engine_hours"), doubleOrNull(r, "tire_fl_kpa"),
                doubleOrNull(r, "tire_fr_kpa"), doubleOrNull(r, "tire_rl_kpa"), doubleOrNull(r, "tire_rr_kpa"),
                stringsOrNull(r, "active_dtcs"), doubleOrNull(r, "cranking_voltage"),
                doubleOrNull(r, "brake_pad_wear_front_pct"), doubleOrNull(r, "brake_pad_wear_rear_pct"),
                doubleOrNull(r, "oil_life_pct"));
    }

    /**
     * The fleet with the wear signals as a device sends them: the cranking voltage in most messages, pad wear and
     * oil life in every third, oil life reaching 0 and front pads 100 (the ends of their ranges). Derived from
     * {@code seq} alone, so a duplicate still equals its original.
     */
    static List<Telemetry> withWearSignals(List<Telemetry> fleet) {
        return fleet.stream().map(t -> {
            var signals = t.signals().toBuilder();
            if (t.seq() % 4 != 3) {
                signals.crankingVoltage(9.6 + t.seq() % 10 / 10.0);
            }
            if (t.seq() % 3 == 0) {
                signals.brakePadWearFrontPct(Math.min(100.0, 50.0 + t.seq()))
                        .brakePadWearRearPct(20.0 + t.seq() / 2)
                        .oilLifeRemainingPct(Math.max(0.0, 50.0 - t.seq()));
            }
            return new Telemetry(t.vin(), t.seq(), t.eventTime(), signals.build());
        }).toList();
    }

    static Double doubleOrNull(JsonNode row, String column) {
        JsonNode value = row.get(column);
        return value == null || value.isNull() ? null : value.asDouble();
    }

    static List<String> stringsOrNull(JsonNode row, String column) {
        JsonNode value = row.get(column);
        if (value == null || value.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        value.forEach(v -> out.add(v.asText()));
        return out;
    }
}
