package dev.pitwall.api.notification;

import dev.pitwall.engagement.delivery.Cause;
import dev.pitwall.engagement.delivery.Channel;
import dev.pitwall.engagement.delivery.DeliveryStatus;
import dev.pitwall.engagement.delivery.NotificationRequest;
import dev.pitwall.engagement.delivery.Purpose;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/** What the notification tests do as a lead prompt or a campaign would: subscribers, enqueues, and a look at a row. */
final class NotificationFixtures {

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final Notifications notifications;

    NotificationFixtures(JdbcClient jdbc, TransactionOperations transactions, Notifications notifications) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.notifications = notifications;
    }

    /** A new subscriber with a unique id starting with {@code name}; answers the id. */
    String subscriber(String name) {
        String id = name + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("INSERT INTO subscriber (subscriber_id, display_name, email) VALUES (:id, :name, :email)")
                .param("id", id).param("name", name.substring(0, 1).toUpperCase() + name.substring(1))
                .param("email", id + "@example.com")
                .update();
        return id;
    }

    /** Enqueues in a transaction of its own, as a feature's service would in its. */
    List<EnqueuedNotification> enqueue(NotificationRequest request) {
        return transactions.execute(status -> notifications.enqueue(request));
    }

    static NotificationRequest serviceDue(String subscriberId, Cause cause, Channel... channels) {
        return new NotificationRequest(subscriberId, Purpose.SERVICE, Set.of(channels), "service-due-prompt",
                Map.of("serviceName", "Oil service", "vehicleName", "Golf",
                        "evidence", "due at 42,400 km, 600 km to go"),
                URI.create("https://app.pitwall.dev/bookings/new?lead=" + cause.id()), cause);
    }

    static NotificationRequest campaign(String subscriberId, Cause cause, Channel... channels) {
        return new NotificationRequest(subscriberId, Purpose.MARKETING, Set.of(channels), "campaign-message",
                Map.of("headline", "Winter tyres, fitted at your workshop", "text", "Book before the first frost."),
                URI.create("https://app.pitwall.dev/offers/" + cause.id()), cause);
    }

    Row row(UUID notificationId) {
        return jdbc.sql("SELECT status, suppression_reason, attempts, last_error FROM notification"
                        + " WHERE notification_id = :id")
                .param("id", notificationId)
                .query((rs, i) -> new Row(DeliveryStatus.valueOf(rs.getString("status")),
                        rs.getString("suppression_reason"), rs.getInt("attempts"), rs.getString("last_error")))
                .single();
    }

    DeliveryStatus status(UUID notificationId) {
        return row(notificationId).status();
    }

    long count(Cause cause) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE cause_kind = :kind AND cause_id = :id")
                .param("kind", cause.kind().name()).param("id", cause.id()).query(Long.class).single();
    }

    /** A message's stored state. */
    record Row(DeliveryStatus status, String suppressionReason, int attempts, String lastError) {
    }
}
