package dev.pitwall.stream;

import static dev.pitwall.stream.TelemetryFixtures.T0;
import static dev.pitwall.stream.TelemetryFixtures.vin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.core.alarm.AlarmState;
import dev.pitwall.core.alarm.AlarmType;
import dev.pitwall.core.alarm.VehicleAlarm;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The vehicle_alarm sink's statement against PostgreSQL migrated by storage, in batches as the JDBC sink sends it. */
class VehicleAlarmSqlIT {

    static final VehicleAlarm RAISED = new VehicleAlarm(vin(1), AlarmType.DTC_PERSISTENT, "P0301", AlarmState.RAISED,
            T0, T0.plus(Duration.ofHours(1)), "P0301 active since 2026-11-01T08:00:00Z (1 h)");
    static final VehicleAlarm CLEARED = new VehicleAlarm(vin(1), AlarmType.DTC_PERSISTENT, "P0301",
            AlarmState.CLEARED, T0, T0.plus(Duration.ofMinutes(65)), "P0301 no longer reported at ...");

    PipelineTables db;

    @BeforeEach
    void freshDatabase() {
        db = PipelineTables.createMigrated();
    }

    @Test
    void raiseAndClearInOneBatchWriteOneRowAndTheirReplayChangesNothing() throws SQLException {
        write(RAISED, CLEARED);
        List<JsonNode> once = db.vehicleAlarms();
        write(RAISED, CLEARED, RAISED);
        write(new VehicleAlarm(CLEARED.vin(), CLEARED.type(), CLEARED.subject(), AlarmState.CLEARED, CLEARED.since(),
                T0.plus(Duration.ofHours(3)), "a later clear of the same alarm"));

        assertThat(db.vehicleAlarms()).isEqualTo(once).singleElement().satisfies(row -> {
            assertThat(instant(row, "since")).isEqualTo(T0);
            assertThat(instant(row, "raised_at")).isEqualTo(RAISED.at());
            assertThat(instant(row, "cleared_at")).isEqualTo(CLEARED.at());
            assertThat(row.get("detail").asText()).isEqualTo(RAISED.detail());
            assertThat(row.get("cleared_detail").asText()).isEqualTo(CLEARED.detail());
        });
    }

    @Test
    void aRaiseStaysActiveAndAClearWithoutItsRaiseWritesNothing() throws SQLException {
        write(RAISED);
        write(new VehicleAlarm(vin(2), AlarmType.VEHICLE_OFFLINE, "", AlarmState.CLEARED, T0, T0.plusSeconds(900),
                "telemetry again"));

        assertThat(db.vehicleAlarms()).singleElement()
                .satisfies(row -> assertThat(row.get("cleared_at").isNull()).isTrue());
    }

    @Test
    void theSameConditionBeginningAgainIsANewRow() throws SQLException {
        write(RAISED, CLEARED, new VehicleAlarm(vin(1), AlarmType.DTC_PERSISTENT, "P0301", AlarmState.RAISED,
                T0.plus(Duration.ofHours(2)), T0.plus(Duration.ofHours(3)), "again"));

        assertThat(db.vehicleAlarms()).hasSize(2);
        assertThat(db.queryLong("SELECT count(*) FROM vehicle_alarm WHERE cleared_at IS NULL")).isEqualTo(1);
    }

    @Test
    void theTableRefusesAlarmsThatCannotBe() {
        assertThatThrownBy(() -> write(new VehicleAlarm(vin(1), AlarmType.VEHICLE_OFFLINE, "P0301", AlarmState.RAISED,
                T0, T0.plusSeconds(600), "offline with a code"))).hasMessageContaining("vehicle_alarm_subject_check");
        assertThatThrownBy(() -> write(new VehicleAlarm(vin(1), AlarmType.DTC_PERSISTENT, "", AlarmState.RAISED,
                T0, T0.plusSeconds(600), "a code without a code"))).hasMessageContaining("vehicle_alarm_subject_check");
        assertThatThrownBy(() -> write(new VehicleAlarm(vin(1), AlarmType.BATTERY_LOW_PARKED, "", AlarmState.RAISED,
                T0, T0.minusSeconds(1), "raised before it began"))).hasMessageContaining("vehicle_alarm_order_check");
        assertThatThrownBy(() -> execute("INSERT INTO vehicle_alarm (vin, alarm_type, since, raised_at, detail) "
                + "VALUES ('" + vin(1) + "', 'TIRE_FLAT', now(), now(), 'x')"))
                .hasMessageContaining("vehicle_alarm_alarm_type_check");
        assertThatThrownBy(() -> execute("INSERT INTO vehicle_alarm (vin, alarm_type, since, raised_at, detail, "
                + "cleared_at) VALUES ('" + vin(1) + "', 'VEHICLE_OFFLINE', now(), now(), 'x', now())"))
                .hasMessageContaining("vehicle_alarm_cleared_detail_check");
    }

    private static Instant instant(JsonNode row, String column) {
        return OffsetDateTime.parse(row.get(column).asText()).toInstant();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private void write(VehicleAlarm... alarms) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url);
                PreparedStatement ps = c.prepareStatement(PostgresSinks.WRITE_VEHICLE_ALARM)) {
            for (VehicleAlarm alarm : alarms) {
                PostgresSinks.bindVehicleAlarm(ps, alarm);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
