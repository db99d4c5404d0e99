package dev.pitwall.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of Pitwall's database schema: applies the Flyway migrations in {@code db/migration}
 * before any writer starts, then makes sure telemetry partitions exist ahead of time.
 */
public final class SchemaMigrator {

    public static final String LOCATION = "classpath:db/migration";
    /** Months of telemetry partitions kept prepared ahead of now (plain PostgreSQL only). */
    public static final int PARTITION_MONTHS_AHEAD = 24;

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private SchemaMigrator() {
    }

    /** Migrates the database at {@code jdbcUrl}; returns the schema version afterwards. */
    public static String migrate(String jdbcUrl, String user, String password) {
        Flyway flyway = Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations(LOCATION)
                .load();
        MigrateResult result = flyway.migrate();
        ensurePartitions(jdbcUrl, user, password);
        String version = flyway.info().current().getVersion().getVersion();
        LOG.info("database schema at version {} ({} migrations applied now)", version, result.migrationsExecuted);
        return version;
    }

    /** Idempotent; a no-op when TimescaleDB manages chunks instead (the function is then absent). */
    public static void ensurePartitions(String jdbcUrl, String user, String password) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT to_regproc('pitwall_ensure_telemetry_partitions') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return;
                }
            }
            s.execute("SELECT pitwall_ensure_telemetry_partitions((now() - interval '1 month')::date, "
                    + (PARTITION_MONTHS_AHEAD + 1) + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare telemetry partitions: " + e.getMessage(), e);
        }
    }
}
