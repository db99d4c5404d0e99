package dev.pitwall.core.offer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An offer sent to a vehicle's subscriber: a partner POI near the vehicle, for a campaign, valid until
 * {@code expiresAt}. Every instant is event time, and the id is derived from what triggered it, so replaying the
 * same telemetry produces the same offers with the same ids (and the sink's insert-or-ignore writes each once).
 *
 * @param offerId      {@link #idFor}: a name-based UUID (as text, which keeps the record a plain Flink type) over vin, campaign, trigger time, POI and lead
 * @param vin          the vehicle
 * @param subscriberId the subscriber whose consent allowed it
 * @param kind         fuel or service
 * @param campaignId   the rule's campaign
 * @param poiId        the partner station or workshop
 * @param poiName      its name
 * @param brand        its brand
 * @param distanceKm   great-circle distance from the vehicle when the offer was created
 * @param latitude     the vehicle's position then
 * @param longitude    likewise
 * @param createdAt    event time of the message that triggered it
 * @param expiresAt    {@code createdAt} + the campaign's validity
 * @param leadId       the service lead it answers; {@code null} for fuel
 * @param message      one sentence for the driver
 */
public record Offer(String offerId, String vin, String subscriberId, OfferKind kind, String campaignId, String poiId,
        String poiName, String brand, double distanceKm, double latitude, double longitude, Instant createdAt,
        Instant expiresAt, String leadId, String message) {

    public Offer {
        Objects.requireNonNull(offerId, "offerId");
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(subscriberId, "subscriberId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(poiId, "poiId");
        Objects.requireNonNull(poiName, "poiName");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(message, "message");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("expiresAt: expected after createdAt " + createdAt + ", got "
                    + expiresAt);
        }
    }

    /** The offer a candidate becomes when it is sent, valid for {@code validity}. */
    static Offer from(OfferCandidate c, String subscriberId, Duration validity) {
        return new Offer(idFor(c), c.vin(), subscriberId, c.kind(), c.campaignId(), c.poiId(), c.poiName(), c.brand(),
                c.distanceKm(), c.latitude(), c.longitude(), c.triggeredAt(), c.triggeredAt().plus(validity),
                c.leadId(), c.message());
    }

    /** Deterministic: the same trigger gives the same id in every run. */
    public static String idFor(OfferCandidate c) {
        String key = c.vin() + '|' + c.campaignId() + '|' + c.triggeredAt() + '|' + c.poiId() + '|'
                + (c.leadId() == null ? "" : c.leadId());
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Whether it is still valid at {@code at}: created at or before it and not expired. */
    public boolean validAt(Instant at) {
        return !at.isBefore(createdAt) && at.isBefore(expiresAt);
    }
}
