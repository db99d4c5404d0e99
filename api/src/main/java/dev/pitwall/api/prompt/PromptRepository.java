package dev.pitwall.api.prompt;

import dev.pitwall.engagement.prompt.PromptContent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Service prompts (V19) and the leads, subscriptions, messages and bookings their funnel is made of. */
@Repository
class PromptRepository {

    /** An open lead of a subscribed vehicle, and whom to prompt. */
    record Candidate(PromptContent.Lead lead, String subscriberId, boolean urgent) {
    }

    /** A planned prompt that is due, with its lead as it is now. */
    record Due(PromptContent.Lead lead, String subscriberId, String leadStatus) {
    }

    private static final String LEAD_COLUMNS = """
            l.lead_id, l.vin, l.reason, l.subject, l.suggested_service, l.evidence,
            l.workshops -> 0 ->> 'poiId' AS nearest_workshop, l.priority, l.status""";

    private final JdbcClient jdbc;

    PromptRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Open leads of vehicles with an active subscription that have no prompt yet, oldest first. */
    List<Candidate> unprompted(int limit) {
        return jdbc.sql("SELECT " + LEAD_COLUMNS + ", s.subscriber_id FROM service_lead l"
                        + " JOIN subscription s ON s.vin = l.vin AND s.status = 'ACTIVE'"
                        + " WHERE l.status = 'OPEN'"
                        + " AND NOT EXISTS (SELECT 1 FROM service_prompt p WHERE p.lead_id = l.lead_id)"
                        + " ORDER BY l.opened_at, l.lead_id LIMIT :limit")
                .param("limit", limit)
                .query((rs, n) -> new Candidate(lead(rs), rs.getString("subscriber_id"),
                        "URGENT".equals(rs.getString("priority"))))
                .list();
    }

    /** Plans the prompt unless the lead has one (another instance, a replay); true when this call planned it. */
    boolean plan(Candidate candidate, Instant dueAt) {
        return jdbc.sql("""
                        INSERT INTO service_prompt (lead_id, subscriber_id, vin, due_at, status)
                        VALUES (:leadId, :subscriberId, :vin, :dueAt, 'PLANNED') ON CONFLICT DO NOTHING""")
                .param("leadId", candidate.lead().leadId()).param("subscriberId", candidate.subscriberId())
                .param("vin", candidate.lead().vin()).param("dueAt", Timestamp.from(dueAt))
                .update() == 1;
    }

    /** Planned prompts due by {@code now}, locked for this transaction; others' locked ones are skipped. */
    List<Due> lockDue(Instant now, int limit) {
        return jdbc.sql("SELECT " + LEAD_COLUMNS + ", p.subscriber_id FROM service_prompt p"
                        + " JOIN service_lead l ON l.lead_id = p.lead_id"
                        + " WHERE p.status = 'PLANNED' AND p.due_at <= :now"
                        + " ORDER BY p.due_at, p.lead_id LIMIT :limit FOR UPDATE OF p SKIP LOCKED")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new Due(lead(rs), rs.getString("subscriber_id"), rs.getString("status")))
                .list();
    }

    void markPrompted(UUID leadId, Instant at) {
        jdbc.sql("UPDATE service_prompt SET status = 'PROMPTED', prompted_at = :at WHERE lead_id = :leadId")
                .param("at", Timestamp.from(at)).param("leadId", leadId).update();
    }

    void markSkipped(UUID leadId, String reason) {
        jdbc.sql("UPDATE service_prompt SET status = 'SKIPPED', skip_reason = :reason WHERE lead_id = :leadId")
                .param("reason", reason).param("leadId", leadId).update();
    }

    /** Records the first time the subscriber followed the prompt's deep link; later visits change nothing. */
    void markOpened(UUID leadId, Instant at) {
        jdbc.sql("UPDATE service_prompt SET opened_at = :at WHERE lead_id = :leadId AND opened_at IS NULL")
                .param("at", Timestamp.from(at)).param("leadId", leadId).update();
    }

    /**
     * The funnel of prompts sent in [from, to): opened means the deep link was followed or the in-app message read;
     * booked a live booking answers the lead; completed that booking's vehicle was collected.
     */
    PromptFunnel funnel(Instant from, Instant to) {
        return jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE p.opened_at IS NOT NULL OR EXISTS (
                                   SELECT 1 FROM notification n WHERE n.cause_kind = 'LEAD'
                                      AND n.cause_id = p.lead_id::text AND n.subscriber_id = p.subscriber_id
                                      AND (n.read_at IS NOT NULL OR n.opened_at IS NOT NULL
                                           OR n.clicked_at IS NOT NULL))),
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM booking b WHERE b.lead_id = p.lead_id
                                   AND b.status <> 'CANCELLED')),
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM booking b WHERE b.lead_id = p.lead_id
                                   AND b.status = 'COLLECTED'))
                          FROM service_prompt p
                         WHERE p.status = 'PROMPTED' AND p.prompted_at >= :from AND p.prompted_at < :to""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> PromptFunnel.of(from, to, rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4)))
                .single();
    }

    private static PromptContent.Lead lead(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PromptContent.Lead(rs.getObject("lead_id", UUID.class), rs.getString("vin"), rs.getString("reason"),
                rs.getString("subject"), rs.getString("suggested_service"), rs.getString("evidence"),
                rs.getString("nearest_workshop"));
    }
}
