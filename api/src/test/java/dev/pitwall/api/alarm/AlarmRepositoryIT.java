package dev.pitwall.api.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.SignedIn;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.vehicle.KnownVehicles;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.core.alarm.AlarmType;
import dev.pitwall.infra.TestDatabases;
import dev.pitwall.storage.SchemaMigrator;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The repository's SQL, and the service on top of it, against a real PostgreSQL migrated by the storage module. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlarmRepositoryIT {

    static final Instant T0 = Instant.parse("2026-01-10T00:00:00Z");
    static final String VIN = "VIN00000000000001";
    static final String OTHER_VIN = "VIN00000000000002";
    static final String QUIET_VIN = "VIN00000000000003"; // known, never alarmed
    static final String BUSY_VIN = "VIN00000000000004"; // years of nightly offline alarms, for the plans
    static final int FLEET_SIZE = 200; // other vehicles with ten cleared alarms each, for the plans

    static final Caller OPERATOR = Caller.of("ops", Role.OPERATOR);

    JdbcClient jdbc;
    AlarmRepository repository;
    AlarmService service;

    @BeforeAll
    void createAndFillDatabase() {
        String url = TestDatabases.createDatabase();
        SchemaMigrator.migrate(url, null, null);
        jdbc = JdbcClient.create(new DriverManagerDataSource(url));
        repository = new AlarmRepository(jdbc, new VehicleAccess(jdbc));
        KnownVehicles known = Set.of(VIN, OTHER_VIN, QUIET_VIN, BUSY_VIN)::contains;
        service = new AlarmService(repository, known);

        // VIN: offline and cleared, a code still active, the battery active; OTHER_VIN: a code cleared, offline active
        insert(VIN, "VEHICLE_OFFLINE", "", T0, Duration.ofMinutes(10), Duration.ofMinutes(25));
        insert(VIN, "DTC_PERSISTENT", "P0301", T0.plus(Duration.ofHours(1)), Duration.ofHours(1), null);
        insert(VIN, "BATTERY_LOW_PARKED", "", T0.minus(Duration.ofHours(2)), Duration.ofHours(6), null);
        insert(OTHER_VIN, "DTC_PERSISTENT", "P0420", T0, Duration.ofHours(1), Duration.ofHours(2));
        insert(OTHER_VIN, "VEHICLE_OFFLINE", "", T0.plus(Duration.ofHours(3)), Duration.ofMinutes(10), null);
        // same raise time as VIN's code: the identity breaks the tie
        insert(OTHER_VIN, "DTC_PERSISTENT", "C0750", T0.plus(Duration.ofHours(1)), Duration.ofHours(1), null);

        jdbc.sql("""
                INSERT INTO vehicle_alarm (vin, alarm_type, subject, since, raised_at, cleared_at, detail, cleared_detail)
                SELECT :vin, 'VEHICLE_OFFLINE', '', since, since + interval '10 minutes', since + interval '8 hours',
                       'no telemetry', 'telemetry again'
                FROM generate_series(CAST(:t0 AS timestamptz) - interval '1000 days', CAST(:t0 AS timestamptz)
                                     - interval '1 day', interval '1 day') since""")
                .param("vin", BUSY_VIN).param("t0", T0.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("""
                INSERT INTO vehicle_alarm (vin, alarm_type, subject, since, raised_at, cleared_at, detail, cleared_detail)
                SELECT 'FLT' || lpad(v::text, 14, '0'), 'VEHICLE_OFFLINE', '', since,
                       since + interval '10 minutes', since + interval '2 hours', 'no telemetry', 'telemetry again'
                FROM generate_series(1, :vehicles) v, generate_series(1, 10) n,
                     LATERAL (SELECT CAST(:t0 AS timestamptz) - n * interval '3 days' AS since) s""")
                .param("vehicles", FLEET_SIZE).param("t0", T0.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("ANALYZE vehicle_alarm").update();
    }

    @Test
    void listsTheFleetsActiveAlarmsNewestRaisedFirst() {
        Page<Alarm> active = repository.findPage(OPERATOR, null, new AlarmQuery(true, null), new PageQuery(0, 20));

        assertThat(active.items()).extracting(Alarm::vin, Alarm::type, Alarm::subject).containsExactly(
                tuple(VIN, AlarmType.BATTERY_LOW_PARKED, ""),        // raised T0 + 4 h
                tuple(OTHER_VIN, AlarmType.VEHICLE_OFFLINE, ""),     // T0 + 3 h 10 min
                tuple(VIN, AlarmType.DTC_PERSISTENT, "P0301"),       // T0 + 2 h, the lower VIN first
                tuple(OTHER_VIN, AlarmType.DTC_PERSISTENT, "C0750")); // T0 + 2 h
        assertThat(active.totalItems()).isEqualTo(4);
        assertThat(active.items()).allSatisfy(a -> {
            assertThat(a.active()).isTrue();
            assertThat(a.clearedAt()).isNull();
            assertThat(a.clearedDetail()).isNull();
        });
    }

    @Test
    void readsEveryColumnOfAClearedAlarm() {
        Page<Alarm> cleared = repository.findPage(OPERATOR, VIN, new AlarmQuery(false, null), new PageQuery(0, 20));

        assertThat(cleared.items()).singleElement().isEqualTo(new Alarm(VIN, AlarmType.VEHICLE_OFFLINE, "", false, T0,
                T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(25)), "VEHICLE_OFFLINE raised",
                "VEHICLE_OFFLINE cleared"));
    }

    @Test
    void filtersByTypeAndPagesWithoutOverlap() {
        AlarmQuery codes = new AlarmQuery(null, AlarmType.DTC_PERSISTENT);
        Page<Alarm> first = repository.findPage(OPERATOR, null, codes, new PageQuery(0, 2));
        Page<Alarm> second = repository.findPage(OPERATOR, null, codes, new PageQuery(1, 2));

        assertThat(first.items()).extracting(Alarm::subject).containsExactly("P0301", "C0750");
        assertThat(second.items()).extracting(Alarm::subject).containsExactly("P0420");
        assertThat(first.totalItems()).isEqualTo(3);
        assertThat(first.totalPages()).isEqualTo(2);
        assertThat(repository.findPage(OPERATOR, null, codes, new PageQuery(2, 2)).items()).isEmpty();
    }

    @Test
    void showsASubscriberOnlyTheAlarmsOfTheVehiclesTheyOwn() {
        String owned = "WVWZZZCDZLW300001";
        String others = "WVWZZZCDZLW300002";
        // cleared battery alarms: invisible to the other tests' filters
        insert(owned, "BATTERY_LOW_PARKED", "", T0, Duration.ofHours(6), Duration.ofHours(8));
        insert(others, "BATTERY_LOW_PARKED", "", T0, Duration.ofHours(6), Duration.ofHours(8));
        // raised and cleared in December, before this subscriber's term began: the previous subscriber's
        Instant december = Instant.parse("2025-12-01T00:00:00Z");
        insert(owned, "BATTERY_LOW_PARKED", "", december, Duration.ofHours(6), Duration.ofHours(8));
        jdbc.sql("INSERT INTO subscriber (subscriber_id, display_name, email) VALUES ('sub-alarms', 'A', 'a@b.c')")
                .update();
        jdbc.sql("INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status) "
                + "VALUES (gen_random_uuid(), 'sub-alarms', :vin, 'basic', DATE '2026-01-01', CURRENT_DATE + 365, "
                + "'ACTIVE')").param("vin", owned).update();
        Caller subscriber = Caller.of("sub-alarms", Role.SUBSCRIBER);
        AlarmQuery all = new AlarmQuery(null, null);

        assertThat(repository.findPage(subscriber, null, all, new PageQuery(0, 20)).items())
                .extracting(Alarm::vin, Alarm::since).containsExactly(org.assertj.core.groups.Tuple.tuple(owned, T0));
        assertThat(repository.findPage(OPERATOR, owned, all, new PageQuery(0, 20)).totalItems()).isEqualTo(2);
        assertThat(repository.findPage(subscriber, others, all, new PageQuery(0, 20)).totalItems()).isZero();
        assertThat(repository.findPage(Caller.of("marketer", Role.MARKETER), null, all, new PageQuery(0, 20))
                .totalItems()).isZero();
    }

    @Test
    void serviceAnswersKnownVehiclesWithTheirAlarmsAndUnknownOnesWithNothing() {
        SignedIn.as("ops", Role.OPERATOR);
        AlarmQuery all = new AlarmQuery(null, null);

        assertThat(service.vehicle(VIN, all, new PageQuery(0, 20)).orElseThrow().items()).hasSize(3)
                .allSatisfy(a -> assertThat(a.vin()).isEqualTo(VIN));
        assertThat(service.vehicle(QUIET_VIN, all, new PageQuery(0, 20)).orElseThrow().totalItems()).isZero();
        assertThat(service.vehicle("VIN00000000000009", all, new PageQuery(0, 20))).isEmpty();
        assertThat(service.fleet(new AlarmQuery(true, AlarmType.BATTERY_LOW_PARKED), new PageQuery(0, 20)).items())
                .extracting(Alarm::vin).containsExactly(VIN);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void activeAndPerVehicleQueriesWalkTheirIndexes() {
        String active = plan("EXPLAIN SELECT " + AlarmRepository.COLUMNS + " FROM vehicle_alarm"
                + AlarmRepository.where(null, new AlarmQuery(true, null)) + AlarmRepository.ORDER + " LIMIT 20", null);
        String vehicle = plan("EXPLAIN SELECT " + AlarmRepository.COLUMNS + " FROM vehicle_alarm"
                + AlarmRepository.where(BUSY_VIN, new AlarmQuery(null, null)) + AlarmRepository.ORDER + " LIMIT 20",
                BUSY_VIN);

        assertThat(active).contains("vehicle_alarm_active_idx").doesNotContain("Seq Scan");
        assertThat(vehicle).contains("vehicle_alarm_vin_time_idx").doesNotContain("Seq Scan");
    }

    private String plan(String explain, String vin) {
        JdbcClient.StatementSpec spec = jdbc.sql(explain);
        if (vin != null) {
            spec = spec.param("vin", vin);
        }
        return String.join("\n", spec.query(String.class).list());
    }

    private void insert(String vin, String type, String subject, Instant since, Duration after, Duration clearedAfter) {
        jdbc.sql("INSERT INTO vehicle_alarm (vin, alarm_type, subject, since, raised_at, cleared_at, detail, "
                        + "cleared_detail) VALUES (:vin, :type, :subject, :since, :raised, :cleared, :detail, :clearedDetail)")
                .param("vin", vin).param("type", type).param("subject", subject)
                .param("since", since.atOffset(ZoneOffset.UTC))
                .param("raised", since.plus(after).atOffset(ZoneOffset.UTC))
                .param("cleared", clearedAfter == null ? null : since.plus(clearedAfter).atOffset(ZoneOffset.UTC),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("detail", type + " raised")
                .param("clearedDetail", clearedAfter == null ? null : type + " cleared", java.sql.Types.VARCHAR)
                .update();
    }
}
