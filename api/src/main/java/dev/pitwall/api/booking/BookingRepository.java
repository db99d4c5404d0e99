package dev.pitwall.api.booking;

import dev.pitwall.api.TransactionLocks;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.engagement.booking.BookingStatus;
import dev.pitwall.engagement.booking.Occupancy;
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
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The V13 table {@code booking}, and what a booking reads of V12's subscriptions and V8's leads. The exclusion
 * constraints of {@code booking} are what keeps bays and vehicles from being booked twice; this class only reports
 * them (as the driver's exception) to its caller.
 */
@Repository
class BookingRepository {

    static final String COLUMNS = "b.booking_id, b.subscriber_id, b.vin, b.workshop_id, b.bay, b.service_types, "
            + "b.starts_at, b.ends_at, b.status, b.pickup_and_delivery, b.pickup_address, b.courtesy_car, b.lead_id, "
            + "b.created_by, b.created_at, b.updated_at, b.version";
    /** Written like the exclusion constraints, so that their GiST indexes serve it. */
    static final String LIVE_AND_OVERLAPPING = "b.status <> 'CANCELLED' "
            + "AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange(:from, :to, '[)')";

    private final JdbcClient jdbc;

    BookingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subscriber whose ACTIVE subscription holds the vehicle (at most one, by V12's unique index). */
    Optional<String> activeSubscriber(String vin) {
        return jdbc.sql("SELECT subscriber_id FROM subscription WHERE vin = :vin AND status = 'ACTIVE'")
                .param("vin", vin).query(String.class).optional();
    }

    /** The vehicle of a service lead, empty when there is no such lead. */
    Optional<String> leadVin(UUID leadId) {
        return jdbc.sql("SELECT vin FROM service_lead WHERE lead_id = :id").param("id", leadId)
                .query(String.class).optional();
    }

    /**
     * Serialises, until the transaction ends, the bookings of one workshop that take a courtesy car: the fleet is
     * counted and then lent, and no other such booking may count in between. An advisory lock, because a workshop
     * with the default capacity has no workshop_capacity row to lock.
     */
    void lockCourtesyCars(String workshopId) {
        TransactionLocks.lock(jdbc, "booking.courtesy-cars/" + workshopId);
    }

    /**
     * Serialises, until the transaction ends, the bookings of one vehicle and then those of one workshop (always in
     * this order, before any courtesy-car lock). Concurrent inserts that collide on an exclusion constraint can
     * deadlock in PostgreSQL (each has written its index entry and waits for the other's transaction; test drives
     * showed it, docs/test-drives.md); with these locks the constraints never have two live requests to decide between.
     */
    void lockVehicleAndWorkshop(String vin, String workshopId) {
        TransactionLocks.lock(jdbc, "booking.vehicle/" + vin, "booking.workshop/" + workshopId);
    }

    /** The live bookings of these workshops that overlap {@code [from, to)}, by workshop; none may be excluded. */
    Map<String, List<Occupancy>> occupancies(Collection<String> workshopIds, Instant from, Instant to,
            UUID excluded) {
        Map<String, List<Occupancy>> byWorkshop = new HashMap<>();
        if (workshopIds.isEmpty()) {
            return byWorkshop;
        }
        jdbc.sql("SELECT b.workshop_id, b.bay, b.starts_at, b.ends_at, b.courtesy_car FROM booking b "
                        + "WHERE b.workshop_id IN (:workshops) AND " + LIVE_AND_OVERLAPPING
                        + (excluded == null ? "" : " AND b.booking_id <> :excluded"))
                .param("workshops", workshopIds)
                .param("from", utc(from))
                .param("to", utc(to))
                .params(excluded == null ? Map.of() : Map.of("excluded", excluded))
                .query(rs -> {
                    byWorkshop.computeIfAbsent(rs.getString("workshop_id"), k -> new ArrayList<>()).add(
                            new Occupancy(rs.getInt("bay"), instant(rs, "starts_at"), instant(rs, "ends_at"),
                                    rs.getBoolean("courtesy_car")));
                });
        return byWorkshop;
    }

    /** Inserts a BOOKED visit; throws the driver's 23P01 when a bay or the vehicle is taken at that time. */
    Booking insert(UUID bookingId, String subscriberId, NewBooking booking, int bay, Instant endsAt,
            String createdBy) {
        return jdbc.sql("""
                        INSERT INTO booking AS b (booking_id, subscriber_id, vin, workshop_id, bay, service_types,
                            starts_at, ends_at, status, pickup_and_delivery, pickup_address, courtesy_car, lead_id,
                            created_by)
                        VALUES (:id, :subscriber, :vin, :workshop, :bay, string_to_array(:services, ','), :startsAt,
                            :endsAt, 'BOOKED', :pickup, :address, :courtesyCar, :leadId, :createdBy)
                        RETURNING\s""" + COLUMNS)
                .param("id", bookingId)
                .param("subscriber", subscriberId)
                .param("vin", booking.vin())
                .param("workshop", booking.workshopId())
                .param("bay", bay)
                .param("services", booking.serviceTypes().stream().map(Enum::name).collect(Collectors.joining(",")))
                .param("startsAt", utc(booking.startsAt()))
                .param("endsAt", utc(endsAt))
                .param("pickup", booking.pickupAndDelivery())
                .param("address", booking.pickupAddress())
                .param("courtesyCar", booking.courtesyCar())
                .param("leadId", booking.leadId())
                .param("createdBy", createdBy)
                .query(BookingRepository::booking)
                .single();
    }

    /** The BOOKED visits starting in (from, to], earliest first (walks booking_booked_start_idx). */
    List<Booking> bookedStartingWithin(Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM booking b WHERE b.status = 'BOOKED' AND b.starts_at > :from "
                        + "AND b.starts_at <= :to ORDER BY b.starts_at, b.booking_id")
                .param("from", from.atOffset(ZoneOffset.UTC))
                .param("to", to.atOffset(ZoneOffset.UTC))
                .query(BookingRepository::booking)
                .list();
    }

    Optional<Booking> find(UUID bookingId, VehicleAccess.Restriction visible) {
        return visible.bind(jdbc.sql("SELECT " + COLUMNS + " FROM booking b WHERE b.booking_id = :id AND "
                        + visible.sql()))
                .param("id", bookingId)
                .query(BookingRepository::booking)
                .optional();
    }

    /** One page of the visible bookings matching {@code query}, latest start first. */
    Page<Booking> findPage(BookingQuery query, PageQuery page, VehicleAccess.Restriction visible) {
        List<String> conditions = new ArrayList<>(List.of(visible.sql()));
        Map<String, Object> parameters = new HashMap<>(visible.parameters());
        if (query.vin() != null) {
            conditions.add("b.vin = :vin");
            parameters.put("vin", query.vin());
        }
        if (query.workshopId() != null) {
            conditions.add("b.workshop_id = :workshop");
            parameters.put("workshop", query.workshopId());
        }
        if (!query.statuses().isEmpty()) {
            conditions.add("b.status IN (:statuses)");
            parameters.put("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        String where = " FROM booking b WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*)" + where).params(parameters).query(Long.class).single();
        List<Booking> items = jdbc.sql("SELECT " + COLUMNS + where
                        + " ORDER BY b.starts_at DESC, b.booking_id LIMIT :limit OFFSET :offset")
                .params(parameters)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query(BookingRepository::booking)
                .list();
        return Page.of(items, page, total);
    }

    /**
     * Moves a BOOKED visit to another bay and time if it still has {@code version}; empty when it no longer has
     * (another request changed it first). Throws the driver's 23P01 when the bay or the vehicle is taken then.
     */
    Optional<Booking> move(UUID bookingId, int version, int bay, Instant startsAt, Instant endsAt) {
        return jdbc.sql("""
                        UPDATE booking AS b SET bay = :bay, starts_at = :startsAt, ends_at = :endsAt,
                            version = version + 1, updated_at = now()
                        WHERE booking_id = :id AND version = :version AND status = 'BOOKED'
                        RETURNING\s""" + COLUMNS)
                .param("bay", bay)
                .param("startsAt", utc(startsAt))
                .param("endsAt", utc(endsAt))
                .param("id", bookingId)
                .param("version", version)
                .query(BookingRepository::booking)
                .optional();
    }

    /** Cancels a BOOKED visit if it still has {@code version}; empty when it no longer has. */
    Optional<Booking> cancel(UUID bookingId, int version) {
        return jdbc.sql("""
                        UPDATE booking AS b SET status = 'CANCELLED', version = version + 1, updated_at = now()
                        WHERE booking_id = :id AND version = :version AND status = 'BOOKED'
                        RETURNING\s""" + COLUMNS)
                .param("id", bookingId)
                .param("version", version)
                .query(BookingRepository::booking)
                .optional();
    }

    private static Booking booking(ResultSet rs, int row) throws SQLException {
        String[] services = (String[]) rs.getArray("service_types").getArray();
        UUID leadId = rs.getObject("lead_id", UUID.class);
        return new Booking(rs.getObject("booking_id", UUID.class).toString(), rs.getString("vin"),
                rs.getString("subscriber_id"), rs.getString("workshop_id"), rs.getInt("bay"), List.of(services),
                instant(rs, "starts_at"), instant(rs, "ends_at"), BookingStatus.valueOf(rs.getString("status")),
                rs.getBoolean("pickup_and_delivery"), rs.getString("pickup_address"), rs.getBoolean("courtesy_car"),
                leadId == null ? null : leadId.toString(), rs.getString("created_by"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getInt("version"));
    }

    /** Service types as stored, for the domain. */
    static List<ServiceItem> serviceItems(Booking booking) {
        return booking.serviceTypes().stream().map(ServiceItem::valueOf).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
