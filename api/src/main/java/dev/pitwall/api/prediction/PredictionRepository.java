package dev.pitwall.api.prediction;

import dev.pitwall.api.web.TimeRange;
import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.maintenance.FailurePrediction.FeatureContribution;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the stream job's {@code failure_prediction} rows; never writes. Both queries probe
 * {@code failure_prediction_vin_time_idx (vin, component, event_time DESC)} once per component and stop after
 * the rows they return. That is why they are lateral joins over the components rather than
 * {@code DISTINCT ON (component)} or a {@code row_number()} window: those read every row of the vehicle (in the
 * range) before keeping a few, which for a vehicle with months of history means a sequential scan and a sort.
 */
@Repository
class PredictionRepository {

    private static final TypeReference<List<FeatureContribution>> FEATURES = new TypeReference<>() {
    };

    /** Each component's newest prediction; the tie-break on seq makes "newest" deterministic. */
    static final String CURRENT_SQL = """
            SELECT p.* FROM unnest(CAST(ARRAY[:components] AS text[])) AS c(component)
            CROSS JOIN LATERAL (
                SELECT component, seq, event_time, probability, horizon_days, expected_rul_days, model_version,
                       top_features
                FROM failure_prediction f
                WHERE f.vin = :vin AND f.component = c.component
                ORDER BY f.event_time DESC, f.seq DESC
                LIMIT 1) p""";

    /** Per component, the newest {@code :limit} points of the range, newest first. */
    static final String TREND_SQL = """
            SELECT p.* FROM unnest(CAST(ARRAY[:components] AS text[])) AS c(component)
            CROSS JOIN LATERAL (
                SELECT component, seq, event_time, probability, expected_rul_days
                FROM failure_prediction f
                WHERE f.vin = :vin AND f.component = c.component AND f.event_time >= :from AND f.event_time < :to
                ORDER BY f.event_time DESC, f.seq DESC
                LIMIT :limit) p
            ORDER BY p.component, p.event_time DESC, p.seq DESC""";

    private static final List<String> ALL_COMPONENTS = Arrays.stream(Component.values()).map(Component::name).toList();

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PredictionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The newest prediction of each component of {@code vin}, whenever made; components never predicted are absent. */
    List<FailurePrediction> findCurrent(String vin) {
        return jdbc.sql(CURRENT_SQL)
                .param("components", ALL_COMPONENTS)
                .param("vin", vin)
                .query((rs, n) -> new FailurePrediction(vin, rs.getLong("seq"), instant(rs, "event_time"),
                        Component.valueOf(rs.getString("component")), rs.getDouble("probability"),
                        rs.getInt("horizon_days"), rs.getObject("expected_rul_days", Double.class),
                        rs.getString("model_version"), features(rs.getString("top_features"))))
                .list();
    }

    /**
     * For each of {@code components}, its newest {@code limit} predictions with {@code from <= event_time < to},
     * newest first (then highest seq); a component without points in the range maps to an empty list.
     */
    Map<Component, List<PredictionPoint>> findTrends(String vin, Collection<Component> components, TimeRange range,
            int limit) {
        Map<Component, List<PredictionPoint>> trends = new EnumMap<>(Component.class);
        components.forEach(c -> trends.put(c, new ArrayList<>()));
        if (components.isEmpty()) {
            return trends;
        }
        jdbc.sql(TREND_SQL)
                .param("components", components.stream().map(Component::name).toList())
                .param("vin", vin)
                .param("from", utc(range.from()))
                .param("to", utc(range.to()))
                .param("limit", limit)
                .query((ResultSet rs) -> {
                    trends.get(Component.valueOf(rs.getString("component"))).add(new PredictionPoint(
                            instant(rs, "event_time"), rs.getDouble("probability"),
                            rs.getObject("expected_rul_days", Double.class)));
                });
        return trends;
    }

    private List<FeatureContribution> features(String jsonArray) {
        return jsonArray == null ? List.of() : json.readValue(jsonArray, FEATURES);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
