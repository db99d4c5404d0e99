package dev.pitwall.api.consent;

import dev.pitwall.api.security.Caller;
import dev.pitwall.api.security.Role;
import dev.pitwall.api.security.VehicleAccess;
import dev.pitwall.api.vehicle.VehicleNotFoundException;
import dev.pitwall.api.web.InvalidBodyException;
import dev.pitwall.api.web.InvalidBodyException.Violation;
import dev.pitwall.core.consent.MarketingConsent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Each vehicle's consent to location-based marketing. A change is stored as the current consent, appended to the
 * history and queued for the stream job, all in one transaction. A request that says what the current consent says
 * (same subscriber and answer, with no changedAt, the same one or an older one) changes nothing, so a client may
 * retry. Changes must come in order of {@code changedAt}: the current consent is always the newest statement.
 *
 * <p>Unlike the vehicle endpoints, a consent is accepted for any well-formed VIN, also one that has not reported
 * yet: a subscription may begin before the car's first message, and a withdrawal must never be refused. Operators
 * record consents for any vehicle and subscriber; a subscriber reads and states only their own, for the vehicles
 * they own ({@link VehicleAccess}): another vehicle is answered as unknown.
 */
@Service
class MarketingConsentService {

    static final int MAX_SUBSCRIBER_ID_LENGTH = 200;
    /** How far in the future {@code changedAt} may lie, for a caller whose clock runs slightly ahead. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final MarketingConsentRepository repository;
    private final VehicleAccess access;
    private final TransactionOperations transactions;
    private final Clock clock;

    MarketingConsentService(MarketingConsentRepository repository, VehicleAccess access,
            TransactionOperations transactions, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The vehicle's consent; empty when none was recorded or the caller may not act on the vehicle. */
    Optional<VehicleMarketingConsent> current(String vin) {
        return access.permits(Caller.current(), vin) ? repository.find(vin) : Optional.empty();
    }

    /**
     * Records a consent change of {@code vin} by the request's caller. A subscriber (who is not an operator) states
     * their own consent: {@code subscriberId} is theirs, or omitted for theirs.
     *
     * @throws VehicleNotFoundException when a subscriber does not own the vehicle
     * @throws InvalidBodyException naming every field that breaks a rule
     * @throws ConsentConflictException when the current consent is newer, or differs at the same instant
     */
    Outcome record(String vin, MarketingConsentRequest request) {
        Caller caller = Caller.current();
        if (!access.permits(caller, vin)) {
            throw new VehicleNotFoundException(vin);
        }
        Instant now = clock.instant();
        String subscriberId = request.subscriberId() == null ? null : request.subscriberId().strip();
        List<Violation> violations = new ArrayList<>();
        boolean ownStatement = !caller.has(Role.OPERATOR);
        if (ownStatement && (subscriberId == null || subscriberId.isEmpty())) {
            subscriberId = caller.subject();
        }
        if (ownStatement && !subscriberId.equals(caller.subject())) {
            violations.add(new Violation("subscriberId", "your own subscriber id '" + caller.subject()
                    + "' (the token's subject), or none", subscriberId));
        } else if (subscriberId == null || subscriberId.isEmpty()) {
            violations.add(new Violation("subscriberId", "the subscriber's id, 1 to " + MAX_SUBSCRIBER_ID_LENGTH
                    + " characters", request.subscriberId()));
        } else if (subscriberId.length() > MAX_SUBSCRIBER_ID_LENGTH) {
            violations.add(new Violation("subscriberId", "at most " + MAX_SUBSCRIBER_ID_LENGTH + " characters",
                    subscriberId.substring(0, 40) + "... (" + subscriberId.length() + " characters)"));
        }
        if (request.granted() == null) {
            violations.add(new Violation("granted", "true or false", null));
        }
        Instant latest = now.plus(CLOCK_SKEW);
        if (request.changedAt() != null && request.changedAt().isAfter(latest)) {
            violations.add(new Violation("changedAt", "an instant not in the future (at most " + latest
                    + ": the server's clock plus " + CLOCK_SKEW.toMinutes() + " minutes)", request.changedAt()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidBodyException(violations);
        }
        // the database keeps microseconds: what it stores is what a repeat must match
        Instant changedAt = (request.changedAt() != null ? request.changedAt() : now).truncatedTo(ChronoUnit.MICROS);
        MarketingConsent wanted = new MarketingConsent(vin, subscriberId, request.granted(), changedAt);
        return transactions.execute(status -> {
            repository.lock(vin);
            Optional<VehicleMarketingConsent> current = repository.find(vin);
            if (current.isPresent()) {
                VehicleMarketingConsent c = current.get();
                boolean sameStatement = c.subscriberId().equals(wanted.subscriberId())
                        && c.granted() == wanted.granted();
                // a repeat, or a statement the current consent already makes as of later: nothing to record
                if (sameStatement && (request.changedAt() == null || !changedAt.isAfter(c.changedAt()))) {
                    return new Outcome(c, Change.UNCHANGED);
                }
                requireAfter(c, wanted);
            }
            VehicleMarketingConsent stored = repository.store(wanted, caller.subject());
            return new Outcome(stored, current.isEmpty() ? Change.CREATED : Change.CHANGED);
        });
    }

    /** What a request did to the vehicle's consent. */
    enum Change { CREATED, CHANGED, UNCHANGED }

    /** The vehicle's consent after a request, and what the request changed. */
    record Outcome(VehicleMarketingConsent consent, Change change) {
    }

    private static void requireAfter(VehicleMarketingConsent current, MarketingConsent wanted) {
        String held = "The vehicle's current consent (" + (current.granted() ? "granted" : "withdrawn")
                + " by subscriber '" + current.subscriberId() + "' at " + current.changedAt() + ")";
        if (wanted.changedAt().isBefore(current.changedAt())) {
            throw new ConsentConflictException(held + " is newer than this request's changedAt "
                    + wanted.changedAt() + ". Send changes in the order they happened, or omit changedAt to record "
                    + "the change as of now.");
        }
        if (wanted.changedAt().equals(current.changedAt())) {
            throw new ConsentConflictException(held + " was changed at the same instant to other values; two "
                    + "different statements at one instant cannot be ordered. Repeat the stored values, or send "
                    + "another changedAt.");
        }
    }
}
