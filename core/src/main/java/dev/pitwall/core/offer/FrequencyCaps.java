package dev.pitwall.core.offer;

import java.io.Serializable;
import java.time.Duration;

/**
 * How many offers a vehicle may get: at most {@code perVehicle} within any rolling {@code perVehicleWindow}, and at
 * most {@code perCampaign} of one campaign within any rolling {@code perCampaignWindow}. Only sent offers count,
 * suppressed candidates do not. A window is half-open: an offer sent exactly one window before a candidate no
 * longer counts against it.
 */
public record FrequencyCaps(int perVehicle, Duration perVehicleWindow, int perCampaign, Duration perCampaignWindow)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Two offers per vehicle per 24 h, one per campaign per 7 days. */
    public static final FrequencyCaps DEFAULTS = new FrequencyCaps(2, Duration.ofHours(24), 1, Duration.ofDays(7));

    /** The most offers a memory may remember; more than any sensible cap needs (see {@link OfferMemory}). */
    public static final int MAX_CAP = 32;

    /** @throws IllegalArgumentException naming the field and what was expected */
    public FrequencyCaps {
        requireCount("caps.perVehicle", perVehicle);
        requireCount("caps.perCampaign", perCampaign);
        OfferRules.requirePositive("caps.perVehicleWindow", perVehicleWindow);
        OfferRules.requirePositive("caps.perCampaignWindow", perCampaignWindow);
    }

    /** The longer of the two windows: how long a sent offer can still matter. */
    public Duration longestWindow() {
        return perVehicleWindow.compareTo(perCampaignWindow) >= 0 ? perVehicleWindow : perCampaignWindow;
    }

    private static void requireCount(String name, int value) {
        if (value < 1 || value > MAX_CAP) {
            throw new IllegalArgumentException(name + ": expected 1.." + MAX_CAP + " offers, got " + value);
        }
    }
}
