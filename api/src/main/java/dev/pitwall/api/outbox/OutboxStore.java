package dev.pitwall.api.outbox;

import dev.pitwall.api.outbox.OutboxRow.OrderingKey;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The relay's side of {@code event_outbox} (V11). Every query walks a partial index of the pending rows
 * ({@code event_outbox_pending_idx}, {@code event_outbox_pending_key_idx}); run {@link #claimDue} and what follows
 * it in one transaction, which holds the claimed rows' locks until their outcome is stored.
 */
class OutboxStore {

    /**
     * The oldest due rows whose key has no earlier pending row that waits for a retry, locked; rows another relay
     * holds are skipped. {@code now()} is the transaction's start, the same for every row.
     */
    static final String CLAIM_SQL = """
            SELECT o.id, o.topic, o.record_key, o.payload, o.attempts
            FROM event_outbox o
            WHERE o.published_at IS NULL AND o.next_attempt_at <= now()
              AND NOT EXISTS (
                  SELECT 1 FROM event_outbox e
                  WHERE e.published_at IS NULL AND e.topic = o.topic AND e.record_key = o.record_key
                    AND e.id < o.id AND e.next_attempt_at > now())
            ORDER BY o.id
            LIMIT :limit
            FOR UPDATE OF o SKIP LOCKED""";

    /**
     * Per key of the claimed rows, the oldest pending row that was not claimed: one another relay holds (SKIP
     * LOCKED passed it by), or one that became due or was written after the claim's snapshot.
     */
    static final String FIRST_UNCLAIMED_SQL = """
            SELECT k.topic, k.record_key, f.id
            FROM unnest(CAST(ARRAY[:topics] AS text[]), CAST(ARRAY[:keys] AS text[])) AS k(topic, record_key)
            CROSS JOIN LATERAL (
                SELECT e.id FROM event_outbox e
                WHERE e.published_at IS NULL AND e.topic = k.topic AND e.record_key = k.record_key
                  AND e.id <> ALL (CAST(ARRAY[:claimed] AS bigint[]))
                ORDER BY e.id
                LIMIT 1) f""";

    static final String PUBLISHED_SQL = """
            UPDATE event_outbox SET published_at = clock_timestamp(), attempts = attempts + 1, last_error = NULL
            WHERE id IN (:ids)""";

    static final String FAILED_SQL = """
            UPDATE event_outbox
            SET attempts = attempts + 1, last_error = :error,
                next_attempt_at = clock_timestamp() + :delayMillis * interval '1 millisecond'
            WHERE id = :id""";

    static final String PENDING_SQL = "SELECT count(*) FROM event_outbox WHERE published_at IS NULL";

    static final String OLDEST_PENDING_SQL = """
            SELECT extract(epoch FROM clock_timestamp() - created_at) FROM event_outbox
            WHERE published_at IS NULL ORDER BY id LIMIT 1""";

    /** last_error keeps the start of a message; the rest is in the log. */
    static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OutboxRow> claimDue(int limit) {
        return jdbc.sql(CLAIM_SQL)
                .param("limit", limit)
                .query((rs, n) -> new OutboxRow(rs.getLong("id"), rs.getString("topic"), rs.getString("record_key"),
                        rs.getBytes("payload"), rs.getInt("attempts")))
                .list();
    }

    /** For each key of {@code claimed} that has one, the id of its oldest pending row outside {@code claimed}. */
    Map<OrderingKey, Long> firstUnclaimed(Collection<OutboxRow> claimed) {
        List<OrderingKey> keys = claimed.stream().map(OutboxRow::orderingKey).distinct().toList();
        Map<OrderingKey, Long> first = new HashMap<>();
        if (keys.isEmpty()) {
            return first;
        }
        jdbc.sql(FIRST_UNCLAIMED_SQL)
                .param("topics", keys.stream().map(OrderingKey::topic).toList())
                .param("keys", keys.stream().map(OrderingKey::key).toList())
                .param("claimed", claimed.stream().map(OutboxRow::id).toList())
                .query((rs, n) -> first.put(new OrderingKey(rs.getString("topic"), rs.getString("record_key")),
                        rs.getLong("id")))
                .list();
        return first;
    }

    void markPublished(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql(PUBLISHED_SQL).param("ids", List.copyOf(ids)).update();
        }
    }

    void markFailed(long id, String error, Duration retryAfter) {
        String text = error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
        jdbc.sql(FAILED_SQL)
                .param("id", id)
                .param("error", text)
                .param("delayMillis", retryAfter.toMillis())
                .update();
    }

    long pendingCount() {
        return jdbc.sql(PENDING_SQL).query(Long.class).single();
    }

    /** How long the oldest pending row has waited; empty when none is pending. */
    Optional<Duration> oldestPendingAge() {
        return jdbc.sql(OLDEST_PENDING_SQL).query(Double.class).optional()
                .map(seconds -> Duration.ofMillis(Math.round(seconds * 1000)));
    }
}
