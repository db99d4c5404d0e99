package dev.pitwall.api.vehicle;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.security.VehicleAccess.Restriction;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.TimeRange;
import dev.pitwall.core.health.HealthBand;
import dev.pitwall.core.health.HealthContribution;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what the stream job writes ({@code vehicle_state}, {@code telemetry}, {@code health_history});
 * never writes. Every query walks an index: the primary keys, {@code vehicle_state_band_idx},
 * {@code telemetry_vin_time_idx} and {@code health_history_vin_time_idx}. The list and the existence check are
 * limited to the vehicles the caller may act on ({@link VehicleAccess}); the per-vehicle reads come after that check.
 */
@Repository
class VehicleRepository {

    private static final TypeReference<List<HealthContribution>> REASONS = new TypeReference<>() {
    };

    private static final String SUMMARY_COLUMNS = "vin, health_score, health_band, last_event_time, odometer_km, "
            + "fuel_level_pct, latitude, longitude, active_dtcs";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final VehicleAccess access;

    VehicleRepository(JdbcClient jdbc, JsonMapper json, VehicleAccess access) {
        this.jdbc = jdbc;
        this.json = json;
        this.access = access;
    }

    /** The vehicles {@code caller} may act on, ordered by VIN, optionally only those in {@code band} (null: all). */
    Page<VehicleSummary> findPage(Caller caller, HealthBand band, PageQuery page) {
        Restriction permitted = access.restrict(caller, "vin");
        String where = " WHERE " + permitted.sql() + (band == null ? "" : " AND health_band = :band");
        long total = withBand(permitted.bind(jdbc.sql("SELECT count(*) FROM vehicle_state" + where)), band)
                .query(Long.class).single();
        List<VehicleSummary> items = withBand(permitted.bind(jdbc.sql("SELECT " + SUMMARY_COLUMNS
                        + " FROM vehicle_state" + where + " ORDER BY vin LIMIT :limit OFFSET :offset")), band)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> summary(rs))
                .list();
        return Page.of(items, page, total);
    }

    private static JdbcClient.StatementSpec withBand(JdbcClient.StatementSpec statement, HealthBand band) {
        return band == null ? statement : statement.param("band", band.name());
    }

    Optional<VehicleDetail> findByVin(String vin) {
        return jdbc.sql("SELECT * FROM vehicle_state WHERE vin = :vin")
                .param("vin", vin)
                .query((rs, n) -> detail(rs))
                .optional();
    }

    /** Whether {@code vin} has reported and {@code caller} may act on it: one answer for both, see KnownVehicles. */
    boolean exists(Caller caller, String vin) {
        Restriction permitted = access.restrict(caller, "vin");
        return permitted.bind(jdbc.sql("SELECT EXISTS (SELECT 1 FROM vehicle_state WHERE vin = :vin AND "
                        + permitted.sql() + ")"))
                .param("vin", vin)
                .query(Boolean.class).single();
    }

    /** Telemetry of {@code vin} with {@code from <= event_time < to}, newest first (then highest seq). */
    Page<TelemetryPoint> findTelemetry(String vin, TimeRange range, PageQuery page) {
        String where = " FROM telemetry WHERE vin = :vin AND event_time >= :from AND event_time < :to";
        long total = jdbc.sql("SELECT count(*)" + where)
                .param("vin", vin).param("from", utc(range.from())).param("to", utc(range.to()))
                .query(Long.class).single();
        List<TelemetryPoint> items = jdbc.sql("SELECT *" + where
                        + " ORDER BY event_time DESC, seq DESC LIMIT :limit OFFSET :offset")
                .param("vin", vin).param("from", utc(range.from())).param("to", utc(range.to()))
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> telemetry(rs))
                .list();
        return Page.of(items, page, total);
    }

    /** The newest {@code limit} health points of {@code vin} within the range, newest first. */
    List<HealthPoint> findHealthHistory(String vin, TimeRange range, int limit) {
        return jdbc.sql("SELECT seq, event_time, score, band, reasons FROM health_history"
                        + " WHERE vin = :vin AND event_time >= :from AND event_time < :to"
                        + " ORDER BY event_time DESC, seq DESC LIMIT :limit")
                .param("vin", vin).param("from", utc(range.from())).param("to", utc(range.to()))
                .param("limit", limit)
                .query((rs, n) -> new HealthPoint(rs.getLong("seq"), instant(rs, "event_time"), rs.getInt("score"),
                        HealthBand.valueOf(rs.getString("band")), reasons(rs.getString("reasons"))))
                .list();
    }

    private VehicleSummary summary(ResultSet rs) throws SQLException {
        return new VehicleSummary(rs.getString("vin"), rs.getInt("health_score"),
                HealthBand.valueOf(rs.getString("health_band")), instant(rs, "last_event_time"),
                number(rs, "odometer_km"), number(rs, "fuel_level_pct"), number(rs, "latitude"),
                number(rs, "longitude"), strings(rs.getArray("active_dtcs")));
    }

    private VehicleDetail detail(ResultSet rs) throws SQLException {
        return new VehicleDetail(rs.getString("vin"), rs.getLong("last_seq"), instant(rs, "last_event_time"),
                instant(rs, "updated_at"), number(rs, "odometer_km"), number(rs, "speed_kmh"),
                number(rs, "latitude"), number(rs, "longitude"), number(rs, "fuel_level_pct"),
                number(rs, "coolant_temp_c"), number(rs, "battery_voltage"), rs.getObject("engine_running", Boolean.class),
                number(rs, "engine_rpm"), number(rs, "engine_hours"), tires(rs), battery(rs), number(rs, "oil_life_pct"),
                brakePads(rs), strings(rs.getArray("active_dtcs")),
                new VehicleHealth(rs.getInt("health_score"), HealthBand.valueOf(rs.getString("health_band")),
                        reasons(rs.getString("health_reasons"))));
    }

    private TelemetryPoint telemetry(ResultSet rs) throws SQLException {
        return new TelemetryPoint(rs.getLong("seq"), instant(rs, "event_time"), instant(rs, "ingested_at"),
                number(rs, "odometer_km"), number(rs, "speed_kmh"), number(rs, "latitude"), number(rs, "longitude"),
                number(rs, "heading_deg"), number(rs, "fuel_level_pct"), number(rs, "coolant_temp_c"),
                number(rs, "engine_rpm"), rs.getObject("engine_running", Boolean.class), number(rs, "engine_hours"),
                number(rs, "battery_voltage"), number(rs, "ambient_temp_c"), tires(rs), battery(rs),
                number(rs, "oil_life_pct"), brakePads(rs), strings(rs.getArray("dtcs")));
    }

    private static TirePressures tires(ResultSet rs) throws SQLException {
        return new TirePressures(number(rs, "tire_fl_kpa"), number(rs, "tire_fr_kpa"), number(rs, "tire_rl_kpa"),
                number(rs, "tire_rr_kpa"));
    }

    private static Battery battery(ResultSet rs) throws SQLException {
        return new Battery(number(rs, "battery_voltage"), number(rs, "cranking_voltage"));
    }

    private static BrakePads brakePads(ResultSet rs) throws SQLException {
        return new BrakePads(number(rs, "brake_pad_wear_front_pct"), number(rs, "brake_pad_wear_rear_pct"));
    }

    private List<HealthContribution> reasons(String jsonArray) {
        return jsonArray == null ? List.of() : json.readValue(jsonArray, REASONS);
    }

    private static Double number(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Double.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((String[]) array.getArray()).filter(Objects::nonNull).toList();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
