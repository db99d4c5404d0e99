package dev.pitwall.core.consent;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscriber's consent to location-based marketing for one vehicle, as of {@code changedAt}: granted or
 * withdrawn. Published on {@code marketing-consents.v1} (key = VIN) whenever it changes; the stream's offer rules
 * send an offer only while the newest consent of the vehicle at the offer's event time is granted.
 *
 * @param vin          the vehicle the consent covers
 * @param subscriberId the subscriber who gave or withdrew it
 * @param granted      {@code true} when location-based offers may be sent
 * @param changedAt    when the subscriber changed it
 */
public record MarketingConsent(String vin, String subscriberId, boolean granted, Instant changedAt) {

    public MarketingConsent {
        Objects.requireNonNull(vin, "vin");
        Objects.requireNonNull(subscriberId, "subscriberId");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
