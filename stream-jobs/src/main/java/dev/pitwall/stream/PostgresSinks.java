package dev.pitwall.stream;

import dev.pitwall.core.alarm.VehicleAlarm;
import dev.pitwall.core.health.HealthAssessment;
import dev.pitwall.core.lead.ServiceLead;
import dev.pitwall.core.maintenance.FailurePrediction;
import dev.pitwall.core.health.VehicleState;
import dev.pitwall.core.telemetry.Telemetry;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.connector.jdbc.JdbcConnectionOptions;
import org.apache.flink.connector.jdbc.JdbcExecutionOptions;
import org.apache.flink.connector.jdbc.JdbcStatementBuilder;
import org.apache.flink.connector.jdbc.core.datastream.sink.JdbcSink;

/**
 * The PostgreSQL sinks (flink-connector-jdbc 4.0, Sink V2, at least once). Every statement is idempotent
 * on the pipeline's keys, so replaying input after a restart rewrites nothing and duplicates nothing:
 * telemetry, health_history and failure_prediction insert-or-ignore on {@code (vin, seq[, ...])}; vehicle_state
 * upserts only when the incoming state is newer than the row, so a replay or a late write never rolls a vehicle
 * back; vehicle_alarm inserts-or-ignores a raise and sets a clear only once, on the alarm's identity.
 *
 * <p>Statements are batched ({@code jdbc-batch-size}, {@code jdbc-batch-interval}) and always flushed on a
 * checkpoint. A failed batch is retried {@code jdbc-max-retries} times; a lost connection is re-established with
 * backoff for up to {@code jdbc-reconnect-timeout} ({@link ReconnectingConnectionProvider}); beyond that the
 * job fails and the restart strategy takes over, resuming from the last checkpoint ({@link QuietCloseSink} keeps
 * that failure a job restart rather than a TaskManager crash).
 *
 * <p>The insert-only sinks and the vehicle_state upsert let the driver merge each batch into multi-row statements.
 * Do not set {@code reWriteBatchedInserts=true} in the JDBC URL itself: it would apply to the alarm statement too,
 * and PostgreSQL refuses an upsert that touches the same row twice in one statement; vehicle_state is safe only
 * because {@link LatestPerKeySink} never puts a vehicle twice into one batch.
 */
public final class PostgresSinks {

    static final String INSERT_TELEMETRY = """
            INSERT INTO telemetry (vin, seq, event_time, odometer_km, speed_kmh, latitude, longitude, heading_deg,
                fuel_level_pct, coolant_temp_c, engine_rpm, engine_running, engine_hours, battery_voltage,
                ambient_temp_c, tire_fl_kpa, tire_fr_kpa, tire_rl_kpa, tire_rr_kpa, dtcs, cranking_voltage,
                brake_pad_wear_front_pct, brake_pad_wear_rear_pct, oil_life_pct)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (vin, seq, event_time) DO NOTHING""";

    static final String UPSERT_VEHICLE_STATE = """
            INSERT INTO vehicle_state (vin, last_seq, last_event_time, odometer_km, speed_kmh, latitude, longitude,
                fuel_level_pct, coolant_temp_c, battery_voltage, engine_running, engine_rpm, engine_hours,
                tire_fl_kpa, tire_fr_kpa, tire_rl_kpa, tire_rr_kpa, active_dtcs, cranking_voltage,
                brake_pad_wear_front_pct, brake_pad_wear_rear_pct, oil_life_pct, health_score, health_band,
                health_reasons, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())
            ON CONFLICT (vin) DO UPDATE SET
                last_seq = EXCLUDED.last_seq, last_event_time = EXCLUDED.last_event_time,
                odometer_km = EXCLUDED.odometer_km, speed_kmh = EXCLUDED.speed_kmh,
                latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude,
                fuel_level_pct = EXCLUDED.fuel_level_pct, coolant_temp_c = EXCLUDED.coolant_temp_c,
                battery_voltage = EXCLUDED.battery_voltage, engine_running = EXCLUDED.engine_running,
                engine_rpm = EXCLUDED.engine_rpm, engine_hours = EXCLUDED.engine_hours,
                tire_fl_kpa = EXCLUDED.tire_fl_kpa, tire_fr_kpa = EXCLUDED.tire_fr_kpa,
                tire_rl_kpa = EXCLUDED.tire_rl_kpa, tire_rr_kpa = EXCLUDED.tire_rr_kpa,
                active_dtcs = EXCLUDED.active_dtcs, cranking_voltage = EXCLUDED.cranking_voltage,
                brake_pad_wear_front_pct = EXCLUDED.brake_pad_wear_front_pct,
                brake_pad_wear_rear_pct = EXCLUDED.brake_pad_wear_rear_pct,
                oil_life_pct = EXCLUDED.oil_life_pct, health_score = EXCLUDED.health_score,
                health_band = EXCLUDED.health_band, health_reasons = EXCLUDED.health_reasons,
                updated_at = now()
            WHERE (vehicle_state.last_event_time, vehicle_state.last_seq)
                < (EXCLUDED.last_event_time, EXCLUDED.last_seq)""";

    static final String INSERT_HEALTH_HISTORY = """
            INSERT INTO health_history (vin, seq, event_time, score, band, reasons)
            VALUES (?, ?, ?, ?, ?, ?::jsonb)
            ON CONFLICT (vin, seq) DO NOTHING""";

    static final String INSERT_FAILURE_PREDICTION = """
            INSERT INTO failure_prediction (vin, component, seq, event_time, probability, horizon_days,
                                            expected_rul_days, model_version, top_features)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            ON CONFLICT (vin, component, seq) DO NOTHING""";

    /**
     * One statement for both transitions of an alarm, so that one sink writes them in the order they happened
     * (two sinks would race a clear past its raise). A raise inserts the row or leaves an existing one be; a clear
     * sets cleared_at on the row while it is NULL, and changes nothing when the row is missing (a raise that never
     * reached this database, e.g. one restored from an older backup). Parameters: vin, alarm_type, subject, since,
     * state, at, detail.
     */
    static final String WRITE_VEHICLE_ALARM = """
            WITH event (vin, alarm_type, subject, since, state, at, detail) AS (
                VALUES (CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS timestamptz), CAST(? AS text),
                        CAST(? AS timestamptz), CAST(? AS text))),
            cleared AS (
                UPDATE vehicle_alarm a SET cleared_at = e.at, cleared_detail = e.detail
                FROM event e
                WHERE e.state = 'CLEARED' AND a.vin = e.vin AND a.alarm_type = e.alarm_type
                  AND a.subject = e.subject AND a.since = e.since AND a.cleared_at IS NULL)
            INSERT INTO vehicle_alarm (vin, alarm_type, subject, since, raised_at, detail)
            SELECT vin, alarm_type, subject, since, at, detail FROM event WHERE state = 'RAISED'
            ON CONFLICT (vin, alarm_type, subject, since) DO NOTHING""";

    /**
     * One statement for every event of a lead, in order, idempotent (docs/service-leads.md): OPENED inserts the lead
     * unless it exists; ESCALATED updates what it says when newer; RESOLVED closes it unless an advisor or expiry
     * closed it already; EXPIRED expires it while OPEN or CONTACTED (a booked lead does not expire). Each event is
     * also appended to service_lead_event once, keyed by (lead_id, event, at). Parameters: lead_id, vin, reason,
     * subject, event, priority, opened_at, at, suggested_service, evidence, latitude, longitude, workshops.
     */
    static final String WRITE_SERVICE_LEAD = """
            WITH e (lead_id, vin, reason, subject, event, priority, opened_at, at, suggested_service, evidence,
                    latitude, longitude, workshops) AS (
                VALUES (CAST(? AS uuid), CAST(? AS text), CAST(? AS text), CAST(? AS text), CAST(? AS text),
                        CAST(? AS text), CAST(? AS timestamptz), CAST(? AS timestamptz), CAST(? AS text),
                        CAST(? AS text), CAST(? AS double precision), CAST(? AS double precision),
                        CAST(? AS jsonb))),
            opened AS (
                INSERT INTO service_lead (lead_id, vin, reason, subject, priority, suggested_service, evidence,
                                          latitude, longitude, workshops, opened_at, updated_at)
                SELECT lead_id, vin, reason, subject, priority, suggested_service, evidence, latitude, longitude,
                       workshops, opened_at, at
                FROM e WHERE event = 'OPENED'
                ON CONFLICT (lead_id) DO NOTHING),
            escalated AS (
                UPDATE service_lead l SET priority = e.priority, evidence = e.evidence, workshops = e.workshops,
                       latitude = e.latitude, longitude = e.longitude, updated_at = e.at
                FROM e WHERE e.event = 'ESCALATED' AND l.lead_id = e.lead_id AND l.updated_at < e.at),
            resolved AS (
                UPDATE service_lead l SET resolved_at = e.at,
                       status = CASE WHEN l.status IN ('CLOSED', 'EXPIRED') THEN l.status ELSE 'CLOSED' END,
                       closed_at = COALESCE(l.closed_at, e.at),
                       close_reason = COALESCE(l.close_reason, 'RESOLVED'),
                       status_changed_at = CASE WHEN l.status IN ('CLOSED', 'EXPIRED') THEN l.status_changed_at
                                                ELSE now() END
                FROM e WHERE e.event = 'RESOLVED' AND l.lead_id = e.lead_id AND l.resolved_at IS NULL),
            expired AS (
                UPDATE service_lead l SET status = 'EXPIRED', closed_at = e.at, close_reason = 'EXPIRED',
                       status_changed_at = now()
                FROM e WHERE e.event = 'EXPIRED' AND l.lead_id = e.lead_id AND l.status IN ('OPEN', 'CONTACTED'))
            INSERT INTO service_lead_event (lead_id, event, at, priority, detail, actor)
            SELECT lead_id, event, at, priority, evidence, 'stream' FROM e
            ON CONFLICT (lead_id, event, at) WHERE event <> 'STATUS' DO NOTHING""";

    private PostgresSinks() {
    }

    public static Sink<Telemetry> telemetry(PipelineSettings settings) {
        return sink(settings, "telemetry", INSERT_TELEMETRY, true, PostgresSinks::bindTelemetry);
    }

    /**
     * Upserts of each vehicle's newest state per batch interval ({@link LatestPerKeySink}), merged into
     * multi-row upserts: safe because that sink writes each vehicle at most once per hand-off and flushes after
     * every hand-off, so no batch holds a vehicle twice. Profiled at 5,000 msg/s, single-row upserts were what
     * the stream's task threads waited for most.
     */
    public static Sink<VehicleHealthUpdate> vehicleState(PipelineSettings settings) {
        return new LatestPerKeySink<>(
                sink(settings, "vehicle_state", UPSERT_VEHICLE_STATE, true, PostgresSinks::bindVehicleState),
                update -> update.state().vin(),
                settings.jdbcBatchInterval(), settings.jdbcBatchSize());
    }

    public static Sink<HealthAssessment> healthHistory(PipelineSettings settings) {
        return sink(settings, "health_history", INSERT_HEALTH_HISTORY, true, PostgresSinks::bindHealthHistory);
    }

    public static Sink<FailurePrediction> failurePredictions(PipelineSettings settings) {
        return sink(settings, "failure_prediction", INSERT_FAILURE_PREDICTION, true, PostgresSinks::bindFailurePrediction);
    }

    /** Alarm raises and clears, in order; not merged into multi-row statements (the statement is no plain INSERT). */
    public static Sink<VehicleAlarm> vehicleAlarms(PipelineSettings settings) {
        return sink(settings, "vehicle_alarm", WRITE_VEHICLE_ALARM, false, PostgresSinks::bindVehicleAlarm);
    }

    /** Lead events, in order; not merged into multi-row statements (the statement is no plain INSERT). */
    public static Sink<ServiceLead> serviceLeads(PipelineSettings settings) {
        return sink(settings, "service_lead", WRITE_SERVICE_LEAD, false, PostgresSinks::bindServiceLead);
    }

    /**
     * @param mergeRows lets the driver merge a batch into multi-row INSERTs ({@code reWriteBatchedInserts}):
     *                  far fewer round trips; only where a batch never touches one row twice (see the class comment)
     */
    static <T> Sink<T> sink(PipelineSettings settings, String table, String sql, boolean mergeRows,
            JdbcStatementBuilder<T> binder) {
        JdbcConnectionOptions.JdbcConnectionOptionsBuilder connection =
                new JdbcConnectionOptions.JdbcConnectionOptionsBuilder()
                        .withUrl(settings.jdbcUrl())
                        .withDriverName("org.postgresql.Driver");
        if (mergeRows) {
            connection.withProperty("reWriteBatchedInserts", "true");
        }
        settings.jdbcUserIfSet().ifPresent(connection::withUsername);
        settings.jdbcPasswordIfSet().ifPresent(connection::withPassword);
        JdbcSink<T> jdbc = JdbcSink.<T>builder()
                .withQueryStatement(sql, binder)
                .withExecutionOptions(JdbcExecutionOptions.builder()
                        .withBatchSize(settings.jdbcBatchSize())
                        .withBatchIntervalMs(settings.jdbcBatchInterval().toMillis())
                        .withMaxRetries(settings.jdbcMaxRetries())
                        .build())
                .buildAtLeastOnce(new ReconnectingConnectionProvider(connection.build(),
                        settings.jdbcReconnectTimeout()));
        return new QuietCloseSink<>(jdbc, table);
    }

    static void bindTelemetry(PreparedStatement ps, Telemetry t) throws SQLException {
        VehicleSignals s = t.signals();
        ps.setString(1, t.vin());
        ps.setLong(2, t.seq());
        ps.setObject(3, timestamp(t.eventTime()));
        setDouble(ps, 4, s.odometerKm());
        setDouble(ps, 5, s.speedKmh());
        setDouble(ps, 6, s.latitude());
        setDouble(ps, 7, s.longitude());
        setDouble(ps, 8, s.headingDeg());
        setDouble(ps, 9, s.fuelLevelPct());
        setDouble(ps, 10, s.coolantTempC());
        setDouble(ps, 11, s.engineRpm());
        setBoolean(ps, 12, s.engineRunning());
        setDouble(ps, 13, s.engineHours());
        setDouble(ps, 14, s.batteryVoltage());
        setDouble(ps, 15, s.ambientTempC());
        setDouble(ps, 16, s.tirePressureFrontLeftKpa());
        setDouble(ps, 17, s.tirePressureFrontRightKpa());
        setDouble(ps, 18, s.tirePressureRearLeftKpa());
        setDouble(ps, 19, s.tirePressureRearRightKpa());
        setTextArray(ps, 20, s.dtcs());
        setDouble(ps, 21, s.crankingVoltage());
        setDouble(ps, 22, s.brakePadWearFrontPct());
        setDouble(ps, 23, s.brakePadWearRearPct());
        setDouble(ps, 24, s.oilLifeRemainingPct());
    }

    static void bindVehicleState(PreparedStatement ps, VehicleHealthUpdate update) throws SQLException {
        VehicleState s = update.state();
        HealthAssessment h = update.health();
        ps.setString(1, s.vin());
        ps.setLong(2, s.lastSeq());
        ps.setObject(3, timestamp(s.lastEventTime()));
        setDouble(ps, 4, s.odometerKm());
        setDouble(ps, 5, s.speedKmh());
        setDouble(ps, 6, s.latitude());
        setDouble(ps, 7, s.longitude());
        setDouble(ps, 8, s.fuelLevelPct());
        setDouble(ps, 9, s.coolantTempC());
        setDouble(ps, 10, s.batteryVoltage());
        setBoolean(ps, 11, s.engineRunning());
        setDouble(ps, 12, s.engineRpm());
        setDouble(ps, 13, s.engineHours());
        setDouble(ps, 14, s.tirePressureFrontLeftKpa());
        setDouble(ps, 15, s.tirePressureFrontRightKpa());
        setDouble(ps, 16, s.tirePressureRearLeftKpa());
        setDouble(ps, 17, s.tirePressureRearRightKpa());
        setTextArray(ps, 18, s.activeDtcs());
        setDouble(ps, 19, s.crankingVoltage());
        setDouble(ps, 20, s.brakePadWearFrontPct());
        setDouble(ps, 21, s.brakePadWearRearPct());
        setDouble(ps, 22, s.oilLifeRemainingPct());
        ps.setInt(23, h.score());
        ps.setString(24, h.band().name());
        ps.setString(25, JsonbColumn.write(h.contributions()));
    }

    static void bindHealthHistory(PreparedStatement ps, HealthAssessment h) throws SQLException {
        ps.setString(1, h.vin());
        ps.setLong(2, h.seq());
        ps.setObject(3, timestamp(h.eventTime()));
        ps.setInt(4, h.score());
        ps.setString(5, h.band().name());
        ps.setString(6, JsonbColumn.write(h.contributions()));
    }

    static void bindFailurePrediction(PreparedStatement ps, FailurePrediction p) throws SQLException {
        ps.setString(1, p.vin());
        ps.setString(2, p.component().name());
        ps.setLong(3, p.seq());
        ps.setObject(4, timestamp(p.eventTime()));
        ps.setDouble(5, p.probability());
        ps.setInt(6, p.horizonDays());
        setDouble(ps, 7, p.expectedRulDays());
        ps.setString(8, p.modelVersion());
        ps.setString(9, JsonbColumn.write(p.topFeatures()));
    }

    static void bindVehicleAlarm(PreparedStatement ps, VehicleAlarm a) throws SQLException {
        ps.setString(1, a.vin());
        ps.setString(2, a.type().name());
        ps.setString(3, a.subject());
        ps.setObject(4, timestamp(a.since()));
        ps.setString(5, a.state().name());
        ps.setObject(6, timestamp(a.at()));
        ps.setString(7, a.detail());
    }

    static void bindServiceLead(PreparedStatement ps, ServiceLead l) throws SQLException {
        ps.setString(1, l.leadId());
        ps.setString(2, l.vin());
        ps.setString(3, l.reason().name());
        ps.setString(4, l.subject());
        ps.setString(5, l.event().name());
        ps.setString(6, l.priority().name());
        ps.setObject(7, timestamp(l.openedAt()));
        ps.setObject(8, timestamp(l.at()));
        ps.setString(9, l.suggestedService());
        ps.setString(10, l.evidence());
        setDouble(ps, 11, l.latitude());
        setDouble(ps, 12, l.longitude());
        ps.setString(13, JsonbColumn.write(l.workshops()));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    private static void setBoolean(PreparedStatement ps, int index, Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BOOLEAN);
        } else {
            ps.setBoolean(index, value);
        }
    }

    static void setTextArray(PreparedStatement ps, int index, List<String> values) throws SQLException {
        if (values == null) {
            ps.setNull(index, Types.ARRAY);
        } else {
            ps.setArray(index, ps.getConnection().createArrayOf("text", values.toArray()));
        }
    }
}
