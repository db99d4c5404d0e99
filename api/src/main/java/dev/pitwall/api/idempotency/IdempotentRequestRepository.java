package dev.pitwall.api.idempotency;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The V13 table {@code idempotent_request}: one row per (caller, key), with the first response once it is known. */
@Repository
class IdempotentRequestRepository {

    private final JdbcClient jdbc;

    IdempotentRequestRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the key for this request. When another transaction holds it uncommitted, PostgreSQL makes this insert
     * wait for that transaction's end: after a commit the key is taken (false), after a rollback it is ours (true).
     */
    boolean claim(String caller, IdempotencyKey key, String operation, byte[] requestHash) {
        return jdbc.sql("""
                        INSERT INTO idempotent_request (caller, idempotency_key, operation, request_hash)
                        VALUES (:caller, :key, :operation, :hash)
                        ON CONFLICT (caller, idempotency_key) DO NOTHING""")
                .param("caller", caller)
                .param("key", key.value())
                .param("operation", operation)
                .param("hash", requestHash)
                .update() == 1;
    }

    /** Deletes at most {@code limit} keys created before {@code cutoff}, oldest first; returns how many. */
    int deleteCreatedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        DELETE FROM idempotent_request WHERE ctid IN (
                            SELECT ctid FROM idempotent_request WHERE created_at < :cutoff
                            ORDER BY created_at LIMIT :limit)""")
                .param("cutoff", cutoff.atOffset(ZoneOffset.UTC))
                .param("limit", limit)
                .update();
    }

    Optional<FirstRequest> find(String caller, IdempotencyKey key) {
        return jdbc.sql("""
                        SELECT operation, request_hash, response_status, response_body, response_location
                        FROM idempotent_request WHERE caller = :caller AND idempotency_key = :key""")
                .param("caller", caller)
                .param("key", key.value())
                .query((rs, n) -> new FirstRequest(rs.getString("operation"), rs.getBytes("request_hash"),
                        new StoredResponse(rs.getInt("response_status"), rs.getString("response_body"),
                                rs.getString("response_location"), false)))
                .optional();
    }

    void complete(String caller, IdempotencyKey key, StoredResponse response) {
        jdbc.sql("""
                        UPDATE idempotent_request
                        SET response_status = :status, response_body = :body, response_location = :location
                        WHERE caller = :caller AND idempotency_key = :key""")
                .param("status", response.status())
                .param("body", response.body())
                .param("location", response.location())
                .param("caller", caller)
                .param("key", key.value())
                .update();
    }

    /** What the first request with a key was and what it was answered. */
    record FirstRequest(String operation, byte[] requestHash, StoredResponse response) {
    }
}
