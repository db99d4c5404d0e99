package dev.pitwall.api.subscription;

import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The V12 tables {@code subscriber} and {@code subscription}. Inserts are insert-or-ignore: on the primary key for a
 * subscriber, on {@code subscription_one_active_per_vin} for a subscription, so that of two concurrent requests for
 * the same vehicle exactly one subscription becomes ACTIVE and the other finds it. Ending is a conditional UPDATE of
 * an ACTIVE row, for the same reason.
 */
@Repository
class SubscriptionRepository {

    static final String SUBSCRIBER_COLUMNS = "subscriber_id, display_name, email, created_at";
    static final String COLUMNS = "subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status, created_at, "
            + "updated_at";
    static final String ORDER = " ORDER BY created_at DESC, subscription_id";

    static final String INSERT_SUBSCRIBER_SQL = """
            INSERT INTO subscriber (subscriber_id, display_name, email) VALUES (:subscriberId, :displayName, :email)
            ON CONFLICT (subscriber_id) DO NOTHING RETURNING\s""" + SUBSCRIBER_COLUMNS;

    static final String INSERT_SUBSCRIPTION_SQL = """
            INSERT INTO subscription (subscription_id, subscriber_id, vin, plan, starts_on, ends_on, status)
            VALUES (:subscriptionId, :subscriberId, :vin, :plan, :startsOn, :endsOn, 'ACTIVE')
            ON CONFLICT (vin) WHERE status = 'ACTIVE' DO NOTHING RETURNING\s""" + COLUMNS;

    static final String END_SQL = "UPDATE subscription SET status = :status, updated_at = now() "
            + "WHERE subscription_id = :subscriptionId AND status = 'ACTIVE' RETURNING " + COLUMNS;

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the subscriber; empty when one with this id exists already (nothing was written). */
    Optional<Subscriber> insertSubscriber(SubscriberRequest subscriber) {
        return jdbc.sql(INSERT_SUBSCRIBER_SQL)
                .param("subscriberId", subscriber.subscriberId())
                .param("displayName", subscriber.displayName())
                .param("email", subscriber.email())
                .query((rs, n) -> subscriber(rs))
                .optional();
    }

    Optional<Subscriber> findSubscriber(String subscriberId) {
        return jdbc.sql("SELECT " + SUBSCRIBER_COLUMNS + " FROM subscriber WHERE subscriber_id = :subscriberId")
                .param("subscriberId", subscriberId)
                .query((rs, n) -> subscriber(rs))
                .optional();
    }

    /** Stores an ACTIVE subscription; empty when the vehicle has an ACTIVE one already (nothing was written). */
    Optional<Subscription> insertActive(UUID subscriptionId, SubscriptionRequest subscription) {
        return jdbc.sql(INSERT_SUBSCRIPTION_SQL)
                .param("subscriptionId", subscriptionId)
                .param("subscriberId", subscription.subscriberId())
                .param("vin", subscription.vin())
                .param("plan", subscription.plan())
                .param("startsOn", subscription.startsOn())
                .param("endsOn", subscription.endsOn())
                .query((rs, n) -> subscription(rs))
                .optional();
    }

    Optional<Subscription> findActiveByVin(String vin) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM subscription WHERE vin = :vin AND status = 'ACTIVE'")
                .param("vin", vin)
                .query((rs, n) -> subscription(rs))
                .optional();
    }

    Optional<Subscription> find(UUID subscriptionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM subscription WHERE subscription_id = :subscriptionId")
                .param("subscriptionId", subscriptionId)
                .query((rs, n) -> subscription(rs))
                .optional();
    }

    /** The subscription if it is {@code subscriberId}'s; empty as for an unknown one otherwise. */
    Optional<Subscription> findOwned(UUID subscriptionId, String subscriberId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM subscription WHERE subscription_id = :subscriptionId "
                        + "AND subscriber_id = :subscriberId")
                .param("subscriptionId", subscriptionId)
                .param("subscriberId", subscriberId)
                .query((rs, n) -> subscription(rs))
                .optional();
    }

    /** Moves an ACTIVE subscription to {@code status}; empty when it is not ACTIVE (or unknown): nothing written. */
    Optional<Subscription> endActive(UUID subscriptionId, SubscriptionStatus status) {
        return jdbc.sql(END_SQL)
                .param("subscriptionId", subscriptionId)
                .param("status", status.name())
                .query((rs, n) -> subscription(rs))
                .optional();
    }

    /** One page of the subscriptions matching {@code query}, newest first. */
    Page<Subscription> findPage(SubscriptionQuery query, PageQuery page) {
        List<String> conditions = new ArrayList<>();
        if (query.vin() != null) {
            conditions.add("vin = :vin");
        }
        if (query.subscriberId() != null) {
            conditions.add("subscriber_id = :subscriberId");
        }
        if (query.status() != null) {
            conditions.add("status = :status");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = bind(jdbc.sql("SELECT count(*) FROM subscription" + where), query).query(Long.class).single();
        List<Subscription> items = bind(jdbc.sql("SELECT " + COLUMNS + " FROM subscription" + where + ORDER
                        + " LIMIT :limit OFFSET :offset"), query)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> subscription(rs))
                .list();
        return Page.of(items, page, total);
    }

    /** The subscriber's ACTIVE subscriptions by VIN, at most {@code limit} (walks subscription_owner_idx). */
    List<Subscription> findActive(String subscriberId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM subscription WHERE subscriber_id = :subscriberId "
                        + "AND status = 'ACTIVE' ORDER BY vin LIMIT :limit")
                .param("subscriberId", subscriberId)
                .param("limit", limit)
                .query((rs, n) -> subscription(rs))
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, SubscriptionQuery query) {
        if (query.vin() != null) {
            statement = statement.param("vin", query.vin());
        }
        if (query.subscriberId() != null) {
            statement = statement.param("subscriberId", query.subscriberId());
        }
        if (query.status() != null) {
            statement = statement.param("status", query.status().name());
        }
        return statement;
    }

    private static Subscriber subscriber(ResultSet rs) throws SQLException {
        return new Subscriber(rs.getString("subscriber_id"), rs.getString("display_name"), rs.getString("email"),
                instant(rs, "created_at"));
    }

    private static Subscription subscription(ResultSet rs) throws SQLException {
        return new Subscription(rs.getObject("subscription_id", UUID.class), rs.getString("subscriber_id"),
                rs.getString("vin"), rs.getString("plan"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), SubscriptionStatus.valueOf(rs.getString("status")),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
