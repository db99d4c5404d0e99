package dev.pitwall.api.offer;

import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The offers sent, for marketers measuring campaigns and for the fleet roles looking at one vehicle. Takes validated
 * queries; "active" is judged at the clock's now, the one place the API's wall clock meets the offers' event time.
 */
@Service
class OfferService {

    private final OfferRepository repository;
    private final Clock clock;

    OfferService(OfferRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    Page<Offer> list(OfferQuery query, PageQuery page) {
        return repository.findPage(query, page, clock.instant());
    }

    Optional<Offer> byId(UUID offerId) {
        return repository.findById(offerId, clock.instant());
    }
}
