package dev.pitwall.api.prompt;

import dev.pitwall.core.lead.NearbyWorkshop;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** What the portal fills a booking form with when a subscriber follows a prompt's deep link. */
@Schema(description = "A booking pre-filled from a lead: POST it to /api/v1/bookings with a start from the workshop's "
        + "slots (GET /api/v1/workshops/{workshopId}/slots?service=...) and an Idempotency-Key", example = """
        {"leadId": "1ead0000-0000-4000-8000-000000000001", "vin": "WVWZZZCDZNW000002",
         "serviceTypes": ["OIL_SERVICE"], "reason": "SERVICE_DUE", "evidence": "oil service due at 30,000 km",
         "workshops": [{"poiId": "ws-001", "name": "Meisterwerk Kfz Schwabing", "brand": "Meisterwerk",
                        "distanceKm": 1.8}]}""")
public record BookingDraft(String leadId, String vin,
        @Schema(description = "The services to book; empty when the workshop should diagnose") List<String> serviceTypes,
        String reason, String evidence,
        @Schema(description = "The nearest workshops offering the service, nearest first") List<NearbyWorkshop> workshops) {

    public BookingDraft {
        serviceTypes = List.copyOf(serviceTypes);
        workshops = List.copyOf(workshops);
    }
}
