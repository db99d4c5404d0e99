package dev.pitwall.api.notification;

import dev.pitwall.api.notification.Delivery.WebhookTarget;
import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.CauseKind;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import dev.pitwall.engagement.delivery.Purpose;
import dev.pitwall.engagement.delivery.SuppressionReason;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The write side of {@code notification} (V14): storing enqueued messages, and the dispatcher's claim, lease and
 * outcome. Every outcome is conditional on the message still being PENDING, so a late or repeated outcome changes
 * nothing.
 */
class NotificationStore {

    /** The unique index {@code notification_dedup_idx} turns a replayed cause into no row. */
    static final String INSERT_SQL = """
            INSERT INTO notification (notification_id, subscriber_id, channel, purpose, webhook_id, template_id,
                subject, body, deep_link, cause_kind, cause_id, campaign_variant, status, suppression_reason,
                next_attempt_at, sent_at)
            VALUES (:id, :subscriberId, :channel, :purpose, CAST(:webhookId AS uuid), :templateId, :subject, :body,
                CAST(:deepLink AS text), :causeKind, :causeId, CAST(:variant AS text), CAST(:status AS text),
                CAST(:reason AS text),
                CASE WHEN CAST(:status AS text) = 'PENDING' THEN now() END,
                CASE WHEN CAST(:status AS text) = 'SENT' THEN now() END)
            ON CONFLICT DO NOTHING
            RETURNING notification_id""";

    static final String FIND_SAME_SQL = """
            SELECT notification_id, status, suppression_reason FROM notification
            WHERE cause_kind = :causeKind AND cause_id = :causeId AND subscriber_id = :subscriberId
              AND channel = :channel
              AND COALESCE(webhook_id, '00000000-0000-0000-0000-000000000000'::uuid)
                  = COALESCE(CAST(:webhookId AS uuid), '00000000-0000-0000-0000-000000000000'::uuid)""";

    /** The oldest due messages of the enabled channels, locked; those another dispatcher holds are skipped. */
    static final String CLAIM_SQL = """
            SELECT n.notification_id, n.subscriber_id, n.channel, n.purpose, n.template_id, n.subject, n.body,
                   n.deep_link, n.cause_kind, n.cause_id, n.campaign_variant, n.attempts, n.created_at,
                   s.email, s.display_name, w.webhook_id, w.url, w.secret, w.active
            FROM notification n
            JOIN subscriber s ON s.subscriber_id = n.subscriber_id
            LEFT JOIN webhook_endpoint w ON w.webhook_id = n.webhook_id
            WHERE n.status = 'PENDING' AND n.next_attempt_at <= now() AND n.channel IN (:channels)
            ORDER BY n.next_attempt_at
            LIMIT :limit
            FOR UPDATE OF n SKIP LOCKED""";

    static final String LEASE_SQL = """
            UPDATE notification SET next_attempt_at = clock_timestamp() + :millis * interval '1 millisecond',
                updated_at = clock_timestamp()
            WHERE notification_id IN (:ids) AND status = 'PENDING'""";

    static final String SUPPRESSED_SQL = """
            UPDATE notification SET status = 'SUPPRESSED', suppression_reason = :reason, next_attempt_at = NULL,
                updated_at = clock_timestamp()
            WHERE notification_id = :id AND status = 'PENDING'""";

    static final String SENT_SQL = """
            UPDATE notification SET status = 'SENT', sent_at = clock_timestamp(), attempts = attempts + 1,
                last_error = NULL, next_attempt_at = NULL, updated_at = clock_timestamp()
            WHERE notification_id = :id AND status = 'PENDING'""";

    static final String RETRY_SQL = """
            UPDATE notification SET attempts = attempts + 1, last_error = :error,
                next_attempt_at = clock_timestamp() + :millis * interval '1 millisecond', updated_at = clock_timestamp()
            WHERE notification_id = :id AND status = 'PENDING'""";

    static final String FAILED_SQL = """
            UPDATE notification SET status = 'FAILED', attempts = attempts + 1, last_error = :error,
                next_attempt_at = NULL, updated_at = clock_timestamp()
            WHERE notification_id = :id AND status = 'PENDING'""";

    static final String PENDING_SQL =
            "SELECT count(*) FROM notification WHERE status = 'PENDING' AND channel = :channel";

    /** last_error keeps the start of a message; the rest is in the log. */
    static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores {@code n}, or answers the message already stored for the same cause, subscriber and channel. */
    EnqueuedNotification insert(NewNotification n) {
        Optional<UUID> inserted = jdbc.sql(INSERT_SQL)
                .param("id", n.notificationId())
                .param("subscriberId", n.subscriberId())
                .param("channel", n.channel().name())
                .param("purpose", n.purpose().name())
                .param("webhookId", n.webhookId())
                .param("templateId", n.templateId())
                .param("subject", n.message().subject())
                .param("body", n.message().body())
                .param("deepLink", n.deepLink() == null ? null : n.deepLink().toString())
                .param("causeKind", n.cause().kind().name())
                .param("causeId", n.cause().id())
                .param("variant", n.cause().variant())
                .param("status", n.status().name())
                .param("reason", n.suppressionReason() == null ? null : n.suppressionReason().name())
                .query(UUID.class)
                .optional();
        if (inserted.isPresent()) {
            return new EnqueuedNotification(n.notificationId(), n.channel(), n.webhookId(), n.status(),
                    n.suppressionReason(), false);
        }
        return jdbc.sql(FIND_SAME_SQL)
                .param("causeKind", n.cause().kind().name())
                .param("causeId", n.cause().id())
                .param("subscriberId", n.subscriberId())
                .param("channel", n.channel().name())
                .param("webhookId", n.webhookId())
                .query((rs, i) -> new EnqueuedNotification(rs.getObject("notification_id", UUID.class), n.channel(),
                        n.webhookId(), DeliveryStatus.valueOf(rs.getString("status")),
                        reason(rs.getString("suppression_reason")), true))
                .single();
    }

    /** Claims up to {@code limit} due messages of {@code channels}; run in the transaction that then leases them. */
    List<Delivery> claimDue(Collection<Channel> channels, int limit) {
        return jdbc.sql(CLAIM_SQL)
                .param("channels", channels.stream().map(Channel::name).toList())
                .param("limit", limit)
                .query((rs, i) -> delivery(rs))
                .list();
    }

    /** Reserves claimed messages for {@code lease}: no other dispatcher takes them meanwhile. */
    void lease(Collection<UUID> ids, Duration lease) {
        if (!ids.isEmpty()) {
            jdbc.sql(LEASE_SQL).param("ids", List.copyOf(ids)).param("millis", lease.toMillis()).update();
        }
    }

    void markSuppressed(UUID id, SuppressionReason reason) {
        jdbc.sql(SUPPRESSED_SQL).param("id", id).param("reason", reason.name()).update();
    }

    void markSent(UUID id) {
        jdbc.sql(SENT_SQL).param("id", id).update();
    }

    void markRetry(UUID id, String error, Duration after) {
        jdbc.sql(RETRY_SQL).param("id", id).param("error", truncate(error)).param("millis", after.toMillis())
                .update();
    }

    void markFailed(UUID id, String error) {
        jdbc.sql(FAILED_SQL).param("id", id).param("error", truncate(error)).update();
    }

    /**
     * Records a click on a MARKETING message's link: the first click time, and the open time if none yet. Returns the
     * message's deep link; empty for any other message.
     */
    Optional<URI> click(UUID id) {
        return jdbc.sql("""
                        UPDATE notification SET clicked_at = coalesce(clicked_at, now()),
                            opened_at = coalesce(opened_at, now())
                        WHERE notification_id = :id AND purpose = 'MARKETING' AND deep_link IS NOT NULL
                        RETURNING deep_link""")
                .param("id", id)
                .query((rs, n) -> URI.create(rs.getString("deep_link")))
                .optional();
    }

    long pendingCount(Channel channel) {
        return jdbc.sql(PENDING_SQL).param("channel", channel.name()).query(Long.class).single();
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        UUID webhookId = rs.getObject("webhook_id", UUID.class);
        WebhookTarget webhook = webhookId == null ? null
                : new WebhookTarget(webhookId, rs.getString("url"), rs.getString("secret"), rs.getBoolean("active"));
        Cause cause = new Cause(CauseKind.valueOf(rs.getString("cause_kind")), rs.getString("cause_id"),
                rs.getString("campaign_variant"));
        return new Delivery(rs.getObject("notification_id", UUID.class), rs.getString("subscriber_id"),
                Channel.valueOf(rs.getString("channel")), Purpose.valueOf(rs.getString("purpose")),
                rs.getString("template_id"), rs.getString("subject"), rs.getString("body"), rs.getString("deep_link"),
                cause, rs.getInt("attempts"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("email"), rs.getString("display_name"), webhook);
    }

    static SuppressionReason reason(String name) {
        return name == null ? null : SuppressionReason.valueOf(name);
    }

    private static String truncate(String error) {
        String text = error == null ? "unknown error" : error;
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
