package dev.pitwall.api.notification;

import dev.pitwall.api.web.PageQuery;
import dev.pitwall.engagement.delivery.CauseKind;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code webhook_endpoint} (V14). Removing an endpoint deactivates it; messages keep pointing at it. */
class WebhookEndpointRepository {

    static final String COLUMNS = "webhook_id, url, events, description, active, created_at, created_by";

    static final String INSERT_SQL = """
            INSERT INTO webhook_endpoint (webhook_id, url, secret, events, description, created_by)
            VALUES (:id, :url, :secret, CAST(:events AS text[]), :description, :createdBy)
            RETURNING\s""" + COLUMNS;

    static final String LIST_SQL = "SELECT " + COLUMNS + " FROM webhook_endpoint WHERE active"
            + " ORDER BY created_at DESC, webhook_id LIMIT :limit OFFSET :offset";

    static final String COUNT_SQL = "SELECT count(*) FROM webhook_endpoint WHERE active";

    static final String DEACTIVATE_SQL = """
            UPDATE webhook_endpoint SET active = false, deactivated_at = now() WHERE webhook_id = :id AND active""";

    static final String ACTIVE_FOR_SQL = """
            SELECT webhook_id FROM webhook_endpoint WHERE active AND :event = ANY (events) ORDER BY webhook_id""";

    private final JdbcClient jdbc;

    WebhookEndpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    WebhookEndpoint create(UUID id, String url, String secret, List<CauseKind> events, String description,
            String createdBy) {
        WebhookEndpoint created = jdbc.sql(INSERT_SQL)
                .param("id", id)
                .param("url", url)
                .param("secret", secret)
                .param("events", "{" + String.join(",", events.stream().map(Enum::name).toList()) + "}")
                .param("description", description)
                .param("createdBy", createdBy)
                .query((rs, i) -> endpoint(rs))
                .single();
        return new WebhookEndpoint(created.webhookId(), created.url(), created.events(), created.description(),
                created.active(), created.createdAt(), created.createdBy(), secret);
    }

    List<WebhookEndpoint> listActive(PageQuery page) {
        return jdbc.sql(LIST_SQL).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> endpoint(rs)).list();
    }

    long countActive() {
        return jdbc.sql(COUNT_SQL).query(Long.class).single();
    }

    /** @return false when no active endpoint has this id */
    boolean deactivate(UUID id) {
        return jdbc.sql(DEACTIVATE_SQL).param("id", id).update() == 1;
    }

    /** The active endpoints that receive messages of {@code kind}. */
    List<UUID> activeFor(CauseKind kind) {
        return jdbc.sql(ACTIVE_FOR_SQL).param("event", kind.name()).query(UUID.class).list();
    }

    private static WebhookEndpoint endpoint(ResultSet rs) throws SQLException {
        Array events = rs.getArray("events");
        List<CauseKind> kinds = Arrays.stream((String[]) events.getArray()).map(CauseKind::valueOf).toList();
        return new WebhookEndpoint(rs.getObject("webhook_id", UUID.class), rs.getString("url"), kinds,
                rs.getString("description"), rs.getBoolean("active"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"), null);
    }
}
