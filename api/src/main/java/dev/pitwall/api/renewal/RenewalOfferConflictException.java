package dev.pitwall.api.renewal;

import dev.pitwall.api.web.ConflictException;
import java.util.LinkedHashMap;
import java.util.Map;

/** A decision on a renewal offer that can no longer be decided: answered 409 with the offer's state. */
class RenewalOfferConflictException extends ConflictException {

    private final transient RenewalOffer offer;

    RenewalOfferConflictException(RenewalOffer offer, String why) {
        super("Renewal offer cannot be decided", "offerId",
                "Renewal offer " + offer.offerId() + " cannot be decided: " + why + ".");
        this.offer = offer;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("offerStatus", offer.status().name());
        properties.put("validUntil", offer.validUntil().toString());
        return properties;
    }
}
