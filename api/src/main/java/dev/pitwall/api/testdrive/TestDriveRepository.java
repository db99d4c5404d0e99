package dev.pitwall.api.testdrive;

import dev.pitwall.api.TransactionLocks;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.engagement.booking.Occupancy;
import dev.pitwall.engagement.repurchase.TestDriveStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The V20 table {@code test_drive}, and what a test drive reads of V12's subscriptions and V2's vehicle state. The
 * exclusion constraints of {@code test_drive} keep demo cars and drivers from being booked twice; this class only
 * reports them (as the driver's exception) to its caller.
 */
@Repository
class TestDriveRepository {

    /** The constraint refusing a second live test drive of one demo car at one time. */
    static final String CAR_TAKEN = "test_drive_car_free";
    /** The constraint refusing a subscriber a second live test drive at one time. */
    static final String DRIVER_BUSY = "test_drive_subscriber_free";

    private static final String COLUMNS = "t.test_drive_id, t.subscriber_id, t.vin, t.model_id, t.dealer_id, "
            + "t.demo_car, t.starts_at, t.ends_at, t.status, t.created_by, t.changed_by, t.created_at, t.updated_at, "
            + "t.version";

    private final JdbcClient jdbc;

    TestDriveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subscriber whose ACTIVE subscription holds the vehicle (at most one, by V12's unique index). */
    Optional<String> activeSubscriber(String vin) {
        return jdbc.sql("SELECT subscriber_id FROM subscription WHERE vin = :vin AND status = 'ACTIVE'")
                .param("vin", vin).query(String.class).optional();
    }

    /**
     * Serialises, until the transaction ends, the bookings of one subscriber and then those of one dealer's demo cars
     * of one model. Concurrent inserts that collide on an exclusion constraint can deadlock in PostgreSQL (each has
     * written its index entry and waits for the other's transaction); taking these locks first, always in this order,
     * leaves the constraints nothing to decide between two live requests.
     */
    void lockBooking(String subscriberId, String dealerId, String modelId) {
        TransactionLocks.lock(jdbc, "test-drive.subscriber/" + subscriberId,
                "test-drive.demo-cars/" + dealerId + "/" + modelId);
    }

    /** The vehicle's last reported position; empty when it has reported none. */
    Optional<Position> position(String vin) {
        return jdbc.sql("SELECT latitude, longitude FROM vehicle_state WHERE vin = :vin AND latitude IS NOT NULL "
                        + "AND longitude IS NOT NULL")
                .param("vin", vin)
                .query((rs, n) -> new Position(rs.getDouble("latitude"), rs.getDouble("longitude")))
                .optional();
    }

    /** The live test drives of one model at these dealers that overlap {@code [from, to)}, by dealer. */
    Map<String, List<Occupancy>> occupancies(Collection<String> dealerIds, String modelId, Instant from,
            Instant to) {
        Map<String, List<Occupancy>> byDealer = new HashMap<>();
        if (dealerIds.isEmpty()) {
            return byDealer;
        }
        // written like the exclusion constraint, so that its GiST index serves it
        jdbc.sql("""
                        SELECT t.dealer_id, t.demo_car, t.starts_at, t.ends_at FROM test_drive t
                        WHERE t.dealer_id IN (:dealers) AND t.model_id = :model AND t.status <> 'CANCELLED'
                          AND tstzrange(t.starts_at, t.ends_at, '[)') && tstzrange(:from, :to, '[)')""")
                .param("dealers", dealerIds)
                .param("model", modelId)
                .param("from", utc(from))
                .param("to", utc(to))
                .query(rs -> {
                    byDealer.computeIfAbsent(rs.getString("dealer_id"), k -> new ArrayList<>()).add(new Occupancy(
                            rs.getInt("demo_car"), instant(rs, "starts_at"), instant(rs, "ends_at"), false));
                });
        return byDealer;
    }

    /** Inserts a BOOKED test drive; throws the driver's 23P01 when the demo car or the driver is taken then. */
    TestDrive insert(UUID testDriveId, String subscriberId, NewTestDrive request, int demoCar, Instant endsAt,
            String createdBy) {
        return jdbc.sql("""
                        INSERT INTO test_drive AS t (test_drive_id, subscriber_id, vin, model_id, dealer_id, demo_car,
                            starts_at, ends_at, status, created_by)
                        VALUES (:id, :subscriber, :vin, :model, :dealer, :car, :startsAt, :endsAt, 'BOOKED',
                            :createdBy)
                        RETURNING\s""" + COLUMNS)
                .param("id", testDriveId)
                .param("subscriber", subscriberId)
                .param("vin", request.vin())
                .param("model", request.modelId())
                .param("dealer", request.dealerId())
                .param("car", demoCar)
                .param("startsAt", utc(request.startsAt()))
                .param("endsAt", utc(endsAt))
                .param("createdBy", createdBy)
                .query(TestDriveRepository::testDrive)
                .single();
    }

    Optional<TestDrive> find(UUID testDriveId, VehicleAccess.Restriction visible) {
        return visible.bind(jdbc.sql("SELECT " + COLUMNS + " FROM test_drive t WHERE t.test_drive_id = :id AND "
                        + visible.sql()))
                .param("id", testDriveId)
                .query(TestDriveRepository::testDrive)
                .optional();
    }

    /** One page of the visible test drives matching {@code query}, latest start first. */
    Page<TestDrive> findPage(TestDriveQuery query, PageQuery page, VehicleAccess.Restriction visible) {
        List<String> conditions = new ArrayList<>(List.of(visible.sql()));
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        if (query.vin() != null) {
            conditions.add("t.vin = :vin");
            parameters.put("vin", query.vin());
        }
        if (query.dealerId() != null) {
            conditions.add("t.dealer_id = :dealer");
            parameters.put("dealer", query.dealerId());
        }
        if (!query.statuses().isEmpty()) {
            conditions.add("t.status IN (:statuses)");
            parameters.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        String where = " FROM test_drive t WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*)" + where).params(parameters).query(Long.class).single();
        List<TestDrive> items = jdbc.sql("SELECT " + COLUMNS + where
                        + " ORDER BY t.starts_at DESC, t.test_drive_id LIMIT :limit OFFSET :offset")
                .params(parameters)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(TestDriveRepository::testDrive)
                .list();
        return Page.of(items, page, total);
    }

    /** Moves a BOOKED test drive to {@code status} if it still has {@code version}; empty when it no longer has. */
    Optional<TestDrive> close(UUID testDriveId, int version, TestDriveStatus status, String changedBy) {
        return jdbc.sql("""
                        UPDATE test_drive AS t SET status = :status, changed_by = :changedBy, version = version + 1,
                            updated_at = now()
                        WHERE test_drive_id = :id AND version = :version AND status = 'BOOKED'
                        RETURNING\s""" + COLUMNS)
                .param("status", status.name())
                .param("changedBy", changedBy)
                .param("id", testDriveId)
                .param("version", version)
                .query(TestDriveRepository::testDrive)
                .optional();
    }

    private static TestDrive testDrive(ResultSet rs, int row) throws SQLException {
        return new TestDrive(rs.getObject("test_drive_id", UUID.class).toString(), rs.getString("subscriber_id"),
                rs.getString("vin"), rs.getString("model_id"), null, rs.getString("dealer_id"), null,
                rs.getInt("demo_car"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                TestDriveStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                rs.getString("changed_by"), instant(rs, "created_at"), instant(rs, "updated_at"),
                rs.getInt("version"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** A vehicle's last reported position, WGS 84 degrees. */
    record Position(double latitude, double longitude) {
    }
}
