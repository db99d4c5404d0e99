package dev.pitwall.stream;

import dev.pitwall.core.consent.MarketingConsent;
import dev.pitwall.core.servicebook.RecordedService;
import java.time.Instant;
import java.util.Objects;

/**
 * A fact about a vehicle that does not come from the vehicle: a service the API recorded, or a change of the
 * subscriber's marketing consent. Both arrive on their own topics, keyed by VIN, and meet the vehicle's telemetry in
 * {@link LeadAndOfferOperator}. Exactly one of the two is set.
 */
public record VehicleDirective(String vin, RecordedService serviceRecord, MarketingConsent consent) {

    public VehicleDirective {
        Objects.requireNonNull(vin, "vin");
        if ((serviceRecord == null) == (consent == null)) {
            throw new IllegalArgumentException("exactly one of serviceRecord and consent must be set");
        }
    }

    public static VehicleDirective of(RecordedService serviceRecord) {
        return new VehicleDirective(serviceRecord.vin(), serviceRecord, null);
    }

    public static VehicleDirective of(MarketingConsent consent) {
        return new VehicleDirective(consent.vin(), null, consent);
    }

    /** When it took effect: the service's date, or when the subscriber changed the consent. */
    public Instant eventTime() {
        return serviceRecord != null ? serviceRecord.record().performedAt() : consent.changedAt();
    }
}
