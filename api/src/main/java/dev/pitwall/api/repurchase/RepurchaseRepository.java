package dev.pitwall.api.repurchase;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.profile.DrivingSegment;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads what the stream job and the subscription records hold about vehicles (state, health history, newest
 * predictions, driving profile, active subscription); never writes. Per vehicle it costs one primary-key lookup in
 * each of vehicle_state, vehicle_profile and subscription, two probes of {@code health_history_vin_time_idx} and one
 * of {@code failure_prediction_vin_time_idx} per component, whether for one vehicle or for every subscribed one.
 */
@Repository
class RepurchaseRepository {

    /** The facts of the vehicles the WHERE clause ({@code %s}) selects, v being vehicle_state and s subscription. */
    static final String FACTS_SQL = """
            SELECT v.vin, v.odometer_km, v.latitude, v.longitude, v.last_event_time, v.health_score,
                   COALESCE(hb.score, hi.score) AS baseline_score,
                   COALESCE(hb.event_time, hi.event_time) AS baseline_time,
                   fp.components, fp.probabilities,
                   p.vin IS NOT NULL AS has_profile,
                   CAST(p.details ->> 'kmPerDay' AS double precision) AS km_per_day,
                   p.attributes, p.overall_score,
                   s.plan, s.ends_on
            FROM vehicle_state v
            LEFT JOIN subscription s ON s.vin = v.vin AND s.status = 'ACTIVE'
            LEFT JOIN vehicle_profile p ON p.vin = v.vin
            -- the score in force when the window began: history rows are written on every change
            LEFT JOIN LATERAL (
                SELECT h.score, h.event_time FROM health_history h
                WHERE h.vin = v.vin AND h.event_time <= v.last_event_time - make_interval(secs => :windowSeconds)
                ORDER BY h.event_time DESC LIMIT 1) hb ON true
            -- else, for a vehicle younger than the window, its oldest score
            LEFT JOIN LATERAL (
                SELECT h.score, h.event_time FROM health_history h
                WHERE h.vin = v.vin AND h.event_time > v.last_event_time - make_interval(secs => :windowSeconds)
                ORDER BY h.event_time LIMIT 1) hi ON true
            -- each component's newest prediction, one index probe per component (see PredictionRepository)
            LEFT JOIN LATERAL (
                SELECT array_agg(f.component) AS components, array_agg(f.probability) AS probabilities
                FROM unnest(CAST(ARRAY[:components] AS text[])) AS c(component)
                CROSS JOIN LATERAL (
                    SELECT component, probability FROM failure_prediction f
                    WHERE f.vin = v.vin AND f.component = c.component
                    ORDER BY f.event_time DESC, f.seq DESC LIMIT 1) f) fp ON true
            WHERE %s""";

    static final String ONE_VEHICLE_SQL = FACTS_SQL.formatted("v.vin = :vin");
    static final String SUBSCRIBED_SQL = FACTS_SQL.formatted("s.subscription_id IS NOT NULL");

    private static final List<String> ALL_COMPONENTS = Arrays.stream(Component.values()).map(Component::name).toList();

    private final JdbcClient jdbc;

    RepurchaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The vehicle's facts; empty when it never reported. */
    Optional<VehicleFacts> findVehicle(String vin, Duration trendWindow) {
        return jdbc.sql(ONE_VEHICLE_SQL)
                .param("vin", vin)
                .param("windowSeconds", trendWindow.toSeconds())
                .param("components", ALL_COMPONENTS)
                .query((rs, n) -> facts(rs)).optional();
    }

    /** The facts of every vehicle with an ACTIVE subscription that has reported, in no particular order. */
    List<VehicleFacts> findSubscribedVehicles(Duration trendWindow) {
        return jdbc.sql(SUBSCRIBED_SQL)
                .param("windowSeconds", trendWindow.toSeconds())
                .param("components", ALL_COMPONENTS)
                .query((rs, n) -> facts(rs)).list();
    }

    private static VehicleFacts facts(ResultSet rs) throws SQLException {
        boolean hasProfile = rs.getBoolean("has_profile");
        return new VehicleFacts(rs.getString("vin"), rs.getObject("odometer_km", Double.class),
                rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
                instant(rs, "last_event_time"), rs.getInt("health_score"),
                rs.getObject("baseline_score", Integer.class),
                instant(rs, "baseline_time"), probabilities(rs.getArray("components"), rs.getArray("probabilities")),
                hasProfile, rs.getObject("km_per_day", Double.class),
                hasProfile ? segments(rs.getArray("attributes")) : List.of(),
                rs.getObject("overall_score", Integer.class), rs.getString("plan"),
                rs.getObject("ends_on", LocalDate.class));
    }

    private static Map<Component, Double> probabilities(Array components, Array probabilities) throws SQLException {
        Map<Component, Double> result = new EnumMap<>(Component.class);
        if (components == null) {
            return result;
        }
        Object[] names = (Object[]) components.getArray();
        Object[] values = (Object[]) probabilities.getArray();
        for (int i = 0; i < names.length; i++) {
            result.put(Component.valueOf((String) names[i]), ((Number) values[i]).doubleValue());
        }
        return result;
    }

    private static List<DrivingSegment> segments(Array array) throws SQLException {
        List<DrivingSegment> segments = new ArrayList<>();
        for (Object name : (Object[]) array.getArray()) {
            segments.add(DrivingSegment.valueOf((String) name));
        }
        return segments;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
