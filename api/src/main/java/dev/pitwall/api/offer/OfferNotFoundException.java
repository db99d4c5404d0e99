package dev.pitwall.api.offer;

import dev.pitwall.api.web.ResourceNotFoundException;

/** A well-formed offer id that no offer has. */
class OfferNotFoundException extends ResourceNotFoundException {

    OfferNotFoundException(String offerId) {
        super("offer", "offerId", offerId);
    }
}
