package dev.pitwall.core.offer;

import dev.pitwall.core.lead.LeadReason;
import dev.pitwall.core.lead.OpenLead;
import dev.pitwall.core.poi.PointOfInterest;
import java.util.Locale;

/** The one sentence for the driver that each offer carries. English, numbers in a locale-independent form. */
final class OfferMessages {

    private OfferMessages() {
    }

    /** "Fuel at 14 %: Nordstern Leopoldstraße, a Nordstern partner station 2.4 km ahead, is open now." */
    static String fuel(double fuelLevelPct, PointOfInterest station, double distanceKm) {
        return "Fuel at " + Math.round(fuelLevelPct) + " %: " + station.name() + ", a " + station.brand()
                + " partner station " + km(distanceKm) + " ahead, is open now.";
    }

    /** "Oil service due: Meisterwerk Kfz Schwabing (Meisterwerk) is 1.3 km away and open now." */
    static String service(OpenLead lead, PointOfInterest workshop, double distanceKm) {
        String why = lead.reason() == LeadReason.SERVICE_DUE ? " due" : " recommended";
        return serviceName(lead.suggestedService()) + why + ": " + workshop.name() + " (" + workshop.brand()
                + ") is " + km(distanceKm) + " away and open now.";
    }

    /** {@code OIL_SERVICE} → "Oil service". */
    static String serviceName(String item) {
        String words = item.toLowerCase(Locale.ROOT).replace('_', ' ').trim();
        return words.isEmpty() ? "Service" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String km(double distanceKm) {
        return String.format(Locale.ROOT, "%.1f km", distanceKm);
    }
}
