package dev.pitwall.stream;

import dev.pitwall.core.offer.Offer;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.apache.flink.api.connector.sink2.Sink;

/**
 * The PostgreSQL sink of the geo-targeted offers (table {@code offer}, migration V9, docs/geo-offers.md): at least
 * once, and idempotent on the offer's deterministic id, so a replay after a restart writes nothing new. The job only
 * inserts; the row's {@code status} starts as {@code SENT} and belongs to the later engagement features.
 */
public final class OfferSinks {

    /** Parameters: offer_id, vin, subscriber_id, kind, campaign_id, poi_id, poi_name, brand, distance_km, latitude,
     *  longitude, lead_id, message, created_at, expires_at. */
    static final String INSERT_OFFER = """
            INSERT INTO offer (offer_id, vin, subscriber_id, kind, campaign_id, poi_id, poi_name, brand, distance_km,
                               latitude, longitude, lead_id, message, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (offer_id) DO NOTHING""";

    private OfferSinks() {
    }

    /** Offers, merged into multi-row inserts (a plain INSERT: a batch holding one offer twice is harmless). */
    public static Sink<Offer> offers(PipelineSettings settings) {
        return PostgresSinks.sink(settings, "offer", INSERT_OFFER, true, OfferSinks::bindOffer);
    }

    static void bindOffer(PreparedStatement ps, Offer o) throws SQLException {
        ps.setObject(1, java.util.UUID.fromString(o.offerId()));
        ps.setString(2, o.vin());
        ps.setString(3, o.subscriberId());
        ps.setString(4, o.kind().name());
        ps.setString(5, o.campaignId());
        ps.setString(6, o.poiId());
        ps.setString(7, o.poiName());
        ps.setString(8, o.brand());
        ps.setDouble(9, o.distanceKm());
        ps.setDouble(10, o.latitude());
        ps.setDouble(11, o.longitude());
        if (o.leadId() == null) {
            ps.setNull(12, Types.VARCHAR);
        } else {
            ps.setString(12, o.leadId());
        }
        ps.setString(13, o.message());
        ps.setObject(14, PostgresSinks.timestamp(o.createdAt()));
        ps.setObject(15, PostgresSinks.timestamp(o.expiresAt()));
    }
}
