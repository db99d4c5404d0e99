package dev.pitwall.api.alarm;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.security.VehicleAccess.Restriction;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.core.alarm.AlarmType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the stream job's {@code vehicle_alarm} rows; never writes. Newest raised first, with the alarm's identity
 * as tie-break so that pages never overlap. The fleet's active alarms walk the partial index
 * {@code vehicle_alarm_active_idx}, all of them {@code vehicle_alarm_time_idx}, one vehicle's
 * {@code vehicle_alarm_vin_time_idx}. Only the alarms of vehicles the caller may act on ({@link VehicleAccess}).
 */
@Repository
class AlarmRepository {

    static final String COLUMNS = "vin, alarm_type, subject, since, raised_at, cleared_at, detail, cleared_detail";
    static final String ORDER = " ORDER BY raised_at DESC, vin, alarm_type, subject, since";

    private final JdbcClient jdbc;
    private final VehicleAccess access;

    AlarmRepository(JdbcClient jdbc, VehicleAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /**
     * One page of the alarms matching {@code query} of the vehicles {@code caller} may act on: of vehicle {@code vin},
     * or of all of them ({@code vin} null).
     */
    Page<Alarm> findPage(Caller caller, String vin, AlarmQuery query, PageQuery page) {
        // an alarm still active when the subscription began concerns its subscriber too
        Restriction permitted = access.restrictHistory(caller, "vehicle_alarm.vin",
                "COALESCE(vehicle_alarm.cleared_at, 'infinity')");
        String plain = where(vin, query);
        String where = (plain.isEmpty() ? " WHERE " : plain + " AND ") + permitted.sql();
        long total = bind(permitted.bind(jdbc.sql("SELECT count(*) FROM vehicle_alarm" + where)), vin, query)
                .query(Long.class).single();
        List<Alarm> items = bind(permitted.bind(jdbc.sql("SELECT " + COLUMNS + " FROM vehicle_alarm" + where + ORDER
                        + " LIMIT :limit OFFSET :offset")), vin, query)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> alarm(rs))
                .list();
        return Page.of(items, page, total);
    }

    static String where(String vin, AlarmQuery query) {
        List<String> conditions = new ArrayList<>();
        if (vin != null) {
            conditions.add("vin = :vin");
        }
        if (query.active() != null) {
            conditions.add(query.active() ? "cleared_at IS NULL" : "cleared_at IS NOT NULL");
        }
        if (query.type() != null) {
            conditions.add("alarm_type = :type");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, String vin, AlarmQuery query) {
        if (vin != null) {
            statement = statement.param("vin", vin);
        }
        if (query.type() != null) {
            statement = statement.param("type", query.type().name());
        }
        return statement;
    }

    private static Alarm alarm(ResultSet rs) throws SQLException {
        Instant clearedAt = instant(rs, "cleared_at");
        return new Alarm(rs.getString("vin"), AlarmType.valueOf(rs.getString("alarm_type")), rs.getString("subject"),
                clearedAt == null, instant(rs, "since"), instant(rs, "raised_at"), clearedAt, rs.getString("detail"),
                rs.getString("cleared_detail"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
