package dev.pitwall.engagement.renewal;

import java.util.OptionalInt;

/**
 * What Pitwall knows about the subscriber and the vehicle that personalises a renewal price.
 *
 * @param tenureMonths whole months the subscriber has held the product
 * @param healthScore the vehicle's current health score (0–100), empty when it has not reported
 * @param drivingScore the overall driving-profile score (0–100), empty before a profile exists
 */
public record RenewalSignals(int tenureMonths, OptionalInt healthScore, OptionalInt drivingScore) {

    public RenewalSignals {
        if (tenureMonths < 0) {
            throw new IllegalArgumentException("tenureMonths: expected 0 or more, got " + tenureMonths);
        }
    }
}
