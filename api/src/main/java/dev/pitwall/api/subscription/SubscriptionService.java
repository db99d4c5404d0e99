package dev.pitwall.api.subscription;

import dev.pitwall.api.ApiProperties;
import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.api.web.Page;
import dev.pitwall.api.web.PageQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Subscribers and their subscriptions: operators register them, the fleet roles look them up, a subscriber reads
 * their own. A subscription is a subscriber's by its {@code subscriber_id}, checked in the query
 * ({@link SubscriptionRepository#findOwned}); which vehicles that makes them own is {@code VehicleAccess}'s rule.
 * Takes validated parameters; an empty result means unknown to the caller.
 */
@Service
class SubscriptionService {

    /** How often a new subscription is tried again when the active one it collided with ended meanwhile. */
    static final int INSERT_ATTEMPTS = 3;

    private final SubscriptionRepository repository;
    private final ApiProperties.Paging paging;
    private final Clock clock;

    SubscriptionService(SubscriptionRepository repository, ApiProperties properties, Clock clock) {
        this.repository = repository;
        this.paging = properties.paging();
        this.clock = clock;
    }

    /**
     * Registers a subscriber. A request that repeats a stored subscriber stores nothing and answers it, so that a
     * client may retry.
     *
     * @throws InvalidBodyException naming every field that breaks a rule
     * @throws SubscriberConflictException when the id is taken by a subscriber with other values
     */
    Created<Subscriber> register(SubscriberRequest request) {
        SubscriberRequest subscriber = request.stripped();
        List<Violation> violations = subscriber.violations();
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
        Optional<Subscriber> inserted = repository.insertSubscriber(subscriber);
        if (inserted.isPresent()) {
            return new Created<>(inserted.get(), true);
        }
        Subscriber stored = repository.findSubscriber(subscriber.subscriberId()).orElseThrow();
        requireSame(stored, "displayName", stored.displayName(), subscriber.displayName());
        requireSame(stored, "email", stored.email(), subscriber.email());
        return new Created<>(stored, false);
    }

    Optional<Subscriber> subscriber(String subscriberId) {
        return repository.findSubscriber(subscriberId);
    }

    /**
     * Records an ACTIVE subscription, which makes its subscriber the vehicle's owner.
     *
     * @throws InvalidBodyException naming every field that breaks a rule, an unregistered subscriber included
     * @throws ActiveSubscriptionConflictException when the vehicle has an ACTIVE subscription already
     */
    Subscription subscribe(SubscriptionRequest request) {
        SubscriptionRequest subscription = request.stripped();
        List<Violation> violations = new ArrayList<>(subscription.violations(LocalDate.now(clock)));
        if (violations.stream().noneMatch(v -> v.field().equals("subscriberId"))
                && repository.findSubscriber(subscription.subscriberId()).isEmpty()) {
            violations.add(0, new Violation("subscriberId", "a registered subscriber's id (register them with "
                    + "POST /api/v1/subscribers first)", subscription.subscriberId()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
        for (int attempt = 1; attempt <= INSERT_ATTEMPTS; attempt++) {
            Optional<Subscription> inserted = repository.insertActive(UUID.randomUUID(), subscription);
            if (inserted.isPresent()) {
                return inserted.get();
            }
            Optional<Subscription> active = repository.findActiveByVin(subscription.vin());
            if (active.isPresent()) {
                throw new ActiveSubscriptionConflictException(active.get());
            }
            // the active subscription we collided with ended in between: try again
        }
        throw new IllegalStateException("vehicle " + subscription.vin() + ": no subscription could be recorded in "
                + INSERT_ATTEMPTS + " attempts, each colliding with an active one that ended in between");
    }

    /** The subscription for the fleet roles; a subscriber's own only for a subscriber; nothing for anyone else. */
    Optional<Subscription> subscription(UUID subscriptionId) {
        Caller caller = Caller.current();
        if (caller.isFleetStaff()) {
            return repository.find(subscriptionId);
        }
        return caller.has(Role.SUBSCRIBER) ? repository.findOwned(subscriptionId, caller.subject()) : Optional.empty();
    }

    Page<Subscription> subscriptions(SubscriptionQuery query, PageQuery page) {
        return repository.findPage(query, page);
    }

    /**
     * Ends an ACTIVE subscription as {@code status}; the subscriber owns the vehicle no more. Ending it the way it
     * ended already changes nothing (a retry is safe).
     *
     * @return the subscription after the change, empty when there is none with this id
     * @throws SubscriptionStatusConflictException when it ended the other way already
     */
    Optional<Subscription> end(UUID subscriptionId, SubscriptionStatus status) {
        Optional<Subscription> ended = repository.endActive(subscriptionId, status);
        if (ended.isPresent()) {
            return ended;
        }
        Optional<Subscription> current = repository.find(subscriptionId);
        if (current.isPresent() && current.get().status() != status) {
            throw new SubscriptionStatusConflictException(current.get(), status);
        }
        return current;
    }

    /** The calling subscriber and what they own now; empty when the token's subject is no registered subscriber. */
    Optional<Me> me() {
        String subscriberId = Caller.current().subject();
        return repository.findSubscriber(subscriberId).map(subscriber -> {
            // one more than shown tells whether there are more
            List<Subscription> active = repository.findActive(subscriberId, paging.maxSize() + 1);
            boolean truncated = active.size() > paging.maxSize();
            return new Me(subscriber, truncated ? active.subList(0, paging.maxSize()) : active, truncated);
        });
    }

    /** The calling subscriber's subscriptions, newest first. */
    Page<Subscription> mySubscriptions(SubscriptionStatus status, PageQuery page) {
        return repository.findPage(SubscriptionQuery.mine(Caller.current().subject(), status), page);
    }

    private static void requireSame(Subscriber stored, String field, String storedValue, String requested) {
        if (!Objects.equals(storedValue, requested)) {
            throw new SubscriberConflictException(stored, field, storedValue, requested);
        }
    }

    /** What a create request answers, and whether it stored anything (false: a repeat of a stored one). */
    record Created<T>(T value, boolean created) {
    }
}
