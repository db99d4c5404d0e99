package dev.pitwall.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pitwall.infra.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs on embedded PostgreSQL, or the server named by -Dpitwall.test.jdbc (see TestDatabases). */
class SchemaMigratorIT {

    private static final String LATEST = "4";

    private String url;

    @BeforeEach
    void freshDatabase() {
        url = TestDatabases.createDatabase();
    }

    @Test
    void migratesAnEmptyDatabaseAndIsIdempotent() throws SQLException {
        assertThat(SchemaMigrator.migrate(url, null, null)).isEqualTo(LATEST);
        assertThat(SchemaMigrator.migrate(url, null, null)).isEqualTo(LATEST);
        assertThat(count("SELECT count(*) FROM information_schema.tables WHERE table_name IN "
                + "('telemetry','vehicle_state','health_history','failure_prediction')")).isEqualTo(4);
    }

    @Test
    void telemetryIsPartitionedByMonthWithoutTimescale() throws SQLException {
        SchemaMigrator.migrate(url, null, null);
        String current = OffsetDateTime.now(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).toString();
        String part = "telemetry_y" + current.substring(0, 4) + "m" + current.substring(5, 7);
        assertThat(count("SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE c.relname = '"
                + part + "'")).isEqualTo(1);
        // beyond the prepared months rows still land, in the default partition
        execute("INSERT INTO telemetry (vin, seq, event_time) VALUES ('WVWZZZ1JZXW000001', 1, '2099-01-01T00:00:00Z')");
        assertThat(count("SELECT count(*) FROM telemetry_default")).isEqualTo(1);
    }

    @Test
    void duplicateMessageInsertsOneRow() throws SQLException {
        SchemaMigrator.migrate(url, null, null);
        String insert = "INSERT INTO telemetry (vin, seq, event_time, speed_kmh) VALUES "
                + "('WVWZZZ1JZXW000001', 7, now()::date, 50) ON CONFLICT (vin, seq, event_time) DO NOTHING";
        execute(insert);
        execute(insert);
        assertThat(count("SELECT count(*) FROM telemetry WHERE vin = 'WVWZZZ1JZXW000001' AND seq = 7")).isEqualTo(1);
    }

    @Test
    void healthScoreOutOfRangeIsRejected() throws SQLException {
        SchemaMigrator.migrate(url, null, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(
                "INSERT INTO vehicle_state (vin, last_seq, last_event_time, health_score, health_band) "
                        + "VALUES ('WVWZZZ1JZXW000001', 1, now(), 101, 'GOOD')"))
                .isInstanceOf(SQLException.class).hasMessageContaining("health_score");
    }

    @Test
    void replayedPredictionIsStoredOnceAndNonsenseIsRejected() throws SQLException {
        SchemaMigrator.migrate(url, null, null);
        String insert = "INSERT INTO failure_prediction (vin, component, seq, event_time, probability, horizon_days, "
                + "model_version) VALUES ('WVWZZZ1JZXW000001', 'BATTERY', 7, now(), 0.4, 14, 'm1') "
                + "ON CONFLICT (vin, component, seq) DO NOTHING";
        execute(insert);
        execute(insert);
        assertThat(count("SELECT count(*) FROM failure_prediction")).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(insert.replace("0.4", "1.5")
                        .replace("7,", "8,"))).isInstanceOf(SQLException.class).hasMessageContaining("probability");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> execute(insert.replace("'BATTERY'", "'WIPERS'")))
                .isInstanceOf(SQLException.class).hasMessageContaining("component");
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
