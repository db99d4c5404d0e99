package dev.pitwall.api.offer;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.web.InvalidParameterException;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.core.offer.OfferKind;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RestController;

/** Validates what the caller sent against the API's limits, then asks {@link OfferService}. */
@RestController
class OfferController implements OfferApi {

    static final String OFFER_ID_EXPECTED = "a UUID such as 4a0c6f4e-3f0e-3c4b-9a51-0c3f1d2b7e11";
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final OfferService offers;
    private final ApiProperties limits;

    OfferController(OfferService offers, ApiProperties limits) {
        this.offers = offers;
        this.limits = limits;
    }

    @Override
    public Page<Offer> offers(String vin, OfferKind kind, String campaign, String active, Instant from, Instant to,
            Integer page, Integer size) {
        OfferQuery query = OfferQuery.of(vin, kind, campaign, active, from, to);
        return offers.list(query, PageQuery.of(page, size, limits.paging()));
    }

    @Override
    public Offer offer(String offerId) {
        // UUID.fromString accepts short forms like 1-2-3-4-5; only the canonical text names an offer
        if (offerId == null || !UUID_TEXT.matcher(offerId).matches()) {
            throw new InvalidParameterException("offerId", OFFER_ID_EXPECTED, offerId);
        }
        return offers.byId(UUID.fromString(offerId)).orElseThrow(() -> new OfferNotFoundException(offerId));
    }
}
