package dev.pitwall.api.notification;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Who a subscriber is, as a message addresses them ({@code subscriber}, V12). */
class SubscriberDirectory {

    private final JdbcClient jdbc;

    SubscriberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Recipient> find(String subscriberId) {
        return jdbc.sql("SELECT display_name, email FROM subscriber WHERE subscriber_id = :id")
                .param("id", subscriberId)
                .query((rs, i) -> new Recipient(subscriberId, rs.getString("display_name"), rs.getString("email")))
                .optional();
    }

    /** A subscriber's name and e-mail address (null when they have none). */
    record Recipient(String subscriberId, String displayName, String email) {

        boolean hasEmail() {
            return email != null && !email.isBlank();
        }
    }
}
