package dev.pitwall.api.renewal;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.security.VehicleAccess.Restriction;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import dev.pitwall.api.web.ResourceNotFoundException;
import dev.pitwall.engagement.renewal.RenewalOfferDraft;
import dev.pitwall.engagement.renewal.RenewalOfferStatus;
import dev.pitwall.engagement.renewal.RenewalPlanner;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Renewal offers: plans them for a day (the engagement module's {@link RenewalPlanner} decides, this class stores),
 * lists them for whoever may see them, and takes a subscriber's decision.
 */
@Service
class RenewalService {

    private static final Logger LOG = LoggerFactory.getLogger(RenewalService.class);

    private final RenewalRepository repository;
    private final RenewalPlanner planner;
    private final RenewalProperties properties;
    private final VehicleAccess access;
    private final TransactionOperations transactions;
    private final MeterRegistry metrics;
    private final RenewalMessages messages;

    RenewalService(RenewalRepository repository, RenewalPlanner planner, RenewalProperties properties,
            VehicleAccess access, TransactionOperations transactions, MeterRegistry metrics,
            RenewalMessages messages) {
        this.repository = repository;
        this.planner = planner;
        this.properties = properties;
        this.access = access;
        this.transactions = transactions;
        this.metrics = metrics;
        this.messages = messages;
    }

    /** What one planning round did. */
    record Round(int created, int superseded, int expired, int unpriced, int ended) {

        boolean changed() {
            return created + superseded + expired + unpriced + ended > 0;
        }
    }

    /** Today in the time zone the lead times count in. */
    LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }

    /**
     * Gives every product ending within the schedule's horizon the offer of its current stage, superseding the
     * previous stage's open offer, then expires what is left past its validity (so an offer replaced by the next
     * stage reads SUPERSEDED, one nobody replaced EXPIRED), and ends the products whose end has come, which takes
     * an ended subscription's vehicle away from its subscriber. Safe to repeat and to run concurrently.
     */
    Round plan(LocalDate today) {
        int created = 0;
        int superseded = 0;
        int unpriced = 0;
        LocalDate horizon = today.plusDays(planner.schedule().horizonDays());
        for (RenewalRepository.EndingProduct product : repository.productsEnding(today, horizon)) {
            BigDecimal monthly = product.monthlyPrice() != null ? product.monthlyPrice()
                    : properties.planPrices().get(product.name());
            if (monthly == null) {
                LOG.warn("renewal of {} {}: no monthly price stored and plan '{}' is not in "
                        + "pitwall.renewals.plan-prices; no offer", product.kind(), product.productId(), product.name());
                unpriced++;
                continue;
            }
            String currency = product.currency() != null ? product.currency() : properties.currency();
            Optional<RenewalOfferDraft> draft = planner.plan(product.priced(monthly, currency),
                    product.signals(RenewalPlanner.tenureMonths(product.startsOn(), today)), today);
            if (draft.isEmpty()) {
                continue;
            }
            int[] outcome = transactions.execute(tx -> {
                boolean inserted = repository.insertIfAbsent(draft.get());
                if (inserted) {
                    messages.offered(draft.get());
                }
                return new int[] {inserted ? 1 : 0, repository.supersedeOthers(draft.get())};
            });
            created += outcome[0];
            superseded += outcome[1];
        }
        int expired = repository.expire(today);
        int ended = repository.endLapsed(today);
        count("offered", created);
        count("superseded", superseded);
        count("expired", expired);
        if (ended > 0) {
            metrics.counter("pitwall.renewals.products.ended").increment(ended);
        }
        return new Round(created, superseded, expired, unpriced, ended);
    }

    Page<RenewalOffer> list(Caller caller, RenewalOfferStatus status, String vin, PageQuery page) {
        return repository.findPage(restriction(caller), status, vin, page);
    }

    RenewalOffer find(Caller caller, UUID offerId) {
        return repository.find(restriction(caller), offerId).orElseThrow(() -> notFound(offerId));
    }

    /** Renews the product on the offer's terms. */
    RenewalOffer accept(Caller caller, UUID offerId, LocalDate today) {
        RenewalOffer accepted = transactions.execute(tx -> {
            RenewalOffer offer = openOffer(caller, offerId, today);
            if (!repository.renewProduct(offer)) {
                throw new RenewalOfferConflictException(offer, "its " + offer.productKind().name().toLowerCase()
                        + " is no longer active or no longer ends on " + offer.productEndsOn());
            }
            repository.decide(offerId, RenewalOfferStatus.ACCEPTED, caller.subject(), null);
            return repository.find(restriction(caller), offerId).orElseThrow();
        });
        count("accepted", 1);
        return accepted;
    }

    RenewalOffer decline(Caller caller, UUID offerId, String reason, LocalDate today) {
        RenewalOffer declined = transactions.execute(tx -> {
            openOffer(caller, offerId, today);
            repository.decide(offerId, RenewalOfferStatus.DECLINED, caller.subject(), reason);
            return repository.find(restriction(caller), offerId).orElseThrow();
        });
        count("declined", 1);
        return declined;
    }

    /** The offer, locked, if the caller may see it and it can still be decided today. */
    private RenewalOffer openOffer(Caller caller, UUID offerId, LocalDate today) {
        RenewalOffer offer = repository.lock(restriction(caller), offerId).orElseThrow(() -> notFound(offerId));
        if (!offer.status().isOpen()) {
            throw new RenewalOfferConflictException(offer, "it is " + offer.status() + ", not OFFERED");
        }
        if (!today.isBefore(offer.validUntil())) {
            throw new RenewalOfferConflictException(offer, "it was valid until " + offer.validUntil()
                    + " (exclusive)");
        }
        return offer;
    }

    private Restriction restriction(Caller caller) {
        return access.restrictToSubscriber(caller, "r.subscriber_id");
    }

    private static ResourceNotFoundException notFound(UUID offerId) {
        return new ResourceNotFoundException("renewal offer", "offerId", offerId.toString());
    }

    private void count(String outcome, int amount) {
        if (amount > 0) {
            metrics.counter("pitwall.renewals.offers", "outcome", outcome).increment(amount);
        }
    }
}
