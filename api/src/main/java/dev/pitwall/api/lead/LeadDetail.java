package dev.pitwall.api.lead;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A lead and everything that happened to it, in the order it was recorded. */
@Schema(description = "A lead and its history, oldest first", example = """
        {"lead": {"leadId": "6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31", "vin": "WVWZZZCDZLW123456",
                  "reason": "SERVICE_DUE", "subject": "OIL_SERVICE", "priority": "HIGH", "status": "CONTACTED",
                  "suggestedService": "OIL_SERVICE", "evidence": "Oil service overdue: due at 42,400 km, 5,811 km past",
                  "position": {"latitude": 52.52, "longitude": 13.405},
                  "workshops": [{"poiId": "ws-001", "name": "Autohaus Nord", "brand": "VW", "distanceKm": 1.8}],
                  "openedAt": "2026-01-29T07:12:00Z", "updatedAt": "2026-01-30T18:40:00Z", "resolvedAt": null,
                  "closedAt": null, "closeReason": null, "statusChangedAt": "2026-01-31T09:15:02Z"},
         "history": [
           {"event": "OPENED", "at": "2026-01-29T07:12:00Z", "status": null, "priority": "MEDIUM",
            "detail": "Oil service due soon: due at 42,400 km, 388 km left", "actor": "stream"},
           {"event": "ESCALATED", "at": "2026-01-30T18:40:00Z", "status": null, "priority": "HIGH",
            "detail": "Oil service overdue: due at 42,400 km, 5,811 km past", "actor": "stream"},
           {"event": "STATUS", "at": "2026-01-31T09:15:02Z", "status": "CONTACTED", "priority": "HIGH",
            "detail": "Called the customer, will book next week", "actor": "advisor-17"}]}""")
public record LeadDetail(Lead lead, List<LeadHistoryEntry> history) {

    public LeadDetail {
        history = List.copyOf(history);
    }
}
