package dev.pitwall.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pitwall.infra.TestDatabases;
import dev.pitwall.storage.SchemaMigrator;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The expiry of Idempotency-Keys on a real PostgreSQL with the migrated schema. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyKeySweeperIT {

    static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");

    JdbcClient jdbc;
    IdempotentRequestRepository repository;

    @BeforeAll
    void database() {
        String url = TestDatabases.createDatabase();
        SchemaMigrator.migrate(url, null, null);
        jdbc = JdbcClient.create(new DriverManagerDataSource(url));
        repository = new IdempotentRequestRepository(jdbc);
    }

    @Test
    void forgetsKeysOlderThanTheRetentionInBatchesAndKeepsTheRest() {
        for (int hoursAgo : List.of(25, 26, 30, 48, 200)) {
            key("old-" + hoursAgo, NOW.minus(Duration.ofHours(hoursAgo)));
        }
        key("recent", NOW.minus(Duration.ofHours(23)));
        key("just-now", NOW);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        IdempotencyKeySweeper sweeper = new IdempotencyKeySweeper(repository,
                new IdempotencyProperties(Duration.ofHours(24), Duration.ofMinutes(10), 2),
                Clock.fixed(NOW, ZoneOffset.UTC), meters);

        assertThat(sweeper.sweep()).isEqualTo(5); // three batches: 2, 2, 1
        assertThat(sweeper.sweep()).isZero();

        assertThat(jdbc.sql("SELECT idempotency_key FROM idempotent_request ORDER BY idempotency_key")
                .query(String.class).list()).containsExactly("just-now", "recent");
        assertThat(meters.counter("pitwall.idempotency.keys.expired").count()).isEqualTo(5);
    }

    @Test
    void refusesARetentionTooShortForARetryAfterATimeout() {
        assertThatThrownBy(() -> new IdempotencyProperties(Duration.ofMinutes(30), Duration.ofMinutes(10), 100))
                .hasMessageContaining("pitwall.idempotency.retention");
    }

    private void key(String key, Instant createdAt) {
        jdbc.sql("""
                INSERT INTO idempotent_request (caller, idempotency_key, operation, request_hash, response_status,
                    response_body, created_at)
                VALUES ('sub-1', :key, 'POST /api/v1/bookings', '\\x00', 201, '{}', :createdAt)""")
                .param("key", key).param("createdAt", createdAt.atOffset(ZoneOffset.UTC)).update();
    }
}
