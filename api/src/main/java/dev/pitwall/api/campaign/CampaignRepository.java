package dev.pitwall.api.campaign;

import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.engagement.campaign.Segment;
import dev.pitwall.engagement.campaign.Variant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Campaigns and their members in PostgreSQL (V17), and the audience queries their segments become. */
@Repository
class CampaignRepository {

    private static final TypeReference<List<Variant>> VARIANTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CampaignRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A member-to-be: a subscription in the audience. */
    record Audience(String subscriberId, String vin) {
    }

    /** A member waiting for its message. */
    record PendingMember(UUID campaignId, String subscriberId, String vin, String variant) {
    }

    void insert(Campaign c) {
        jdbc.sql("""
                        INSERT INTO campaign (campaign_id, name, segment, channel, variants, control_percent,
                            cap_messages, cap_days, trigger_type, send_at, trigger_event, status, created_by, created_at)
                        VALUES (:id, :name, CAST(:segment AS jsonb), :channel, CAST(:variants AS jsonb), :control,
                            :capMessages, :capDays, :triggerType, :sendAt, :triggerEvent, :status, :createdBy,
                            :createdAt)""")
                .param("id", c.campaignId()).param("name", c.name())
                .param("segment", json.writeValueAsString(c.segment())).param("channel", c.channel())
                .param("variants", json.writeValueAsString(c.variants())).param("control", c.controlPercent())
                .param("capMessages", c.capMessages()).param("capDays", c.capDays())
                .param("triggerType", c.triggerType()).param("sendAt", timestamp(c.sendAt()))
                .param("triggerEvent", c.triggerEvent()).param("status", c.status())
                .param("createdBy", c.createdBy()).param("createdAt", timestamp(c.createdAt()))
                .update();
    }

    Optional<Campaign> find(UUID id) {
        return jdbc.sql("SELECT * FROM campaign WHERE campaign_id = :id").param("id", id).query(this::campaign)
                .optional();
    }

    Page<Campaign> findPage(String status, PageQuery page) {
        String where = " FROM campaign WHERE (CAST(:status AS text) IS NULL OR status = :status)";
        long total = jdbc.sql("SELECT count(*)" + where).param("status", status).query(Long.class).single();
        List<Campaign> items = jdbc.sql("SELECT *" + where + " ORDER BY created_at DESC, campaign_id"
                        + " LIMIT :limit OFFSET :offset")
                .param("status", status).param("limit", page.size()).param("offset", page.offset())
                .query(this::campaign).list();
        return Page.of(items, page, total);
    }

    /** Moves a campaign from one status to another; false when it was not in {@code from}. */
    boolean transition(UUID id, String from, String to) {
        return jdbc.sql("""
                        UPDATE campaign SET status = :to,
                               launched_at = CASE WHEN :to = 'ACTIVE' THEN now() ELSE launched_at END
                         WHERE campaign_id = :id AND status = :from""")
                .param("id", id).param("from", from).param("to", to).update() == 1;
    }

    long count(SegmentSql segment) {
        return segment.bind(jdbc.sql("SELECT count(*)" + SegmentSql.AUDIENCE + segment.where()))
                .query(Long.class).single();
    }

    /** ACTIVE scheduled campaigns whose time has come, and every ACTIVE event campaign. */
    List<Campaign> dueOrListening(Instant now) {
        return jdbc.sql("""
                        SELECT * FROM campaign WHERE status = 'ACTIVE'
                           AND (trigger_type = 'EVENT' OR send_at <= :now) ORDER BY created_at""")
                .param("now", timestamp(now)).query(this::campaign).list();
    }

    /** Up to {@code limit} subscriptions in the segment (and with the event, if any) that are not members yet. */
    List<Audience> newAudience(UUID campaignId, SegmentSql segment, String eventCondition, int limit) {
        String sql = "SELECT s.subscriber_id, s.vin" + SegmentSql.AUDIENCE + segment.where()
                + (eventCondition == null ? "" : " AND " + eventCondition)
                + " AND NOT EXISTS (SELECT 1 FROM campaign_member m WHERE m.campaign_id = :campaignId"
                + " AND m.subscriber_id = s.subscriber_id AND m.vin = s.vin)"
                + " ORDER BY s.subscriber_id, s.vin LIMIT :limit";
        return segment.bind(jdbc.sql(sql)).param("campaignId", campaignId).param("limit", limit)
                .query((rs, n) -> new Audience(rs.getString(1), rs.getString(2))).list();
    }

    /** Adds a member unless it is one already (a replay, a second instance); true when added. */
    boolean join(UUID campaignId, Audience member, String variant) {
        String outcome = Variant.CONTROL.equals(variant) ? "CONTROL" : "PENDING";
        return jdbc.sql("""
                        INSERT INTO campaign_member (campaign_id, subscriber_id, vin, variant, outcome)
                        VALUES (:campaignId, :subscriberId, :vin, :variant, :outcome) ON CONFLICT DO NOTHING""")
                .param("campaignId", campaignId).param("subscriberId", member.subscriberId())
                .param("vin", member.vin()).param("variant", variant).param("outcome", outcome)
                .update() == 1;
    }

    /** Pending members of a campaign, locked for this transaction; others' locked ones are skipped. */
    List<PendingMember> lockPending(UUID campaignId, int limit) {
        return jdbc.sql("""
                        SELECT campaign_id, subscriber_id, vin, variant FROM campaign_member
                         WHERE campaign_id = :campaignId AND outcome = 'PENDING'
                         ORDER BY subscriber_id, vin LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("campaignId", campaignId).param("limit", limit)
                .query((rs, n) -> new PendingMember(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    /**
     * Serialises everything that counts one subscriber's campaign messages until the transaction ends, so that two
     * instances cannot both send the message that reaches the cap.
     */
    void lockSubscriber(String subscriberId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('campaign-cap'), hashtext(:subscriberId))")
                .param("subscriberId", subscriberId).query().singleRow();
    }

    /** Campaign messages sent to the subscriber since {@code since}, over all campaigns. */
    int sentSince(String subscriberId, Instant since) {
        return jdbc.sql("""
                        SELECT count(*) FROM campaign_member
                         WHERE subscriber_id = :subscriberId AND outcome = 'SENT' AND sent_at > :since""")
                .param("subscriberId", subscriberId).param("since", timestamp(since))
                .query(Integer.class).single();
    }

    void settle(PendingMember member, String outcome, UUID messageId, Instant sentAt) {
        jdbc.sql("""
                        UPDATE campaign_member SET outcome = :outcome, message_id = :messageId, sent_at = :sentAt
                         WHERE campaign_id = :campaignId AND subscriber_id = :subscriberId AND vin = :vin""")
                .param("outcome", outcome).param("messageId", messageId).param("sentAt", timestamp(sentAt))
                .param("campaignId", member.campaignId()).param("subscriberId", member.subscriberId())
                .param("vin", member.vin())
                .update();
    }

    boolean hasPending(UUID campaignId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM campaign_member WHERE campaign_id = :id AND outcome = 'PENDING')")
                .param("id", campaignId).query(Boolean.class).single();
    }

    List<CampaignResults.Group> results(UUID campaignId, int attributionDays) {
        return jdbc.sql("""
                        SELECT m.variant, count(*),
                               count(*) FILTER (WHERE m.outcome = 'SENT'),
                               count(*) FILTER (WHERE m.outcome = 'CAPPED'),
                               count(*) FILTER (WHERE m.outcome = 'SUPPRESSED'),
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM notification n
                                   WHERE n.notification_id = m.message_id
                                     AND (n.read_at IS NOT NULL OR n.opened_at IS NOT NULL))),
                               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM notification n
                                   WHERE n.notification_id = m.message_id AND n.clicked_at IS NOT NULL)),
                               count(*) FILTER (WHERE EXISTS (
                                   SELECT 1 FROM booking b
                                    WHERE b.subscriber_id = m.subscriber_id AND b.vin = m.vin
                                      AND b.status <> 'CANCELLED' AND b.created_at >= m.joined_at
                                      AND b.created_at < m.joined_at + make_interval(days => :days)))
                          FROM campaign_member m WHERE m.campaign_id = :campaignId
                         GROUP BY m.variant ORDER BY m.variant <> 'CONTROL', m.variant""")
                .param("campaignId", campaignId).param("days", attributionDays)
                .query((rs, n) -> new CampaignResults.Group(rs.getString(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), null, null))
                .list();
    }

    private Campaign campaign(ResultSet rs, int row) throws SQLException {
        return new Campaign(rs.getObject("campaign_id", UUID.class), rs.getString("name"),
                json.readValue(rs.getString("segment"), Segment.class), rs.getString("channel"),
                json.readValue(rs.getString("variants"), VARIANTS), rs.getInt("control_percent"),
                rs.getInt("cap_messages"), rs.getInt("cap_days"), rs.getString("trigger_type"),
                instant(rs.getTimestamp("send_at")), rs.getString("trigger_event"), rs.getString("status"),
                rs.getString("created_by"), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("launched_at")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
