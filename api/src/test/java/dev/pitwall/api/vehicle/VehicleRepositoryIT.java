package dev.pitwall.api.vehicle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SignedIn;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.TimeRange;
import dev.pitwall.core.health.HealthBand;
import dev.pitwall.core.health.HealthContribution;
import dev.pitwall.infra.TestDatabases;
import dev.pitwall.storage.SchemaMigrator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.json.JsonMapper;

/** The repository's SQL against a real PostgreSQL migrated by the storage module ({@link TestDatabases}). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VehicleRepositoryIT {

    static final Instant T0 = Instant.parse("2026-01-10T00:00:00Z");

    static final Caller OPERATOR = Caller.of("ops", Role.OPERATOR);

    JdbcClient jdbc;
    VehicleRepository repository;

    @BeforeAll
    void createAndFillDatabase() {
        String url = TestDatabases.createDatabase();
        SchemaMigrator.migrate(url, null, null);
        jdbc = JdbcClient.create(new DriverManagerDataSource(url));
        repository = new VehicleRepository(jdbc, JsonMapper.builder().build(), new VehicleAccess(jdbc));

        // inserted out of VIN order, so that ordering is the query's doing
        state("VIN00000000000005", 95, "GOOD", "[]");
        state("VIN00000000000001", 62, "FAIR",
                "[{\"rule\": \"battery.flat\", \"points\": -20, \"reason\": \"12 V battery 11.80 V at rest\"},"
                        + " {\"rule\": \"tire.low\", \"points\": -6, \"reason\": \"front left tire 190 kPa\"}]");
        state("VIN00000000000003", 35, "CRITICAL", "[]");
        state("VIN00000000000002", 70, "FAIR", "[]");
        state("VIN00000000000004", 88, "GOOD", "[]");

        for (int seq = 1; seq <= 10; seq++) { // one message a minute from T0
            telemetry("VIN00000000000001", seq, T0.plusSeconds(60L * (seq - 1)));
        }
        telemetry("VIN00000000000002", 1, T0.plusSeconds(30)); // another vehicle in the same window
        telemetry("VIN00000000000001", 11, Instant.parse("2025-06-01T00:00:00Z")); // far outside, default partition

        for (int seq = 1; seq <= 6; seq++) { // a point every 15 minutes
            jdbc.sql("INSERT INTO health_history (vin, seq, event_time, score, band, reasons) "
                            + "VALUES (:vin, :seq, :t, :score, :band, CAST(:reasons AS jsonb))")
                    .param("vin", "VIN00000000000001").param("seq", seq)
                    .param("t", T0.plusSeconds(900L * (seq - 1)).atOffset(ZoneOffset.UTC))
                    .param("score", 100 - seq).param("band", "GOOD")
                    .param("reasons", "[{\"rule\": \"dtc.low\", \"points\": -" + seq + ", \"reason\": \"P0420\"}]")
                    .update();
        }
    }

    @Test
    void pagesTheFleetInVinOrder() {
        Page<VehicleSummary> first = repository.findPage(OPERATOR, null, new PageQuery(0, 2));
        Page<VehicleSummary> last = repository.findPage(OPERATOR, null, new PageQuery(2, 2));

        assertThat(first.items()).extracting(VehicleSummary::vin)
                .containsExactly("VIN00000000000001", "VIN00000000000002");
        assertThat(last.items()).extracting(VehicleSummary::vin).containsExactly("VIN00000000000005");
        assertThat(first.totalItems()).isEqualTo(5);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(repository.findPage(OPERATOR, null, new PageQuery(3, 2)).items()).isEmpty();
    }

    @Test
    void filtersByHealthBand() {
        Page<VehicleSummary> fair = repository.findPage(OPERATOR, HealthBand.FAIR, new PageQuery(0, 20));

        assertThat(fair.items()).extracting(VehicleSummary::vin)
                .containsExactly("VIN00000000000001", "VIN00000000000002");
        assertThat(fair.items()).allSatisfy(v -> assertThat(v.healthBand()).isEqualTo(HealthBand.FAIR));
        assertThat(fair.totalItems()).isEqualTo(2);
        assertThat(repository.findPage(OPERATOR, HealthBand.POOR, new PageQuery(0, 20)).totalItems()).isZero();
    }

    @Test
    void mapsSummaryColumns() {
        VehicleSummary v = repository.findPage(OPERATOR, null, new PageQuery(0, 1)).items().get(0);

        assertThat(v.healthScore()).isEqualTo(62);
        assertThat(v.lastEventTime()).isEqualTo(T0);
        assertThat(v.odometerKm()).isEqualTo(1000.5);
        assertThat(v.fuelLevelPct()).isNull();
        assertThat(v.activeDtcs()).containsExactly("P0301", "P0420");
    }

    @Test
    void readsOneVehicleWithItsHealthReasons() {
        VehicleDetail v = repository.findByVin("VIN00000000000001").orElseThrow();

        assertThat(v.lastSeq()).isEqualTo(10);
        assertThat(v.batteryVoltage()).isEqualTo(11.8);
        assertThat(v.engineRunning()).isFalse();
        assertThat(v.tirePressuresKpa().frontLeft()).isEqualTo(190.0);
        assertThat(v.tirePressuresKpa().rearRight()).isNull();
        assertThat(v.battery()).isEqualTo(new Battery(11.8, 9.62));
        assertThat(v.oilLifePct()).isEqualTo(12.0);
        assertThat(v.brakePads()).isEqualTo(new BrakePads(81.0, null));
        assertThat(v.health().band()).isEqualTo(HealthBand.FAIR);
        assertThat(v.health().reasons()).containsExactly(
                new HealthContribution("battery.flat", -20, "12 V battery 11.80 V at rest"),
                new HealthContribution("tire.low", -6, "front left tire 190 kPa"));
        assertThat(repository.findByVin("VIN00000000000009")).isEmpty();
        assertThat(repository.exists(OPERATOR, "VIN00000000000001")).isTrue();
        assertThat(repository.exists(OPERATOR, "VIN00000000000009")).isFalse();
    }

    @Test
    void showsACallerWithoutVehicleRightsNothing() {
        Caller marketer = Caller.of("marketer", Role.MARKETER);
        Caller subscriberWithoutSubscriptions = Caller.of("sub-none", Role.SUBSCRIBER);

        for (Caller caller : List.of(marketer, subscriberWithoutSubscriptions)) {
            assertThat(repository.findPage(caller, null, new PageQuery(0, 20)).totalItems()).isZero();
            assertThat(repository.exists(caller, "VIN00000000000001")).isFalse();
        }
    }

    @Test
    void pagesTelemetryInRangeNewestFirst() {
        TimeRange range = new TimeRange(T0, T0.plusSeconds(600)); // seq 1..10

        Page<TelemetryPoint> first = repository.findTelemetry("VIN00000000000001", range, new PageQuery(0, 4));
        Page<TelemetryPoint> third = repository.findTelemetry("VIN00000000000001", range, new PageQuery(2, 4));

        assertThat(first.items()).extracting(TelemetryPoint::seq).containsExactly(10L, 9L, 8L, 7L);
        assertThat(third.items()).extracting(TelemetryPoint::seq).containsExactly(2L, 1L);
        assertThat(first.totalItems()).isEqualTo(10);
        assertThat(first.totalPages()).isEqualTo(3);
        assertThat(first.items().get(0).eventTime()).isEqualTo(T0.plusSeconds(540));
        assertThat(first.items().get(0).dtcs()).containsExactly("P0301");
        assertThat(first.items().get(0).speedKmh()).isEqualTo(50.0);
    }

    @Test
    void readsWearSignalsOfTelemetryAndNullsWhereAMessageHadNone() {
        TimeRange range = new TimeRange(T0, T0.plusSeconds(600)); // seq 1..10, seq 10 carries no wear signals

        List<TelemetryPoint> items = repository.findTelemetry("VIN00000000000001", range, new PageQuery(0, 2)).items();

        TelemetryPoint without = items.get(0);
        TelemetryPoint with = items.get(1);
        assertThat(without.seq()).isEqualTo(10);
        assertThat(without.battery()).isEqualTo(new Battery(null, null));
        assertThat(without.oilLifePct()).isNull();
        assertThat(without.brakePads()).isEqualTo(new BrakePads(null, null));
        assertThat(with.seq()).isEqualTo(9);
        assertThat(with.battery()).isEqualTo(new Battery(12.6, 10.09));
        assertThat(with.oilLifePct()).isEqualTo(91.0);
        assertThat(with.brakePads()).isEqualTo(new BrakePads(19.0, 100.0));
    }

    @Test
    void treatsTheRangeAsHalfOpen() {
        // [T0+60s, T0+180s) holds seq 2 and 3 but not 4 at T0+180s
        Page<TelemetryPoint> page = repository.findTelemetry("VIN00000000000001",
                new TimeRange(T0.plusSeconds(60), T0.plusSeconds(180)), new PageQuery(0, 20));

        assertThat(page.items()).extracting(TelemetryPoint::seq).containsExactly(3L, 2L);
    }

    @Test
    void readsOldTelemetryWhicheverPartitionHoldsIt() {
        Page<TelemetryPoint> page = repository.findTelemetry("VIN00000000000001",
                new TimeRange(Instant.parse("2025-05-31T00:00:00Z"), Instant.parse("2025-06-02T00:00:00Z")),
                new PageQuery(0, 20));

        assertThat(page.items()).extracting(TelemetryPoint::seq).containsExactly(11L);
    }

    @Test
    void returnsTheNewestHealthPointsWithinTheRange() {
        TimeRange range = new TimeRange(T0, T0.plusSeconds(3600)); // points 1..4 (5 is at exactly +3600 s)

        List<HealthPoint> newestFirst = repository.findHealthHistory("VIN00000000000001", range, 3);

        assertThat(newestFirst).extracting(HealthPoint::seq).containsExactly(4L, 3L, 2L);
        assertThat(newestFirst.get(0).score()).isEqualTo(96);
        assertThat(newestFirst.get(0).reasons()).containsExactly(new HealthContribution("dtc.low", -4, "P0420"));
    }

    @Test
    void serviceReturnsHistoryOldestFirstAndSaysWhenItWasCut() {
        SignedIn.as("ops", Role.OPERATOR);
        VehicleService service = new VehicleService(repository, vin -> repository.exists(OPERATOR, vin),
                new VehicleAccess(jdbc));
        TimeRange range = new TimeRange(T0, T0.plusSeconds(86_400));

        HealthHistory cut = service.healthHistory("VIN00000000000001", range, 4).orElseThrow();
        HealthHistory whole = service.healthHistory("VIN00000000000001", range, 6).orElseThrow();

        assertThat(cut.points()).extracting(HealthPoint::seq).containsExactly(3L, 4L, 5L, 6L);
        assertThat(cut.truncated()).isTrue();
        assertThat(whole.points()).hasSize(6);
        assertThat(whole.truncated()).isFalse();
        assertThat(service.healthHistory("VIN00000000000009", range, 4)).isEmpty();
    }

    @Test
    void aSubscriberReadsTheVehiclesHistoryFromTheFirstDayOfTheirSubscriptionOnly() {
        // the vehicle changed hands: the new subscriber's term starts on T0's day; what it sent in 2025 was the last
        // subscriber's drive
        String vin = "WVWZZZCDZLW400001";
        telemetry(vin, 1, Instant.parse("2025-06-01T00:00:00Z"));
        telemetry(vin, 2, T0);
        telemetry(vin, 3, T0.plusSeconds(60));
        for (Instant t : List.of(Instant.parse("2025-06-01T00:00:00Z"), T0.plusSeconds(900))) {
            jdbc.sql("INSERT INTO health_history (vin, seq, event_time, score, band, reasons) "
                            + "VALUES (:vin, :seq, :t, 90, 'GOOD', '[]')")
                    .param("vin", vin).param("seq", t.getEpochSecond()).param("t", t.atOffset(ZoneOffset.UTC))
                    .update();
        }
        jdbc.sql("INSERT INTO subscriber (subscriber_id, display_name, email) VALUES ('sub-next', 'N', 'n@b.c')")
                .update();
        jdbc.sql("INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status) "
                        + "VALUES (gen_random_uuid(), 'sub-next', :vin, 'basic', DATE '2026-01-10', CURRENT_DATE + 365, "
                        + "'ACTIVE')")
                .param("vin", vin).update();
        VehicleService service = new VehicleService(repository, v -> true, new VehicleAccess(jdbc));
        TimeRange wide = new TimeRange(Instant.parse("2025-01-01T00:00:00Z"), T0.plusSeconds(86_400));

        SignedIn.as("ops", Role.OPERATOR);
        assertThat(service.telemetry(vin, wide, new PageQuery(0, 50)).orElseThrow().items())
                .extracting(TelemetryPoint::seq).containsExactly(3L, 2L, 1L);
        assertThat(service.healthHistory(vin, wide, 10).orElseThrow().points()).hasSize(2);

        SignedIn.as("sub-next", Role.SUBSCRIBER);
        assertThat(service.telemetry(vin, wide, new PageQuery(0, 50)).orElseThrow().items())
                .extracting(TelemetryPoint::seq).containsExactly(3L, 2L);
        HealthHistory history = service.healthHistory(vin, wide, 10).orElseThrow();
        assertThat(history.from()).isEqualTo(T0); // the answer says where the subscriber's view begins
        assertThat(history.points()).extracting(HealthPoint::eventTime).containsExactly(T0.plusSeconds(900));
        TimeRange before = new TimeRange(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-12-31T00:00:00Z"));
        assertThat(service.telemetry(vin, before, new PageQuery(0, 50)).orElseThrow().items()).isEmpty();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    private void state(String vin, int score, String band, String reasons) {
        jdbc.sql("INSERT INTO vehicle_state (vin, last_seq, last_event_time, odometer_km, battery_voltage, "
                        + "engine_running, tire_fl_kpa, active_dtcs, cranking_voltage, oil_life_pct, "
                        + "brake_pad_wear_front_pct, health_score, health_band, health_reasons) "
                        + "VALUES (:vin, 10, :t, 1000.5, 11.8, false, 190, ARRAY['P0301', 'P0420'], 9.62, 12, 81, "
                        + ":score, :band, CAST(:reasons AS jsonb))")
                .param("vin", vin).param("t", T0.atOffset(ZoneOffset.UTC))
                .param("score", score).param("band", band).param("reasons", reasons)
                .update();
    }

    /** A message at {@code eventTime}; all but seq 10 carry the wear signals, with values derived from seq. */
    private void telemetry(String vin, long seq, Instant eventTime) {
        jdbc.sql("INSERT INTO telemetry (vin, seq, event_time, speed_kmh, dtcs, battery_voltage, cranking_voltage, "
                        + "oil_life_pct, brake_pad_wear_front_pct, brake_pad_wear_rear_pct) "
                        + "VALUES (:vin, :seq, :t, 50.0, ARRAY['P0301'], :battery, :cranking, :oil, :front, :rear)")
                .param("vin", vin).param("seq", seq).param("t", eventTime.atOffset(ZoneOffset.UTC))
                .param("battery", seq == 10 ? null : 12.6)
                .param("cranking", seq == 10 ? null : (1000 + seq) / 100.0)
                .param("oil", seq == 10 ? null : 100.0 - seq)
                .param("front", seq == 10 ? null : 10.0 + seq)
                .param("rear", seq == 10 ? null : 100.0)
                .update();
    }
}
