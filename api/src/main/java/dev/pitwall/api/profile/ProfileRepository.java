package dev.pitwall.api.profile;

import dev.pitwall.core.profile.DrivingSegment;
import dev.pitwall.core.profile.ProfileTotals;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the stream job's {@code vehicle_profile} and {@code vehicle_daily_usage} rows; never writes. The daily rows
 * of one vehicle and a range of days walk the primary key (vin, day) backwards.
 */
@Repository
class ProfileRepository {

    static final String PROFILE_SQL = """
            SELECT vin, as_of, window_from, window_to, overall_score, smoothness_score, speed_discipline_score,
                   night_driving_pct, attributes, details
            FROM vehicle_profile WHERE vin = :vin""";

    static final String DAYS_SQL = """
            SELECT day, km, driving_minutes, fuel_used_litres, refuelled_litres, refuel_count, trips, harsh_brakings,
                   harsh_accelerations, night_km, speeding_minutes, as_of
            FROM vehicle_daily_usage WHERE vin = :vin AND day BETWEEN :from AND :to
            ORDER BY day DESC""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProfileRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The vehicle's profile without daily rows, empty when none was written. */
    Optional<VehicleProfile> findProfile(String vin) {
        return jdbc.sql(PROFILE_SQL).param("vin", vin).query((rs, n) -> profile(rs)).optional();
    }

    /** The vehicle's daily rows from {@code from} to {@code to} (local days, inclusive), newest first. */
    List<VehicleProfile.DailyUsage> findDays(String vin, LocalDate from, LocalDate to) {
        return jdbc.sql(DAYS_SQL).param("vin", vin).param("from", from).param("to", to)
                .query((rs, n) -> new VehicleProfile.DailyUsage(rs.getObject("day", LocalDate.class),
                        rs.getDouble("km"), rs.getDouble("driving_minutes"), rs.getDouble("fuel_used_litres"),
                        rs.getDouble("refuelled_litres"), rs.getInt("refuel_count"), rs.getInt("trips"),
                        rs.getInt("harsh_brakings"), rs.getInt("harsh_accelerations"), rs.getDouble("night_km"),
                        rs.getDouble("speeding_minutes"), instant(rs, "as_of")))
                .list();
    }

    private VehicleProfile profile(ResultSet rs) throws SQLException {
        VehicleProfile.Scores scores = new VehicleProfile.Scores(rs.getObject("overall_score", Integer.class),
                rs.getObject("smoothness_score", Integer.class), rs.getObject("speed_discipline_score", Integer.class),
                rs.getObject("night_driving_pct", Integer.class));
        return new VehicleProfile(rs.getString("vin"), instant(rs, "as_of"),
                rs.getObject("window_from", LocalDate.class), rs.getObject("window_to", LocalDate.class), scores,
                segments(rs.getArray("attributes")), json.readValue(rs.getString("details"), ProfileTotals.class),
                List.of());
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
