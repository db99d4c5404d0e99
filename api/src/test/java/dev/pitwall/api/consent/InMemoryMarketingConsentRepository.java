package dev.pitwall.api.consent;

import dev.pitwall.core.consent.MarketingConsent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Consents in memory: the current one per vehicle, the history, and what would have gone to the outbox. */
class InMemoryMarketingConsentRepository implements MarketingConsentRepository {

    private final Clock clock;
    private final Map<String, VehicleMarketingConsent> current = new HashMap<>();
    final List<MarketingConsent> history = new ArrayList<>();
    final List<String> recordedBy = new ArrayList<>();
    final List<MarketingConsent> queued = new ArrayList<>();

    InMemoryMarketingConsentRepository(Clock clock) {
        this.clock = clock;
    }

    void clear() {
        current.clear();
        history.clear();
        recordedBy.clear();
        queued.clear();
    }

    @Override
    public void lock(String vin) {
        // one thread per test
    }

    @Override
    public Optional<VehicleMarketingConsent> find(String vin) {
        return Optional.ofNullable(current.get(vin));
    }

    @Override
    public VehicleMarketingConsent store(MarketingConsent consent, String by) {
        VehicleMarketingConsent stored = new VehicleMarketingConsent(consent.vin(), consent.subscriberId(),
                consent.granted(), consent.changedAt(), clock.instant());
        current.put(consent.vin(), stored);
        history.add(consent);
        recordedBy.add(by);
        queued.add(consent);
        return stored;
    }
}
