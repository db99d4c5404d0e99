package dev.pitwall.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh, isolated PostgreSQL databases for integration tests. System property {@code pitwall.test.jdbc}
 * chooses the server: {@code embedded} (default, one zonky server per JVM) or the JDBC URL of an
 * existing server's maintenance database, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}.
 */
public final class TestDatabases {

    public static final String PROPERTY = "pitwall.test.jdbc";

    private static EmbeddedDatabase embedded;
    private static final java.util.List<String> CREATED = new java.util.ArrayList<>();
    private static boolean cleanupRegistered;

    private TestDatabases() {
    }

    /** Where test databases are created, for test names and logs. */
    public static String describe() {
        String target = System.getProperty(PROPERTY, "embedded");
        return "embedded".equals(target) ? "embedded PostgreSQL" : "PostgreSQL at " + target;
    }

    /** Creates an empty database and returns its JDBC URL (credentials in the URL). */
    public static String createDatabase() {
        String name = "pitwall_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        String admin = maintenanceUrl();
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + describe() + ": " + e.getMessage(), e);
        }
        registerForCleanup(name);
        return withDatabase(admin, name);
    }

    private static synchronized String maintenanceUrl() {
        String target = System.getProperty(PROPERTY, "embedded");
        if (!"embedded".equals(target)) {
            return target;
        }
        if (embedded == null) {
            embedded = EmbeddedDatabase.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-postgres-stop"));
        }
        return embedded.jdbcUrl("postgres");
    }

    /** A shared server (the machine's PostgreSQL) must not fill up with test databases run after run. */
    private static synchronized void registerForCleanup(String name) {
        CREATED.add(name);
        if (!cleanupRegistered) {
            cleanupRegistered = true;
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated, "test-databases-drop"));
        }
    }

    private static synchronized void dropCreated() {
        if (embedded != null && "embedded".equals(System.getProperty(PROPERTY, "embedded"))) {
            return; // the embedded server and its databases vanish with the JVM
        }
        try (Connection c = DriverManager.getConnection(maintenanceUrl()); Statement s = c.createStatement()) {
            for (String name : CREATED) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("could not drop test databases " + CREATED + ": " + e.getMessage());
        }
    }

    /** The same server URL pointing at another database, keeping the query string (user, password). */
    static String withDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }
}
