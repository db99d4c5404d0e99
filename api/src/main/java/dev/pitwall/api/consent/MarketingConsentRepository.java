package dev.pitwall.api.consent;

import dev.pitwall.core.consent.MarketingConsent;
import java.util.Optional;

/**
 * Where consents live: the current one per vehicle and the append-only history of every change.
 * {@link JdbcMarketingConsentRepository} is the real one; call its writes in one transaction.
 */
interface MarketingConsentRepository {

    /** Makes the writers of this vehicle's consent wait for each other until the transaction ends. */
    void lock(String vin);

    /** The vehicle's current consent; empty when none was ever recorded. */
    Optional<VehicleMarketingConsent> find(String vin);

    /**
     * Makes {@code consent} the vehicle's current one, appends it to the history with who recorded it, and queues
     * it for {@code marketing-consents.v1}.
     */
    VehicleMarketingConsent store(MarketingConsent consent, String recordedBy);
}
