package dev.pitwall.api.consent;

import dev.pitwall.api.outbox.OutboxWriter;
import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.topic.Topics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code marketing_consent} and {@code marketing_consent_history} (V11), and the consent's outbox row. The lock is a
 * transaction-scoped advisory lock per VIN, which also serializes the very first consent of a vehicle (there is no
 * row to lock yet); holding it before the outbox row is written makes the rows' order the order of the changes.
 */
@Repository
class JdbcMarketingConsentRepository implements MarketingConsentRepository {

    static final String COLUMNS = "vin, subscriber_id, granted, changed_at, updated_at";

    static final String LOCK_SQL = "SELECT pg_advisory_xact_lock(hashtext('marketing_consent:' || :vin))";

    static final String FIND_SQL = "SELECT " + COLUMNS + " FROM marketing_consent WHERE vin = :vin";

    static final String UPSERT_SQL = """
            INSERT INTO marketing_consent (vin, subscriber_id, granted, changed_at)
            VALUES (:vin, :subscriberId, :granted, :changedAt)
            ON CONFLICT (vin) DO UPDATE SET subscriber_id = EXCLUDED.subscriber_id, granted = EXCLUDED.granted,
                changed_at = EXCLUDED.changed_at, updated_at = now()
            RETURNING\s""" + COLUMNS;

    static final String HISTORY_SQL = """
            INSERT INTO marketing_consent_history (vin, subscriber_id, granted, changed_at, recorded_by)
            VALUES (:vin, :subscriberId, :granted, :changedAt, :recordedBy)""";

    private final JdbcClient jdbc;
    private final OutboxWriter outbox;

    JdbcMarketingConsentRepository(JdbcClient jdbc, OutboxWriter outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public void lock(String vin) {
        jdbc.sql(LOCK_SQL).param("vin", vin).query((rs, n) -> Boolean.TRUE).single();
    }

    @Override
    public Optional<VehicleMarketingConsent> find(String vin) {
        return jdbc.sql(FIND_SQL).param("vin", vin).query((rs, n) -> consent(rs)).optional();
    }

    @Override
    public VehicleMarketingConsent store(MarketingConsent consent, String recordedBy) {
        VehicleMarketingConsent stored = jdbc.sql(UPSERT_SQL)
                .param("vin", consent.vin())
                .param("subscriberId", consent.subscriberId())
                .param("granted", consent.granted())
                .param("changedAt", utc(consent.changedAt()))
                .query((rs, n) -> consent(rs))
                .single();
        jdbc.sql(HISTORY_SQL)
                .param("vin", consent.vin())
                .param("subscriberId", consent.subscriberId())
                .param("granted", consent.granted())
                .param("changedAt", utc(consent.changedAt()))
                .param("recordedBy", recordedBy)
                .update();
        outbox.append(Topics.MARKETING_CONSENTS, consent.vin(), consent);
        return stored;
    }

    private static VehicleMarketingConsent consent(ResultSet rs) throws SQLException {
        return new VehicleMarketingConsent(rs.getString("vin"), rs.getString("subscriber_id"),
                rs.getBoolean("granted"), instant(rs, "changed_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
