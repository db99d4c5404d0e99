package dev.pitwall.api.offer;

import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.core.offer.OfferKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the stream job's {@code offer} rows; never writes. Newest first, the id as tie-break so that pages never
 * overlap. One vehicle's offers walk {@code offer_vin_time_idx}, a campaign's {@code offer_campaign_time_idx}, the
 * usable ones {@code offer_active_idx}, everything else {@code offer_time_idx}.
 */
@Repository
class OfferRepository {

    static final String COLUMNS = "offer_id, vin, subscriber_id, kind, campaign_id, status, poi_id, poi_name, brand, "
            + "distance_km, latitude, longitude, lead_id, message, created_at, expires_at";
    static final String ORDER = " ORDER BY created_at DESC, offer_id";
    /** Still usable at :now; the status list matches offer_active_idx's predicate so the planner can use it. */
    static final String ACTIVE = "status IN ('SENT', 'OPENED') AND expires_at > :now";

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the offers matching {@code query}; {@code now} decides which are still active. */
    Page<Offer> findPage(OfferQuery query, PageQuery page, Instant now) {
        String where = where(query);
        long total = bind(jdbc.sql("SELECT count(*) FROM offer" + where), query, now).query(Long.class).single();
        List<Offer> items = bind(jdbc.sql("SELECT " + COLUMNS + " FROM offer" + where + ORDER
                        + " LIMIT :limit OFFSET :offset"), query, now)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> offer(rs, now))
                .list();
        return Page.of(items, page, total);
    }

    Optional<Offer> findById(UUID offerId, Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM offer WHERE offer_id = :id")
                .param("id", offerId)
                .query((rs, n) -> offer(rs, now))
                .optional();
    }

    static String where(OfferQuery query) {
        List<String> conditions = new ArrayList<>();
        if (query.vin() != null) {
            conditions.add("vin = :vin");
        }
        if (query.kind() != null) {
            conditions.add("kind = :kind");
        }
        if (query.campaign() != null) {
            conditions.add("campaign_id = :campaign");
        }
        if (query.active() != null) {
            conditions.add(query.active() ? ACTIVE : "NOT (" + ACTIVE + ")");
        }
        if (query.from() != null) {
            conditions.add("created_at >= :from");
        }
        if (query.to() != null) {
            conditions.add("created_at < :to");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, OfferQuery query, Instant now) {
        if (query.vin() != null) {
            statement = statement.param("vin", query.vin());
        }
        if (query.kind() != null) {
            statement = statement.param("kind", query.kind().name());
        }
        if (query.campaign() != null) {
            statement = statement.param("campaign", query.campaign());
        }
        if (query.active() != null) {
            statement = statement.param("now", utc(now));
        }
        if (query.from() != null) {
            statement = statement.param("from", utc(query.from()));
        }
        if (query.to() != null) {
            statement = statement.param("to", utc(query.to()));
        }
        return statement;
    }

    private static Offer offer(ResultSet rs, Instant now) throws SQLException {
        OfferStatus status = OfferStatus.valueOf(rs.getString("status"));
        Instant expiresAt = instant(rs, "expires_at");
        return new Offer(rs.getObject("offer_id", UUID.class), rs.getString("vin"), rs.getString("subscriber_id"),
                OfferKind.valueOf(rs.getString("kind")), rs.getString("campaign_id"), status,
                status.open() && expiresAt.isAfter(now), rs.getString("poi_id"), rs.getString("poi_name"),
                rs.getString("brand"), rs.getDouble("distance_km"), rs.getDouble("latitude"),
                rs.getDouble("longitude"), rs.getString("lead_id"), rs.getString("message"),
                instant(rs, "created_at"), expiresAt);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
