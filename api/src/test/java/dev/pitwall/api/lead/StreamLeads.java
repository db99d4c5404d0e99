package dev.pitwall.api.lead;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes leads the way the stream job does (V8's columns, an OPENED event), for the integration tests. */
final class StreamLeads {

    private final JdbcClient jdbc;

    StreamLeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A lead as the stream opened it; {@code status} CLOSED or EXPIRED also sets closed_at and close_reason. */
    UUID open(String vin, String reason, String subject, String priority, String status, Double latitude,
            Double longitude, Instant openedAt) {
        UUID id = UUID.nameUUIDFromBytes((vin + '|' + reason + '|' + subject + '|' + openedAt).getBytes());
        boolean ended = status.equals("CLOSED") || status.equals("EXPIRED");
        jdbc.sql("""
                INSERT INTO service_lead (lead_id, vin, reason, subject, priority, status, suggested_service, evidence,
                    latitude, longitude, workshops, opened_at, updated_at, resolved_at, closed_at, close_reason)
                VALUES (:id, :vin, :reason, :subject, :priority, :status, :service, :evidence, :lat, :lon,
                    CAST(:workshops AS jsonb), :openedAt, :openedAt, :resolvedAt, :closedAt, :closeReason)""")
                .param("id", id)
                .param("vin", vin)
                .param("reason", reason)
                .param("subject", subject)
                .param("priority", priority)
                .param("status", status)
                .param("service", reason.equals("SEVERE_DTC") ? "" : subject)
                .param("evidence", subject + " needs attention")
                .param("lat", latitude, java.sql.Types.DOUBLE)
                .param("lon", longitude, java.sql.Types.DOUBLE)
                .param("workshops", latitude == null ? "[]" : """
                        [{"poiId": "ws-001", "name": "Autohaus Nord", "brand": "VW", "distanceKm": 1.8},
                         {"poiId": "ws-014", "name": "Kfz Meier", "brand": "", "distanceKm": 3.25}]""")
                .param("openedAt", openedAt.atOffset(ZoneOffset.UTC))
                .param("resolvedAt", status.equals("CLOSED") ? openedAt.plusSeconds(3600).atOffset(ZoneOffset.UTC)
                        : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("closedAt", ended ? openedAt.plusSeconds(3600).atOffset(ZoneOffset.UTC) : null,
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param("closeReason", ended ? (status.equals("CLOSED") ? "RESOLVED" : "EXPIRED") : null,
                        java.sql.Types.VARCHAR)
                .update();
        jdbc.sql("""
                INSERT INTO service_lead_event (lead_id, event, at, priority, detail, actor)
                VALUES (:id, 'OPENED', :at, :priority, :detail, 'stream')""")
                .param("id", id)
                .param("at", openedAt.atOffset(ZoneOffset.UTC))
                .param("priority", priority)
                .param("detail", subject + " needs attention")
                .update();
        return id;
    }

    /** The number of STATUS events of a lead: one per change an advisor made. */
    int statusEvents(UUID leadId) {
        return jdbc.sql("SELECT count(*) FROM service_lead_event WHERE lead_id = :id AND event = 'STATUS'")
                .param("id", leadId).query(Integer.class).single();
    }
}
