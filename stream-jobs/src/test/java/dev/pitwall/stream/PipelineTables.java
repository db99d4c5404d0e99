package dev.pitwall.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitwall.infra.TestDatabases;
import dev.pitwall.storage.SchemaMigrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A migrated test database and the queries tests assert on. Table contents are read as canonical JSON rows. */
final class PipelineTables {

    static final ObjectMapper JSON = new ObjectMapper();

    final String url;

    private PipelineTables(String url) {
        this.url = url;
    }

    /** A fresh database with Pitwall's schema, on the server {@code -Dpitwall.test.jdbc} chooses. */
    static PipelineTables createMigrated() {
        String url = TestDatabases.createDatabase();
        SchemaMigrator.migrate(url, null, null);
        return new PipelineTables(url);
    }

    long count(String table) {
        return queryLong("SELECT count(*) FROM " + table);
    }

    Set<String> telemetryKeys() {
        Set<String> keys = new HashSet<>();
        for (JsonNode row : rows("SELECT to_jsonb(t) FROM (SELECT vin, seq FROM telemetry) t")) {
            keys.add(ExpectedPipelineOutput.key(row.get("vin").asText(), row.get("seq").asLong()));
        }
        return keys;
    }

    /** Rows without the columns a database fills in at write time (ingested_at, updated_at), in key order. */
    List<JsonNode> telemetry() {
        return rows("SELECT to_jsonb(t) - 'ingested_at' FROM telemetry t ORDER BY vin, seq");
    }

    List<JsonNode> vehicleState() {
        return rows("SELECT to_jsonb(v) - 'updated_at' FROM vehicle_state v ORDER BY vin");
    }

    List<JsonNode> healthHistory() {
        return rows("SELECT to_jsonb(h) FROM health_history h ORDER BY vin, seq");
    }

    /** Every alarm row, in key order. */
    List<JsonNode> vehicleAlarms() {
        return rows("SELECT to_jsonb(a) FROM vehicle_alarm a ORDER BY vin, alarm_type, subject, since");
    }

    /** Every lead without status_changed_at (wall-clock time of the write), by id. */
    List<JsonNode> serviceLeads() {
        return rows("SELECT to_jsonb(l) - 'status_changed_at' FROM service_lead l ORDER BY lead_id");
    }

    /** Every lead event without its generated id, in key order. */
    List<JsonNode> serviceLeadEvents() {
        return rows("SELECT to_jsonb(e) - 'id' FROM service_lead_event e ORDER BY lead_id, at, event");
    }

    List<JsonNode> rows(String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<JsonNode> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(JSON.readTree(rs.getString(1)));
            }
            return rows;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("query failed on " + url + ": " + sql, e);
        }
    }

    long queryLong(String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("query failed on " + url + ": " + sql, e);
        }
    }
}
