package dev.pitwall.api.notification;

import dev.pitwall.api.notification.NotificationRecord.CauseRef;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.CauseKind;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import dev.pitwall.engagement.delivery.Purpose;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read side of {@code notification} (V14): a subscriber's inbox, where the subscriber is part of every query (a
 * message of someone else is not found), and the staff's trace of messages by cause, subscriber, channel or status.
 */
class NotificationQueries {

    static final String INBOX_WHERE = """
            WHERE subscriber_id = :subscriberId AND channel = 'IN_APP' AND status = 'SENT'""";

    static final String INBOX_SQL = "SELECT notification_id, subject, body, deep_link, purpose, created_at, read_at"
            + " FROM notification " + INBOX_WHERE
            + " ORDER BY created_at DESC, notification_id DESC LIMIT :limit OFFSET :offset";

    static final String INBOX_COUNT_SQL = "SELECT count(*) FROM notification " + INBOX_WHERE;

    /** The first read counts: reading again keeps it. */
    static final String READ_SQL = "UPDATE notification SET read_at = COALESCE(read_at, now()), updated_at = now() "
            + INBOX_WHERE + " AND notification_id = :id"
            + " RETURNING notification_id, subject, body, deep_link, purpose, created_at, read_at";

    static final String TRACE_COLUMNS = """
            notification_id, subscriber_id, channel, purpose, webhook_id, template_id, subject, deep_link, cause_kind,
            cause_id, campaign_variant, status, suppression_reason, attempts, last_error, created_at, sent_at,
            read_at""";

    private final JdbcClient jdbc;

    NotificationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<InboxMessage> inbox(String subscriberId, PageQuery page) {
        long total = jdbc.sql(INBOX_COUNT_SQL).param("subscriberId", subscriberId).query(Long.class).single();
        List<InboxMessage> items = jdbc.sql(INBOX_SQL)
                .param("subscriberId", subscriberId)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, i) -> inboxMessage(rs))
                .list();
        return Page.of(items, page, total);
    }

    /** Marks the subscriber's own in-app message read; empty when they have no such message. */
    Optional<InboxMessage> markRead(String subscriberId, UUID messageId) {
        return jdbc.sql(READ_SQL).param("subscriberId", subscriberId).param("id", messageId)
                .query((rs, i) -> inboxMessage(rs)).optional();
    }

    /** Messages matching every filter given (null: any), newest first. */
    Page<NotificationRecord> trace(TraceFilter filter, PageQuery page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.cause() != null) {
            conditions.add("cause_kind = :causeKind AND cause_id = :causeId");
            params.put("causeKind", filter.cause().kind().name());
            params.put("causeId", filter.cause().id());
        }
        if (filter.subscriberId() != null) {
            conditions.add("subscriber_id = :subscriberId");
            params.put("subscriberId", filter.subscriberId());
        }
        if (filter.channel() != null) {
            conditions.add("channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().name());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM notification" + where).params(params).query(Long.class).single();
        List<NotificationRecord> items = jdbc.sql("SELECT " + TRACE_COLUMNS + " FROM notification" + where
                        + " ORDER BY created_at DESC, notification_id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, i) -> record(rs))
                .list();
        return Page.of(items, page, total);
    }

    /** What staff filter messages by; null fields match anything. */
    record TraceFilter(Cause cause, String subscriberId, Channel channel, DeliveryStatus status) {
    }

    private static InboxMessage inboxMessage(ResultSet rs) throws SQLException {
        return new InboxMessage(rs.getObject("notification_id", UUID.class), rs.getString("subject"),
                rs.getString("body"), rs.getString("deep_link"), Purpose.valueOf(rs.getString("purpose")),
                instant(rs, "created_at"), instant(rs, "read_at"));
    }

    private static NotificationRecord record(ResultSet rs) throws SQLException {
        return new NotificationRecord(rs.getObject("notification_id", UUID.class), rs.getString("subscriber_id"),
                Channel.valueOf(rs.getString("channel")), Purpose.valueOf(rs.getString("purpose")),
                rs.getObject("webhook_id", UUID.class), rs.getString("template_id"), rs.getString("subject"),
                rs.getString("deep_link"),
                new CauseRef(CauseKind.valueOf(rs.getString("cause_kind")), rs.getString("cause_id"),
                        rs.getString("campaign_variant")),
                DeliveryStatus.valueOf(rs.getString("status")),
                NotificationStore.reason(rs.getString("suppression_reason")), rs.getInt("attempts"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"), instant(rs, "read_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
