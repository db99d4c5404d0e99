package dev.pitwall.api.system;

import dev.pitwall.storage.SchemaMigrator;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Brings the database schema up to date before the API serves requests. Spring Boot's Flyway applies the
 * storage module's {@code db/migration} scripts (the schema has one owner: storage); this strategy then
 * prepares telemetry partitions ahead of time, exactly as {@link SchemaMigrator#migrate} does for other writers.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseSchemaConfiguration {

    @Bean
    FlywayMigrationStrategy migrateThenPreparePartitions(DataSourceProperties dataSource) {
        return flyway -> {
            flyway.migrate();
            SchemaMigrator.ensurePartitions(dataSource.determineUrl(), dataSource.determineUsername(),
                    dataSource.determinePassword());
        };
    }
}
