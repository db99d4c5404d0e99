package dev.pitwall.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.infra.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs on embedded PostgreSQL, or the server named by -Dpitwall.test.jdbc (see TestDatabases). */
class SchemaMigratorIT {

    private static final String LATEST = "21";

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

    @Test
    void storesWearSignalsInTelemetryAndVehicleState() throws SQLException {
        SchemaMigrator.migrate(url, null, null);
        execute("INSERT INTO telemetry (vin, seq, event_time, cranking_voltage, oil_life_pct, brake_pad_wear_front_pct, "
                + "brake_pad_wear_rear_pct) VALUES ('WVWZZZ1JZXW000001', 1, now(), 9.87, 42, 100, 0)");
        execute("INSERT INTO vehicle_state (vin, last_seq, last_event_time, cranking_voltage, oil_life_pct, "
                + "brake_pad_wear_front_pct, brake_pad_wear_rear_pct, health_score, health_band) "
                + "VALUES ('WVWZZZ1JZXW000001', 1, now(), 36, 0, 55.5, NULL, 90, 'GOOD')");

        assertThat(count("SELECT count(*) FROM telemetry WHERE cranking_voltage = 9.87 AND oil_life_pct = 42 "
                + "AND brake_pad_wear_front_pct = 100 AND brake_pad_wear_rear_pct = 0")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM vehicle_state WHERE cranking_voltage = 36 AND oil_life_pct = 0 "
                + "AND brake_pad_wear_front_pct = 55.5 AND brake_pad_wear_rear_pct IS NULL")).isEqualTo(1);
    }

    @Test
    void rejectsWearSignalsOutsideTheContractsRanges() {
        SchemaMigrator.migrate(url, null, null);
        Map<String, List<String>> outOfRange = Map.of(
                "cranking_voltage", List.of("-0.5", "36.01"),
                "oil_life_pct", List.of("-1", "101"),
                "brake_pad_wear_front_pct", List.of("-0.1", "100.5"),
                "brake_pad_wear_rear_pct", List.of("-1", "150"));
        long seq = 1;
        for (var column : outOfRange.entrySet()) {
            for (String value : column.getValue()) {
                // a row of this month and one beyond the prepared months: the parent's check reaches every partition
                for (String eventTime : List.of("now()", "'2099-01-01T00:00:00Z'")) {
                    String insert = "INSERT INTO telemetry (vin, seq, event_time, " + column.getKey() + ") VALUES "
                            + "('WVWZZZ1JZXW000001', " + seq++ + ", " + eventTime + ", " + value + ")";
                    assertThatThrownBy(() -> execute(insert)).as(insert)
                            .isInstanceOf(SQLException.class).hasMessageContaining(column.getKey());
                }
                String state = "INSERT INTO vehicle_state (vin, last_seq, last_event_time, " + column.getKey()
                        + ", health_score, health_band) VALUES ('WVWZZZ1JZXW000001', 1, now(), " + value + ", 90, 'GOOD')";
                assertThatThrownBy(() -> execute(state)).as(state)
                        .isInstanceOf(SQLException.class).hasMessageContaining(column.getKey());
            }
        }
    }

    @Test
    void upgradeFromVersion4KeepsRowsWithoutWearSignals() throws SQLException {
        Flyway.configure().dataSource(url, null, null).locations(SchemaMigrator.LOCATION).target("4").load().migrate();
        execute("INSERT INTO telemetry (vin, seq, event_time, battery_voltage) "
                + "VALUES ('WVWZZZ1JZXW000001', 1, now(), 12.4)");
        execute("INSERT INTO vehicle_state (vin, last_seq, last_event_time, battery_voltage, health_score, health_band) "
                + "VALUES ('WVWZZZ1JZXW000001', 1, now(), 12.4, 100, 'GOOD')");

        assertThat(SchemaMigrator.migrate(url, null, null)).isEqualTo(LATEST);

        for (String table : List.of("telemetry", "vehicle_state")) {
            assertThat(count("SELECT count(*) FROM " + table + " WHERE battery_voltage = 12.4 AND cranking_voltage IS NULL "
                    + "AND oil_life_pct IS NULL AND brake_pad_wear_front_pct IS NULL "
                    + "AND brake_pad_wear_rear_pct IS NULL")).as(table).isEqualTo(1);
        }
        assertThatThrownBy(() -> execute("UPDATE telemetry SET oil_life_pct = 150"))
                .isInstanceOf(SQLException.class).hasMessageContaining("oil_life_pct");
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
