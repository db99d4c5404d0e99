package dev.pitwall.storage;

/**
 * Applies the schema and exits; run once before the writers start (docker-compose's {@code migrate}
 * service). Configured by PITWALL_JDBC_URL, PITWALL_JDBC_USER and PITWALL_JDBC_PASSWORD.
 */
public final class MigrateMain {

    private MigrateMain() {
    }

    public static void main(String[] args) {
        String url = env("PITWALL_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/pitwall");
        String version = SchemaMigrator.migrate(url, env("PITWALL_JDBC_USER", "postgres"),
                env("PITWALL_JDBC_PASSWORD", ""));
        System.out.println("Pitwall schema at version " + version + " on " + url);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
