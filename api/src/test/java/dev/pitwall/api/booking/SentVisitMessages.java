package dev.pitwall.api.booking;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The messages {@code VisitMessages} enqueued about one booking, as the notification table holds them. */
public final class SentVisitMessages {

    /** One message: its template, its cause id under the booking, its rendered subject and body. */
    public record Message(String template, String causeId, String subject, String body) {
    }

    private final JdbcClient jdbc;

    public SentVisitMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The booking's messages on {@code channel} (EMAIL or IN_APP), oldest first. */
    public List<Message> of(String bookingId, String channel) {
        return jdbc.sql("""
                        SELECT template_id, cause_id, subject, body FROM notification
                         WHERE cause_kind = 'BOOKING' AND cause_id LIKE :booking AND channel = :channel
                         ORDER BY created_at, notification_id""")
                .param("booking", bookingId + "/%").param("channel", channel)
                .query((rs, n) -> new Message(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The templates of {@link #of}, in order. */
    public List<String> templates(String bookingId, String channel) {
        return of(bookingId, channel).stream().map(Message::template).toList();
    }
}
