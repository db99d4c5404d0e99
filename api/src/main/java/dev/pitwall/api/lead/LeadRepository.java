package dev.pitwall.api.lead;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.security.VehicleAccess.Restriction;
import dev.pitwall.api.web.NearParameter;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.core.lead.LeadPriority;
import dev.pitwall.core.lead.LeadReason;
import dev.pitwall.core.lead.NearbyWorkshop;
import dev.pitwall.core.poi.GeoMath;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The V8 tables {@code service_lead} and {@code service_lead_event}. Reads everything; writes only what the API owns:
 * {@code status}, {@code status_changed_at}, {@code closed_at} and {@code close_reason} when an advisor closes a
 * lead, and STATUS events. A status change is a conditional UPDATE on the status it was decided on, so of two
 * concurrent changes (two advisors, or an advisor and the stream closing the lead) exactly one applies.
 */
@Repository
class LeadRepository {

    private static final Logger LOG = LoggerFactory.getLogger(LeadRepository.class);

    static final String COLUMNS = "l.lead_id, l.vin, l.reason, l.subject, l.priority, l.status, l.suggested_service, "
            + "l.evidence, l.latitude, l.longitude, l.workshops::text AS workshops, l.opened_at, l.updated_at, "
            + "l.resolved_at, l.closed_at, l.close_reason, l.status_changed_at";

    /** URGENT first: the rank is the priority's position in core's enum, which declares the most urgent first. */
    static final String PRIORITY_RANK = IntStream.range(0, LeadPriority.values().length)
            .mapToObj(i -> "WHEN '" + LeadPriority.values()[i].name() + "' THEN " + i)
            .collect(Collectors.joining(" ", "CASE l.priority ", " END"));

    /**
     * Haversine, as core's {@code GeoMath.distanceKm}, with the Earth's radius bound as {@code :earthRadiusKm} so
     * that both use the same one.
     */
    static final String DISTANCE_KM = """
            2 * :earthRadiusKm * asin(least(1, sqrt(
                power(sin(radians(l.latitude - :nearLat) / 2), 2)
                + cos(radians(:nearLat)) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - :nearLon) / 2), 2))))""";

    static final String ORDER = " ORDER BY " + PRIORITY_RANK + ", l.opened_at DESC, l.lead_id";
    static final String ORDER_BY_DISTANCE = " ORDER BY d.distance_km, " + PRIORITY_RANK + ", l.opened_at DESC, "
            + "l.lead_id";

    static final String HISTORY_SQL = "SELECT event, at, status, priority, detail, actor FROM service_lead_event "
            + "WHERE lead_id = :leadId ORDER BY id";

    static final String UPDATE_SQL = "UPDATE service_lead SET status = :target, status_changed_at = now() "
            + "WHERE lead_id = :leadId AND status = :expected";

    static final String CLOSE_SQL = "UPDATE service_lead SET status = 'CLOSED', status_changed_at = now(), "
            + "closed_at = now(), close_reason = :closeReason WHERE lead_id = :leadId AND status = :expected";

    static final String STATUS_EVENT_SQL = """
            INSERT INTO service_lead_event (lead_id, event, at, status, priority, detail, actor)
            SELECT lead_id, 'STATUS', status_changed_at, status, priority, :detail, :actor
            FROM service_lead WHERE lead_id = :leadId""";

    private static final TypeReference<List<NearbyWorkshop>> WORKSHOPS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final VehicleAccess access;

    LeadRepository(JdbcClient jdbc, JsonMapper json, VehicleAccess access) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
    }

    /**
     * One page of the leads matching {@code query} of the vehicles {@code caller} may act on, most urgent and newest
     * first, or nearest first with near.
     */
    Page<Lead> findPage(Caller caller, LeadQuery query, PageQuery page) {
        Restriction permitted = visible(caller);
        List<String> conditions = new ArrayList<>();
        conditions.add(permitted.sql());
        if (!query.statuses().isEmpty()) {
            conditions.add("l.status IN (:statuses)");
        }
        if (!query.priorities().isEmpty()) {
            conditions.add("l.priority IN (:priorities)");
        }
        if (!query.reasons().isEmpty()) {
            conditions.add("l.reason IN (:reasons)");
        }
        if (query.vin() != null) {
            conditions.add("l.vin = :vin");
        }
        String from = " FROM service_lead l";
        String distance = "";
        String order = ORDER;
        if (query.near() != null) {
            from += " CROSS JOIN LATERAL (SELECT " + DISTANCE_KM + " AS distance_km) d";
            // a cheap band every point within the radius lies in (correct at the poles and across the
            // antimeridian, unlike a longitude box); the exact distance decides
            conditions.add("l.latitude BETWEEN :minLat AND :maxLat");
            conditions.add("d.distance_km <= :radiusKm");
            distance = ", d.distance_km";
            order = ORDER_BY_DISTANCE;
        }
        String where = " WHERE " + String.join(" AND ", conditions);
        long total = bind(permitted.bind(jdbc.sql("SELECT count(*)" + from + where)), query)
                .query(Long.class).single();
        List<Lead> items = bind(permitted.bind(jdbc.sql("SELECT " + COLUMNS + distance + from + where + order
                        + " LIMIT :limit OFFSET :offset")), query)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> lead(rs, query.near() != null))
                .list();
        return Page.of(items, page, total);
    }

    /** The lead, whoever may see it: for the fleet roles' lifecycle steps. */
    Optional<Lead> find(UUID leadId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM service_lead l WHERE l.lead_id = :leadId")
                .param("leadId", leadId)
                .query((rs, n) -> lead(rs, false))
                .optional();
    }

    /** The lead if {@code caller} may act on its vehicle; empty as for an unknown lead otherwise. */
    Optional<Lead> find(Caller caller, UUID leadId) {
        Restriction permitted = visible(caller);
        return permitted.bind(jdbc.sql("SELECT " + COLUMNS + " FROM service_lead l WHERE l.lead_id = :leadId AND "
                        + permitted.sql()))
                .param("leadId", leadId)
                .query((rs, n) -> lead(rs, false))
                .optional();
    }

    /** The leads of the vehicles {@code caller} may act on; a subscriber's from those open when they subscribed. */
    private Restriction visible(Caller caller) {
        return access.restrictHistory(caller, "l.vin", "COALESCE(l.closed_at, 'infinity')");
    }

    /** The lead's events in the order they were recorded (a lead has a handful: the lifecycle only goes forward). */
    List<LeadHistoryEntry> history(UUID leadId) {
        return jdbc.sql(HISTORY_SQL).param("leadId", leadId).query((rs, n) -> {
            String status = rs.getString("status");
            return new LeadHistoryEntry(rs.getString("event"), instant(rs, "at"),
                    status == null ? null : LeadStatus.valueOf(status), rs.getString("priority"),
                    rs.getString("detail"), rs.getString("actor"));
        }).list();
    }

    /**
     * Moves the lead from {@code expected} to {@code target} if it still is in {@code expected}, and records the
     * change as a STATUS event by {@code actor}. Run it in a transaction, so that both or neither stand.
     *
     * @param note the advisor's note, or null; a lead closed without one gets the close reason "closed by advisor"
     * @return false when the lead was no longer in {@code expected}: nothing was written
     */
    boolean changeStatus(UUID leadId, LeadStatus expected, LeadStatus target, String note, String actor) {
        JdbcClient.StatementSpec update = target == LeadStatus.CLOSED
                ? jdbc.sql(CLOSE_SQL).param("closeReason", note != null ? note : "closed by advisor")
                : jdbc.sql(UPDATE_SQL).param("target", target.name());
        int changed = update.param("leadId", leadId).param("expected", expected.name()).update();
        if (changed == 0) {
            return false;
        }
        jdbc.sql(STATUS_EVENT_SQL)
                .param("leadId", leadId)
                .param("detail", note != null ? note : "")
                .param("actor", actor)
                .update();
        return true;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, LeadQuery query) {
        if (!query.statuses().isEmpty()) {
            statement = statement.param("statuses", query.statuses().stream().map(Enum::name).toList());
        }
        if (!query.priorities().isEmpty()) {
            statement = statement.param("priorities", query.priorities().stream().map(Enum::name).toList());
        }
        if (!query.reasons().isEmpty()) {
            statement = statement.param("reasons", query.reasons().stream().map(Enum::name).toList());
        }
        if (query.vin() != null) {
            statement = statement.param("vin", query.vin());
        }
        NearParameter near = query.near();
        if (near != null) {
            double band = Math.toDegrees(near.radiusKm() / GeoMath.EARTH_RADIUS_KM);
            statement = statement
                    .param("earthRadiusKm", GeoMath.EARTH_RADIUS_KM)
                    .param("nearLat", near.latitude())
                    .param("nearLon", near.longitude())
                    .param("minLat", near.latitude() - band)
                    .param("maxLat", near.latitude() + band)
                    .param("radiusKm", near.radiusKm());
        }
        return statement;
    }

    private Lead lead(ResultSet rs, boolean withDistance) throws SQLException {
        String leadId = rs.getObject("lead_id", UUID.class).toString();
        double latitude = rs.getDouble("latitude");
        boolean located = !rs.wasNull();
        double longitude = rs.getDouble("longitude");
        located &= !rs.wasNull();
        Double distanceKm = null;
        if (withDistance) {
            distanceKm = Math.round(rs.getDouble("distance_km") * 100) / 100.0;
        }
        return new Lead(leadId, rs.getString("vin"), LeadReason.valueOf(rs.getString("reason")),
                rs.getString("subject"), LeadPriority.valueOf(rs.getString("priority")),
                LeadStatus.valueOf(rs.getString("status")), rs.getString("suggested_service"),
                rs.getString("evidence"), located ? new Lead.Position(latitude, longitude) : null,
                workshops(leadId, rs.getString("workshops")), instant(rs, "opened_at"), instant(rs, "updated_at"),
                instant(rs, "resolved_at"), instant(rs, "closed_at"), rs.getString("close_reason"),
                instant(rs, "status_changed_at"), distanceKm);
    }

    /** The stream writes the workshops; one it got wrong must not make the whole list unreadable. */
    private List<NearbyWorkshop> workshops(String leadId, String text) {
        try {
            return json.readValue(text, WORKSHOPS);
        } catch (JacksonException e) { // also wraps what NearbyWorkshop's constructor refuses
            LOG.warn("lead {}: unreadable workshops {}, answering none: {}", leadId, text, e.getMessage());
            return List.of();
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
