package dev.pitwall.core.offer;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * What a rule found in one message: a vehicle, a campaign, a partner POI and the evidence, before consent, quiet
 * hours and caps are applied ({@link OfferTracker#decide}). Flat and made of plain values so that a stream operator
 * can buffer it in state until the watermark passes {@code triggeredAt}.
 *
 * @param vin         the vehicle
 * @param seq         seq of the message that triggered it
 * @param kind        which rule
 * @param campaignId  the rule's campaign
 * @param triggeredAt event time of that message; the offer's {@code createdAt}
 * @param poiId       the station or workshop
 * @param poiName     its name
 * @param brand       its brand
 * @param distanceKm  great-circle distance from the vehicle
 * @param latitude    the vehicle's position at {@code triggeredAt}
 * @param longitude   likewise
 * @param leadId      the open lead a service candidate is for; {@code null} for fuel
 * @param message     one sentence for the driver
 */
public record OfferCandidate(String vin, long seq, OfferKind kind, String campaignId, Instant triggeredAt,
        String poiId, String poiName, String brand, double distanceKm, double latitude, double longitude,
        String leadId, String message) {

    /**
     * The order in which {@link OfferTracker#decide} must see one vehicle's candidates: event time, then the
     * message, then fuel before service. A total order, so a buffer sorted by it gives the same decisions whatever
     * order the candidates were buffered in.
     */
    public static final Comparator<OfferCandidate> DECISION_ORDER = Comparator
            .comparing(OfferCandidate::triggeredAt)
            .thenComparingLong(OfferCandidate::seq)
            .thenComparing(OfferCandidate::kind)
            .thenComparing(OfferCandidate::campaignId)
            .thenComparing(c -> c.leadId() == null ? "" : c.leadId())
            .thenComparing(OfferCandidate::poiId);

    public OfferCandidate {
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(triggeredAt, "triggeredAt");
        Objects.requireNonNull(poiId, "poiId");
        Objects.requireNonNull(poiName, "poiName");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(message, "message");
        if ((kind == OfferKind.SERVICE) != (leadId != null)) {
            throw new IllegalArgumentException("leadId: expected one for a SERVICE candidate and none for FUEL, got "
                    + leadId + " for " + kind);
        }
    }
}
