package dev.pitwall.api.servicebook;

import dev.pitwall.api.outbox.OutboxWriter;
import dev.pitwall.core.servicebook.RecordedService;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.VehicleReading;
import dev.pitwall.core.topic.Topics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The service book's tables ({@code service_record}, {@code vehicle_first_report}, V7) and the stream job's
 * {@code vehicle_state} and {@code telemetry}, which it only reads. Every query walks an index: the primary keys,
 * {@code service_record_idempotency_key (vin, item, performed_at)}, {@code service_record_vin_time_idx} and
 * {@code telemetry_vin_time_idx}. Inserts are insert-or-ignore on the idempotency key, and each record inserted is
 * queued for {@code service-records.v1} in the outbox; run them in a transaction (the outbox insists on one), so
 * that records and their events stand or fall together.
 */
@Repository
class JdbcServiceBookRepository implements ServiceBookRepository {

    static final String COLUMNS = "id, item, performed_at, odometer_km, engine_hours, workshop, notes, source, "
            + "recorded_at";

    /** A vehicle without a first-report row (none should exist after V7) counts from its newest reading. */
    static final String READINGS_SQL = """
            SELECT v.last_event_time, v.odometer_km, v.engine_hours,
                   f.first_event_time, f.odometer_km AS first_odometer_km, f.engine_hours AS first_engine_hours
            FROM vehicle_state v LEFT JOIN vehicle_first_report f ON f.vin = v.vin
            WHERE v.vin = :vin""";

    /** One backward probe of the idempotency key's index per item, as PredictionRepository does per component. */
    static final String NEWEST_PER_ITEM_SQL = """
            SELECT r.* FROM unnest(CAST(ARRAY[:items] AS text[])) AS i(item)
            CROSS JOIN LATERAL (
                SELECT %s FROM service_record s
                WHERE s.vin = :vin AND s.item = i.item
                ORDER BY s.performed_at DESC
                LIMIT 1) r""".formatted(COLUMNS);

    static final String HISTORY_SQL = "SELECT " + COLUMNS + " FROM service_record WHERE vin = :vin "
            + "ORDER BY performed_at DESC, item LIMIT :limit";

    static final String ENGINE_HOURS_SQL = """
            SELECT engine_hours FROM telemetry
            WHERE vin = :vin AND event_time <= :time AND event_time >= :since AND engine_hours IS NOT NULL
            ORDER BY event_time DESC LIMIT 1""";

    static final String INSERT_SQL = """
            INSERT INTO service_record (vin, item, performed_at, odometer_km, engine_hours, workshop, notes, source)
            VALUES (:vin, :item, :performedAt, :odometerKm, :engineHours, :workshop, :notes, :source)
            ON CONFLICT ON CONSTRAINT service_record_idempotency_key DO NOTHING""" + " RETURNING " + COLUMNS;

    static final String BY_KEY_SQL = "SELECT " + COLUMNS + " FROM service_record "
            + "WHERE vin = :vin AND item = :item AND performed_at = :performedAt";

    private final JdbcClient jdbc;
    private final OutboxWriter outbox;

    JdbcServiceBookRepository(JdbcClient jdbc, OutboxWriter outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public Optional<VehicleReadings> findReadings(String vin) {
        return jdbc.sql(READINGS_SQL).param("vin", vin).query((rs, n) -> {
            VehicleReading newest = new VehicleReading(instant(rs, "last_event_time"), number(rs, "odometer_km"),
                    number(rs, "engine_hours"));
            Instant firstTime = instant(rs, "first_event_time");
            VehicleReading first = firstTime == null ? newest
                    : new VehicleReading(firstTime, number(rs, "first_odometer_km"), number(rs, "first_engine_hours"));
            return new VehicleReadings(newest, first);
        }).optional();
    }

    @Override
    public List<ServiceHistoryEntry> findNewestPerItem(String vin, Collection<ServiceItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(NEWEST_PER_ITEM_SQL)
                .param("items", items.stream().map(Enum::name).toList())
                .param("vin", vin)
                .query((rs, n) -> entry(rs))
                .list();
    }

    @Override
    public List<ServiceHistoryEntry> findHistory(String vin, int limit) {
        return jdbc.sql(HISTORY_SQL).param("vin", vin).param("limit", limit).query((rs, n) -> entry(rs)).list();
    }

    @Override
    public Optional<Double> findEngineHoursAt(String vin, Instant time, Duration lookback) {
        return jdbc.sql(ENGINE_HOURS_SQL)
                .param("vin", vin)
                .param("time", utc(time))
                .param("since", utc(time.minus(lookback)))
                .query(Double.class)
                .optional();
    }

    @Override
    public List<StoredRecord> insertIfAbsent(String vin, List<NewServiceRecord> records) {
        List<StoredRecord> stored = new ArrayList<>(records.size());
        for (NewServiceRecord record : records) {
            Optional<ServiceHistoryEntry> inserted = jdbc.sql(INSERT_SQL)
                    .param("vin", vin)
                    .param("item", record.item().name())
                    .param("performedAt", utc(record.performedAt()))
                    .param("odometerKm", record.odometerKm())
                    .param("engineHours", record.engineHours(), Types.DOUBLE)
                    .param("workshop", record.workshop(), Types.VARCHAR)
                    .param("notes", record.notes(), Types.VARCHAR)
                    .param("source", record.source())
                    .query((rs, n) -> entry(rs))
                    .optional();
            if (inserted.isPresent()) {
                // only a new row is news for the stream: a retry publishes nothing again
                outbox.append(Topics.SERVICE_RECORDS, vin, new RecordedService(vin, inserted.get().toServiceRecord()));
                stored.add(new StoredRecord(inserted.get(), true));
            } else {
                // the key exists: a retry, or a concurrent request that committed first
                ServiceHistoryEntry existing = jdbc.sql(BY_KEY_SQL)
                        .param("vin", vin)
                        .param("item", record.item().name())
                        .param("performedAt", utc(record.performedAt()))
                        .query((rs, n) -> entry(rs))
                        .single();
                stored.add(new StoredRecord(existing, false));
            }
        }
        return stored;
    }

    private static ServiceHistoryEntry entry(ResultSet rs) throws SQLException {
        ServiceItem item = ServiceItem.valueOf(rs.getString("item"));
        return new ServiceHistoryEntry(rs.getLong("id"), item, item.displayName(), instant(rs, "performed_at"),
                rs.getDouble("odometer_km"), number(rs, "engine_hours"), rs.getString("workshop"),
                rs.getString("notes"), rs.getString("source"), instant(rs, "recorded_at"));
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Double.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
