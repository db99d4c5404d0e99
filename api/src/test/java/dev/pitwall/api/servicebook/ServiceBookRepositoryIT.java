package dev.pitwall.api.servicebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.api.outbox.OutboxWriter;
import dev.pitwall.api.servicebook.ServiceBookRepository.StoredRecord;
import dev.pitwall.core.servicebook.ItemState;
import dev.pitwall.core.servicebook.RecordedService;
import dev.pitwall.core.servicebook.ServiceBasis;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceRecord;
import dev.pitwall.core.servicebook.ServiceRecordRules;
import dev.pitwall.core.servicebook.ServiceSchedules;
import dev.pitwall.core.servicebook.VehicleReading;
import dev.pitwall.core.topic.Topics;
import dev.pitwall.infra.TestDatabases;
import dev.pitwall.storage.SchemaMigrator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The V7 schema (service_record, vehicle_first_report and its trigger), the repository's SQL, and the service on
 * top of both with real transactions, against a real PostgreSQL migrated by the storage module.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceBookRepositoryIT {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant NOW = Instant.parse("2026-01-31T08:00:00Z");
    static final String VIN = "WVWZZZCDZLW000001"; // Golf, model year 2020
    static final String OTHER_VIN = "WVWZZZCDZLW000002";
    static final String LATE_ODOMETER_VIN = "WVWZZZCDZLW000003"; // first state without odometer or engine hours
    static final String BUSY_VIN = "WVWZZZCDZLW000004"; // years of records, for the plans
    static final String SERVICE_VIN = "WVWZZZCDZLW000005"; // for the service tests
    static final String OUTBOX_VIN = "WVWZZZCDZLW000006"; // for the outbox rows of recorded services

    JdbcClient jdbc;
    JdbcServiceBookRepository repository;
    ServiceBookService service;

    @BeforeAll
    void createAndFillDatabase() {
        String url = TestDatabases.createDatabase();
        SchemaMigrator.migrate(url, null, null);
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url);
        jdbc = JdbcClient.create(dataSource);
        repository = new JdbcServiceBookRepository(jdbc, new OutboxWriter(jdbc));
        ServiceBookProperties properties = new ServiceBookProperties(50, 500, 500, 24, Duration.ofMinutes(5),
                Duration.ofDays(7), null);
        service = new ServiceBookService(repository,
                vin -> jdbc.sql("SELECT EXISTS (SELECT 1 FROM vehicle_state WHERE vin = :vin)").param("vin", vin)
                        .query(Boolean.class).single(),
                ServiceSchedules.builtIn(), new ServiceRecordRules(500, 24, Duration.ofMinutes(5)), properties,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                Clock.fixed(NOW, ZoneOffset.UTC));

        state(VIN, 1, T0, 10_000.0, 200.0);
        state(VIN, 50, NOW.minus(Duration.ofHours(1)), 48_211.4, 1_532.2); // an ordinary later upsert
        state(OTHER_VIN, 1, T0, 5_000.0, 100.0);
        state(LATE_ODOMETER_VIN, 1, T0, null, null);
        state(LATE_ODOMETER_VIN, 2, T0.plus(Duration.ofMinutes(1)), 7_000.0, null);
        state(LATE_ODOMETER_VIN, 3, T0.plus(Duration.ofMinutes(2)), 7_001.0, 150.0);
        state(LATE_ODOMETER_VIN, 4, T0.plus(Duration.ofMinutes(3)), 7_002.0, 150.1);
        state(SERVICE_VIN, 1, T0, 10_000.0, 200.0);
        state(SERVICE_VIN, 2, NOW.minus(Duration.ofHours(1)), 48_211.4, 1_532.2);
        state(OUTBOX_VIN, 1, NOW.minus(Duration.ofHours(1)), 48_211.4, 1_532.2);

        // VIN's records: two oil services, one tyre rotation; OTHER_VIN's must never show up
        insert(VIN, ServiceItem.OIL_SERVICE, "2026-01-05T10:00:00Z", 11_000, 250.0);
        insert(VIN, ServiceItem.OIL_SERVICE, "2026-01-20T10:00:00Z", 30_000, 900.0);
        insert(VIN, ServiceItem.TIRE_ROTATION, "2026-01-20T10:00:00Z", 30_000, 900.0);
        insert(OTHER_VIN, ServiceItem.OIL_SERVICE, "2026-01-25T10:00:00Z", 6_000, 120.0);

        jdbc.sql("""
                INSERT INTO service_record (vin, item, performed_at, odometer_km, engine_hours, source)
                SELECT :vin, i, CAST(:t0 AS timestamptz) - s * interval '1 day', 1000 + s, NULL, 'api'
                FROM unnest(CAST(ARRAY['OIL_SERVICE', 'BRAKE_INSPECTION', 'TIRE_ROTATION', 'ANNUAL_INSPECTION',
                                       'BATTERY_CHECK', 'COOLANT_SERVICE'] AS text[])) i,
                     generate_series(1, 2000) s""")
                .param("vin", BUSY_VIN).param("t0", T0.atOffset(ZoneOffset.UTC)).update();
        jdbc.sql("ANALYZE service_record").update();
    }

    @Test
    void notesTheFirstReportOfAVehicleOnceAndKeepsIt() {
        VehicleReadings readings = repository.findReadings(VIN).orElseThrow();

        assertThat(readings.first()).isEqualTo(new VehicleReading(T0, 10_000.0, 200.0));
        assertThat(readings.newest()).isEqualTo(new VehicleReading(NOW.minus(Duration.ofHours(1)), 48_211.4, 1_532.2));
        assertThat(repository.findReadings("WVWZZZCDZLW999999")).isEmpty();
    }

    @Test
    void takesAFirstOdometerAndEngineHoursFromTheFirstStateThatHasThem() {
        VehicleReading first = repository.findReadings(LATE_ODOMETER_VIN).orElseThrow().first();

        assertThat(first).isEqualTo(new VehicleReading(T0, 7_000.0, 150.0));
    }

    @Test
    void countsFromTheNewestReadingWhenAVehicleHasNoFirstReport() {
        String vin = "WVWZZZCDZLW000009";
        state(vin, 1, T0, 1_000.0, 10.0);
        jdbc.sql("DELETE FROM vehicle_first_report WHERE vin = :vin").param("vin", vin).update();

        VehicleReadings readings = repository.findReadings(vin).orElseThrow();

        assertThat(readings.first()).isEqualTo(readings.newest());
    }

    @Test
    void theMigrationFillsFirstReportsOfVehiclesThatReportedBeforeIt() {
        String url = TestDatabases.createDatabase();
        Flyway.configure().dataSource(url, null, null).locations(SchemaMigrator.LOCATION).target("5").load().migrate();
        JdbcClient before = JdbcClient.create(new DriverManagerDataSource(url));
        before.sql("INSERT INTO vehicle_state (vin, last_seq, last_event_time, odometer_km, engine_hours, health_score, "
                        + "health_band) VALUES (:vin, 9, :t, 9000.0, 90.0, 100, 'GOOD')")
                .param("vin", VIN).param("t", NOW.atOffset(ZoneOffset.UTC)).update();
        for (int seq = 1; seq <= 3; seq++) { // the oldest message lacks the odometer
            before.sql("INSERT INTO telemetry (vin, seq, event_time, odometer_km, engine_hours) "
                            + "VALUES (:vin, :seq, :t, :km, :hours)")
                    .param("vin", VIN).param("seq", seq)
                    .param("t", T0.plus(Duration.ofHours(seq)).atOffset(ZoneOffset.UTC))
                    .param("km", seq == 1 ? null : 1_000.0 * seq, java.sql.Types.DOUBLE)
                    .param("hours", 10.0 * seq, java.sql.Types.DOUBLE)
                    .update();
        }

        SchemaMigrator.migrate(url, null, null);

        VehicleReadings readings = new JdbcServiceBookRepository(before, new OutboxWriter(before)).findReadings(VIN)
                .orElseThrow();
        assertThat(readings.first()).isEqualTo(new VehicleReading(T0.plus(Duration.ofHours(1)), 2_000.0, 10.0));
    }

    @Test
    void findsTheNewestRecordOfEachItemAskedFor() {
        List<ServiceHistoryEntry> newest = repository.findNewestPerItem(VIN,
                List.of(ServiceItem.OIL_SERVICE, ServiceItem.TIRE_ROTATION, ServiceItem.BRAKE_INSPECTION));

        assertThat(newest).extracting(ServiceHistoryEntry::item)
                .containsExactlyInAnyOrder(ServiceItem.OIL_SERVICE, ServiceItem.TIRE_ROTATION);
        ServiceHistoryEntry oil = newest.stream().filter(e -> e.item() == ServiceItem.OIL_SERVICE).findFirst()
                .orElseThrow();
        assertThat(oil.performedAt()).isEqualTo(Instant.parse("2026-01-20T10:00:00Z"));
        assertThat(oil.odometerKm()).isEqualTo(30_000.0);
        assertThat(oil.engineHours()).isEqualTo(900.0);
        assertThat(oil.displayName()).isEqualTo("oil and filter change");
        assertThat(oil.source()).isEqualTo("api");
        assertThat(oil.recordedAt()).isNotNull();
        assertThat(repository.findNewestPerItem(VIN, List.of(ServiceItem.TIRE_ROTATION))).hasSize(1);
        assertThat(repository.findNewestPerItem(VIN, List.of())).isEmpty();
    }

    @Test
    void listsTheHistoryNewestFirstThenByItem() {
        List<ServiceHistoryEntry> history = repository.findHistory(VIN, 10);
        List<ServiceHistoryEntry> two = repository.findHistory(VIN, 2);

        assertThat(history).extracting(e -> e.item().name() + "@" + e.performedAt()).containsExactly(
                "OIL_SERVICE@2026-01-20T10:00:00Z", "TIRE_ROTATION@2026-01-20T10:00:00Z",
                "OIL_SERVICE@2026-01-05T10:00:00Z");
        assertThat(two).hasSize(2);
    }

    @Test
    void storesARecordOnceWhateverTheRetries() {
        NewServiceRecord brakes = new NewServiceRecord(ServiceItem.BRAKE_INSPECTION,
                Instant.parse("2026-01-21T09:00:00.123456Z"), 30_050, null, "Autohaus Nord", null, "api");

        List<StoredRecord> first = repository.insertIfAbsent(OTHER_VIN, List.of(brakes));
        List<StoredRecord> retry = repository.insertIfAbsent(OTHER_VIN, List.of(brakes));

        assertThat(first).singleElement().satisfies(s -> assertThat(s.inserted()).isTrue());
        assertThat(retry).singleElement().satisfies(s -> assertThat(s.inserted()).isFalse());
        assertThat(retry.get(0).entry()).isEqualTo(first.get(0).entry());
        assertThat(first.get(0).entry().performedAt()).isEqualTo(brakes.performedAt());
        assertThat(first.get(0).entry().engineHours()).isNull();
        assertThat(first.get(0).entry().notes()).isNull();
        assertThat(count("SELECT count(*) FROM service_record WHERE vin = '" + OTHER_VIN
                + "' AND item = 'BRAKE_INSPECTION'")).isEqualTo(1);
    }

    @Test
    void acceptsEveryItemOfCoreAndNothingElse() {
        List<NewServiceRecord> all = Arrays.stream(ServiceItem.values())
                .map(i -> new NewServiceRecord(i, T0, 1, null, null, null, "api")).toList();

        assertThat(repository.insertIfAbsent("WVWZZZCDZLW000008", all)).allMatch(StoredRecord::inserted);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO service_record (vin, item, performed_at, odometer_km, source) "
                + "VALUES ('WVWZZZCDZLW000008', 'OIL_CHANGE', now(), 1, 'api')").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("item");
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO service_record (vin, item, performed_at, odometer_km, source) "
                + "VALUES ('WVWZZZCDZLW000008', 'OIL_SERVICE', now(), -1, 'api')").update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("odometer_km");
    }

    @Test
    void findsTheEngineHoursReportedLastBeforeATimeWithinTheLookback() {
        String vin = "WVWZZZCDZLW000007";
        telemetry(vin, 1, T0, 100.0);
        telemetry(vin, 2, T0.plus(Duration.ofHours(1)), 101.0);
        telemetry(vin, 3, T0.plus(Duration.ofHours(2)), null); // a message without engine hours
        telemetry(vin, 4, T0.plus(Duration.ofHours(3)), 103.0);

        assertThat(repository.findEngineHoursAt(vin, T0.plus(Duration.ofMinutes(150)), Duration.ofDays(7)))
                .hasValue(101.0);
        assertThat(repository.findEngineHoursAt(vin, T0.plus(Duration.ofHours(3)), Duration.ofDays(7))).hasValue(103.0);
        assertThat(repository.findEngineHoursAt(vin, T0.plus(Duration.ofDays(10)), Duration.ofDays(7))).isEmpty();
        assertThat(repository.findEngineHoursAt(vin, T0.minus(Duration.ofSeconds(1)), Duration.ofDays(7))).isEmpty();
    }

    @Test
    void theServicesQueriesWalkTheirIndexes() {
        String newest = plan(jdbc.sql("EXPLAIN " + JdbcServiceBookRepository.NEWEST_PER_ITEM_SQL)
                .param("items", Arrays.stream(ServiceItem.values()).map(Enum::name).toList()).param("vin", BUSY_VIN));
        String history = plan(jdbc.sql("EXPLAIN " + JdbcServiceBookRepository.HISTORY_SQL)
                .param("vin", BUSY_VIN).param("limit", 51));

        assertThat(newest).contains("service_record_idempotency_key").doesNotContain("Seq Scan on service_record");
        assertThat(history).contains("service_record_vin_time_idx").doesNotContain("Sort").doesNotContain("Seq Scan");
    }

    @Test
    void serviceBookOfARealVehicleCountsFromItsRecordsAndFirstReport() {
        ServiceBook book = service.book(VIN, 2).orElseThrow();

        assertThat(book.schedule().id()).isEqualTo("vw-golf-8-1.5-tsi");
        assertThat(book.asOf()).isEqualTo(NOW);
        ServiceItemStatus oil = item(book, ServiceItem.OIL_SERVICE);
        assertThat(oil.basis().kind()).isEqualTo(ServiceBasis.Kind.LAST_SERVICE);
        assertThat(oil.dueAt().odometerKm()).isEqualTo(60_000.0);
        assertThat(oil.lastService().performedAt()).isEqualTo(Instant.parse("2026-01-20T10:00:00Z"));
        ServiceItemStatus brakes = item(book, ServiceItem.BRAKE_INSPECTION);
        assertThat(brakes.basis()).isEqualTo(new ServiceBasis(ServiceBasis.Kind.FIRST_REPORT, T0, 10_000.0, 200.0));
        assertThat(brakes.state()).isEqualTo(ItemState.OVERDUE); // 38,211.4 km since the first report
        assertThat(book.history()).hasSize(2);
        assertThat(book.historyTruncated()).isTrue();
        assertThat(service.book("WVWZZZCDZLW999999", 2)).isEmpty();
    }

    @Test
    void aConflictingItemRollsBackTheWholeService() {
        service.record(SERVICE_VIN, request(List.of("OIL_SERVICE"), 48_000.0)).orElseThrow();

        assertThatThrownBy(() -> service.record(SERVICE_VIN, request(List.of("CABIN_FILTER", "OIL_SERVICE"), 48_100.0)))
                .isInstanceOf(ServiceRecordConflictException.class);

        assertThat(count("SELECT count(*) FROM service_record WHERE vin = '" + SERVICE_VIN + "'")).isEqualTo(1);
        ServiceBookService.RecordingOutcome repeat = service.record(SERVICE_VIN,
                request(List.of("OIL_SERVICE"), 48_000.0)).orElseThrow();
        assertThat(repeat.created()).isFalse();
        ServiceBookService.RecordingOutcome more = service.record(SERVICE_VIN,
                request(List.of("CABIN_FILTER", "OIL_SERVICE"), 48_000.0)).orElseThrow();
        assertThat(more.created()).isTrue();
        assertThat(more.records().records()).extracting(ServiceHistoryEntry::item)
                .containsExactly(ServiceItem.CABIN_FILTER, ServiceItem.OIL_SERVICE);
        assertThat(repository.findHistory(SERVICE_VIN, 10)).hasSize(2);
    }

    @Test
    void queuesEachNewRecordForTheStreamInTheRecordsTransaction() {
        service.record(OUTBOX_VIN, request(List.of("OIL_SERVICE"), 48_000.0)).orElseThrow();
        assertThatThrownBy(() -> service.record(OUTBOX_VIN, request(List.of("CABIN_FILTER", "OIL_SERVICE"), 48_100.0)))
                .isInstanceOf(ServiceRecordConflictException.class);
        service.record(OUTBOX_VIN, request(List.of("OIL_SERVICE"), 48_000.0)).orElseThrow(); // a repeat

        // the cabin filter's row went with the rolled-back record; the repeat queued nothing
        Instant performedAt = Instant.parse("2026-01-30T15:45:00Z");
        assertThat(jdbc.sql("SELECT payload FROM event_outbox WHERE topic = :topic AND record_key = :vin ORDER BY id")
                .param("topic", Topics.SERVICE_RECORDS.name()).param("vin", OUTBOX_VIN)
                .query((rs, n) -> Topics.SERVICE_RECORDS.valueFormat().decode(rs.getBytes(1))).list())
                .containsExactly(new RecordedService(OUTBOX_VIN,
                        new ServiceRecord(ServiceItem.OIL_SERVICE, performedAt, 48_000.0, 1_531.0)));
    }

    private static ServiceRecordRequest request(List<String> items, double km) {
        return new ServiceRecordRequest(items, Instant.parse("2026-01-30T15:45:00Z"), km, 1_531.0, "Autohaus Nord",
                null);
    }

    private static ServiceItemStatus item(ServiceBook book, ServiceItem item) {
        return book.items().stream().filter(i -> i.item() == item).findFirst().orElseThrow();
    }

    private void state(String vin, long seq, Instant time, Double km, Double hours) {
        jdbc.sql("""
                INSERT INTO vehicle_state (vin, last_seq, last_event_time, odometer_km, engine_hours, health_score,
                                           health_band)
                VALUES (:vin, :seq, :t, :km, :hours, 100, 'GOOD')
                ON CONFLICT (vin) DO UPDATE SET last_seq = EXCLUDED.last_seq, last_event_time = EXCLUDED.last_event_time,
                    odometer_km = EXCLUDED.odometer_km, engine_hours = EXCLUDED.engine_hours""")
                .param("vin", vin).param("seq", seq).param("t", time.atOffset(ZoneOffset.UTC))
                .param("km", km, java.sql.Types.DOUBLE).param("hours", hours, java.sql.Types.DOUBLE)
                .update();
    }

    private void telemetry(String vin, long seq, Instant time, Double hours) {
        jdbc.sql("INSERT INTO telemetry (vin, seq, event_time, engine_hours) VALUES (:vin, :seq, :t, :hours)")
                .param("vin", vin).param("seq", seq).param("t", time.atOffset(ZoneOffset.UTC))
                .param("hours", hours, java.sql.Types.DOUBLE)
                .update();
    }

    private void insert(String vin, ServiceItem item, String performedAt, double km, Double hours) {
        repository.insertIfAbsent(vin, List.of(new NewServiceRecord(item, Instant.parse(performedAt), km, hours, null,
                null, "api")));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String plan(JdbcClient.StatementSpec explain) {
        return String.join("\n", explain.query(String.class).list());
    }
}
