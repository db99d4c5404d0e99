package dev.pitwall.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pitwall.core.offer.Offer;
import dev.pitwall.core.offer.OfferKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The offer sink's statement against PostgreSQL migrated by storage, in batches as the JDBC sink sends it. */
class OfferSqlIT {

    static final Instant T0 = Instant.parse("2026-11-03T09:00:00Z");
    static final String VIN = "1PWTST00000000001";
    static final Offer FUEL = offer(UUID.nameUUIDFromBytes("fuel".getBytes()).toString(), OfferKind.FUEL, "fuel-partner-ahead",
            null, T0);
    static final Offer SERVICE = offer(UUID.nameUUIDFromBytes("service".getBytes()).toString(), OfferKind.SERVICE,
            "service-workshop-nearby", "lead-1", T0.plusSeconds(60));

    PipelineTables db;

    static Offer offer(String id, OfferKind kind, String campaign, String leadId, Instant at) {
        return new Offer(id, VIN, "sub-1", kind, campaign, "fs-001", "Nordstern Leopoldstraße", "Nordstern", 2.43,
                48.134, 11.583, at, at.plus(Duration.ofHours(2)), leadId, "Fuel at 14 %: Nordstern ...");
    }

    @BeforeEach
    void freshDatabase() {
        db = PipelineTables.createMigrated();
    }

    List<JsonNode> offers() {
        return db.rows("SELECT to_jsonb(o) FROM offer o ORDER BY created_at, offer_id");
    }

    @Test
    void writesEveryFieldAndStartsAsSent() throws SQLException {
        write(FUEL, SERVICE);

        List<JsonNode> rows = offers();
        assertThat(rows).hasSize(2);
        JsonNode fuel = rows.get(0);
        assertThat(fuel.get("offer_id").asText()).isEqualTo(FUEL.offerId());
        assertThat(fuel.get("vin").asText()).isEqualTo(VIN);
        assertThat(fuel.get("subscriber_id").asText()).isEqualTo("sub-1");
        assertThat(fuel.get("kind").asText()).isEqualTo("FUEL");
        assertThat(fuel.get("campaign_id").asText()).isEqualTo("fuel-partner-ahead");
        assertThat(fuel.get("poi_id").asText()).isEqualTo("fs-001");
        assertThat(fuel.get("poi_name").asText()).isEqualTo("Nordstern Leopoldstraße");
        assertThat(fuel.get("brand").asText()).isEqualTo("Nordstern");
        assertThat(fuel.get("distance_km").asDouble()).isEqualTo(2.43);
        assertThat(fuel.get("latitude").asDouble()).isEqualTo(48.134);
        assertThat(fuel.get("longitude").asDouble()).isEqualTo(11.583);
        assertThat(fuel.get("lead_id").isNull()).isTrue();
        assertThat(fuel.get("message").asText()).isEqualTo(FUEL.message());
        assertThat(fuel.get("status").asText()).isEqualTo("SENT");
        assertThat(instant(fuel, "created_at")).isEqualTo(T0);
        assertThat(instant(fuel, "expires_at")).isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(rows.get(1).get("lead_id").asText()).isEqualTo("lead-1");
    }

    @Test
    void aReplayOrADuplicateInOneBatchWritesNothingNew() throws SQLException {
        write(FUEL, SERVICE, FUEL);
        List<JsonNode> once = offers();
        execute("UPDATE offer SET status = 'OPENED' WHERE kind = 'FUEL'");

        write(SERVICE, FUEL);

        assertThat(offers()).hasSize(2);
        assertThat(db.queryLong("SELECT count(*) FROM offer WHERE status = 'OPENED'")).isEqualTo(1);
        assertThat(once).hasSize(2);
    }

    @Test
    void theTableRefusesOffersThatCannotBe() {
        assertThatThrownBy(() -> execute(insert("'FUEL'", "'lead-1'", "now()", "now() + interval '1 hour'", "'SENT'")))
                .hasMessageContaining("offer_lead_check");
        assertThatThrownBy(() -> execute(insert("'SERVICE'", "NULL", "now()", "now() + interval '1 hour'", "'SENT'")))
                .hasMessageContaining("offer_lead_check");
        assertThatThrownBy(() -> execute(insert("'FUEL'", "NULL", "now()", "now()", "'SENT'")))
                .hasMessageContaining("offer_expiry_check");
        assertThatThrownBy(() -> execute(insert("'FUEL'", "NULL", "now()", "now() + interval '1 hour'", "'CLICKED'")))
                .hasMessageContaining("offer_status_check");
        assertThatThrownBy(() -> execute(insert("'PARKING'", "NULL", "now()", "now() + interval '1 hour'", "'SENT'")))
                .hasMessageContaining("offer_kind_check");
    }

    private static String insert(String kind, String leadId, String createdAt, String expiresAt, String status) {
        return "INSERT INTO offer (offer_id, vin, subscriber_id, kind, campaign_id, poi_id, poi_name, brand, "
                + "distance_km, latitude, longitude, lead_id, message, status, created_at, expires_at) VALUES ('"
                + UUID.randomUUID() + "', '" + VIN + "', 'sub-1', " + kind + ", 'fuel-partner-ahead', 'fs-001', "
                + "'n', 'b', 1, 48, 11, " + leadId + ", 'm', " + status + ", " + createdAt + ", " + expiresAt + ")";
    }

    private static Instant instant(JsonNode row, String column) {
        return OffsetDateTime.parse(row.get(column).asText()).toInstant();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** As the sink does: one batch, rewritten by the driver into a multi-row insert. */
    private void write(Offer... offers) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.url + (db.url.contains("?") ? "&" : "?")
                + "reWriteBatchedInserts=true");
                PreparedStatement ps = c.prepareStatement(OfferSinks.INSERT_OFFER)) {
            for (Offer offer : offers) {
                OfferSinks.bindOffer(ps, offer);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
