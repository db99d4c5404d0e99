package dev.pitwall.api.renewal;

import dev.pitwall.api.security.VehicleAccess.Restriction;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.engagement.renewal.Incentive;
import dev.pitwall.engagement.renewal.ProductKind;
import dev.pitwall.engagement.renewal.RenewableProduct;
import dev.pitwall.engagement.renewal.RenewalOfferDraft;
import dev.pitwall.engagement.renewal.RenewalOfferStatus;
import dev.pitwall.engagement.renewal.RenewalSignals;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Renewable products and their renewal offers in PostgreSQL (V12 subscription, V15 coverage and renewal_offer). */
@Repository
class RenewalRepository {

    private static final TypeReference<List<Incentive>> INCENTIVES = new TypeReference<>() {
    };

    /** Active subscriptions and coverages ending in (today, horizon], with what personalises their price. */
    private static final String PRODUCTS_ENDING = """
            SELECT p.*, vs.health_score, vp.overall_score FROM (
                SELECT 'SUBSCRIPTION' AS kind, s.subscription_id AS product_id, s.subscriber_id, s.vin,
                       s.plan AS name, s.starts_on, s.ends_on, s.monthly_price, s.currency
                  FROM subscription s
                 WHERE s.status = 'ACTIVE' AND s.ends_on > :today AND s.ends_on <= :horizon
                UNION ALL
                SELECT c.kind, c.coverage_id, c.subscriber_id, c.vin, c.product_name, c.starts_on, c.ends_on,
                       c.monthly_price, c.currency
                  FROM coverage c
                 WHERE c.status = 'ACTIVE' AND c.ends_on > :today AND c.ends_on <= :horizon
            ) p
            LEFT JOIN vehicle_state vs ON vs.vin = p.vin
            LEFT JOIN vehicle_profile vp ON vp.vin = p.vin
            ORDER BY p.ends_on, p.product_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RenewalRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A product ending soon, its stored monthly price (null for a subscription without one) and its signals. */
    record EndingProduct(ProductKind kind, UUID productId, String subscriberId, String vin, String name,
            LocalDate startsOn, LocalDate endsOn, BigDecimal monthlyPrice, String currency, OptionalInt healthScore,
            OptionalInt drivingScore) {

        RenewableProduct priced(BigDecimal monthly, String currency) {
            return new RenewableProduct(kind, productId, subscriberId, vin, name, startsOn, endsOn, monthly, currency);
        }

        RenewalSignals signals(int tenureMonths) {
            return new RenewalSignals(tenureMonths, healthScore, drivingScore);
        }
    }

    List<EndingProduct> productsEnding(LocalDate today, LocalDate horizon) {
        return jdbc.sql(PRODUCTS_ENDING).param("today", today).param("horizon", horizon)
                .query((rs, n) -> new EndingProduct(ProductKind.valueOf(rs.getString("kind")),
                        rs.getObject("product_id", UUID.class), rs.getString("subscriber_id"), rs.getString("vin"),
                        rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("ends_on", LocalDate.class), rs.getBigDecimal("monthly_price"),
                        rs.getString("currency"), optionalInt(rs, "health_score"), optionalInt(rs, "overall_score")))
                .list();
    }

    /** Stores the offer unless it exists; true when this call created it. */
    boolean insertIfAbsent(RenewalOfferDraft draft) {
        RenewableProduct product = draft.product();
        return jdbc.sql("""
                        INSERT INTO renewal_offer (offer_id, subscriber_id, vin, product_kind, product_id, product_name,
                            product_ends_on, stage_days, term_months, renewed_until, current_monthly, offered_monthly,
                            currency, total_percent, incentives, status, valid_until)
                        VALUES (:offerId, :subscriberId, :vin, :kind, :productId, :name, :endsOn, :stageDays,
                            :termMonths, :renewedUntil, :currentMonthly, :offeredMonthly, :currency, :totalPercent,
                            CAST(:incentives AS jsonb), 'OFFERED', :validUntil)
                        ON CONFLICT DO NOTHING""")
                .param("offerId", draft.offerId())
                .param("subscriberId", product.subscriberId())
                .param("vin", product.vin())
                .param("kind", product.kind().name())
                .param("productId", product.productId())
                .param("name", product.name())
                .param("endsOn", product.endsOn())
                .param("stageDays", draft.stage().daysBefore())
                .param("termMonths", draft.termMonths())
                .param("renewedUntil", draft.renewedUntil())
                .param("currentMonthly", draft.quote().currentMonthly())
                .param("offeredMonthly", draft.quote().offeredMonthly())
                .param("currency", product.currency())
                .param("totalPercent", draft.quote().totalPercent())
                .param("incentives", json.writeValueAsString(draft.quote().incentives()))
                .param("validUntil", draft.stage().validUntil())
                .update() == 1;
    }

    /** Open offers of the product other than {@code current} become SUPERSEDED; returns how many. */
    int supersedeOthers(RenewalOfferDraft current) {
        return jdbc.sql("""
                        UPDATE renewal_offer SET status = 'SUPERSEDED', decided_at = now()
                         WHERE product_kind = :kind AND product_id = :productId AND status = 'OFFERED'
                           AND offer_id <> :offerId""")
                .param("kind", current.product().kind().name())
                .param("productId", current.product().productId())
                .param("offerId", current.offerId())
                .update();
    }

    /** Open offers whose validity ended by {@code today} become EXPIRED; returns how many. */
    int expire(LocalDate today) {
        return jdbc.sql("""
                        UPDATE renewal_offer SET status = 'EXPIRED', decided_at = now()
                         WHERE status = 'OFFERED' AND valid_until <= :today""")
                .param("today", today)
                .update();
    }

    /**
     * ACTIVE subscriptions and coverages whose end has come by {@code today} become ENDED; returns how many. On its
     * end date a product can no longer be renewed (an offer is valid until the end, exclusive), so it ends that day.
     */
    int endLapsed(LocalDate today) {
        int subscriptions = jdbc.sql("""
                        UPDATE subscription SET status = 'ENDED', updated_at = now()
                         WHERE status = 'ACTIVE' AND ends_on <= :today""")
                .param("today", today)
                .update();
        int coverages = jdbc.sql("""
                        UPDATE coverage SET status = 'ENDED', updated_at = now()
                         WHERE status = 'ACTIVE' AND ends_on <= :today""")
                .param("today", today)
                .update();
        return subscriptions + coverages;
    }

    Page<RenewalOffer> findPage(Restriction access, RenewalOfferStatus status, String vin, PageQuery page) {
        String where = " FROM renewal_offer r WHERE " + access.sql()
                + " AND (CAST(:status AS text) IS NULL OR r.status = :status)"
                + " AND (CAST(:vin AS text) IS NULL OR r.vin = :vin)";
        long total = access.bind(jdbc.sql("SELECT count(*)" + where))
                .param("status", status == null ? null : status.name()).param("vin", vin)
                .query(Long.class).single();
        List<RenewalOffer> items = access.bind(jdbc.sql("SELECT r.*" + where
                        + " ORDER BY r.offered_at DESC, r.offer_id LIMIT :limit OFFSET :offset"))
                .param("status", status == null ? null : status.name()).param("vin", vin)
                .param("limit", page.size()).param("offset", page.offset())
                .query(this::offer).list();
        return Page.of(items, page, total);
    }

    Optional<RenewalOffer> find(Restriction access, UUID offerId) {
        return access.bind(jdbc.sql("SELECT r.* FROM renewal_offer r WHERE r.offer_id = :offerId AND " + access.sql()))
                .param("offerId", offerId)
                .query(this::offer).optional();
    }

    /** The offer locked for a decision (the caller's transaction holds the lock until it commits). */
    Optional<RenewalOffer> lock(Restriction access, UUID offerId) {
        return access.bind(jdbc.sql("SELECT r.* FROM renewal_offer r WHERE r.offer_id = :offerId AND " + access.sql()
                        + " FOR UPDATE"))
                .param("offerId", offerId)
                .query(this::offer).optional();
    }

    /**
     * Moves the product's end to the renewed one and its price to the offered one, if it is still active and still
     * ends where the offer assumed; false when it changed meanwhile.
     */
    boolean renewProduct(RenewalOffer offer) {
        String sql = offer.productKind() == ProductKind.SUBSCRIPTION
                ? """
                UPDATE subscription SET ends_on = :renewedUntil, monthly_price = :monthly, currency = :currency,
                       updated_at = now()
                 WHERE subscription_id = :productId AND status = 'ACTIVE' AND ends_on = :endsOn"""
                : """
                UPDATE coverage SET ends_on = :renewedUntil, monthly_price = :monthly, currency = :currency,
                       updated_at = now()
                 WHERE coverage_id = :productId AND status = 'ACTIVE' AND ends_on = :endsOn""";
        return jdbc.sql(sql)
                .param("renewedUntil", offer.renewedUntil())
                .param("monthly", offer.offeredMonthly())
                .param("currency", offer.currency())
                .param("productId", offer.productId())
                .param("endsOn", offer.productEndsOn())
                .update() == 1;
    }

    void decide(UUID offerId, RenewalOfferStatus status, String decidedBy, String declineReason) {
        jdbc.sql("""
                        UPDATE renewal_offer SET status = :status, decided_at = now(), decided_by = :decidedBy,
                               decline_reason = :reason
                         WHERE offer_id = :offerId""")
                .param("status", status.name())
                .param("decidedBy", decidedBy)
                .param("reason", declineReason)
                .param("offerId", offerId)
                .update();
    }

    private RenewalOffer offer(ResultSet rs, int row) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new RenewalOffer(rs.getObject("offer_id", UUID.class), rs.getString("subscriber_id"),
                rs.getString("vin"), ProductKind.valueOf(rs.getString("product_kind")),
                rs.getObject("product_id", UUID.class), rs.getString("product_name"),
                rs.getObject("product_ends_on", LocalDate.class), rs.getInt("stage_days"), rs.getInt("term_months"),
                rs.getObject("renewed_until", LocalDate.class), rs.getBigDecimal("current_monthly"),
                rs.getBigDecimal("offered_monthly"), rs.getString("currency"), rs.getInt("total_percent"),
                json.readValue(rs.getString("incentives"), INCENTIVES),
                RenewalOfferStatus.valueOf(rs.getString("status")), rs.getTimestamp("offered_at").toInstant(),
                rs.getObject("valid_until", LocalDate.class), decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decline_reason"));
    }

    private static OptionalInt optionalInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
