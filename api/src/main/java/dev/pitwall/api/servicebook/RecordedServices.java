package dev.pitwall.api.servicebook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The records a service request stored, one per item, in the order of the request's items. */
@Schema(description = "The stored records of a completed service, one per item", example = """
        {"vin": "WVWZZZCDZLW123456", "records": [
           {"id": 57, "item": "OIL_SERVICE", "displayName": "oil and filter change",
            "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 48190.0, "engineHours": 1531.6,
            "workshop": "Autohaus Nord", "notes": "5W-30 VW 508 00, oil and cabin filter", "source": "api",
            "recordedAt": "2026-01-31T08:00:02Z"},
           {"id": 58, "item": "CABIN_FILTER", "displayName": "cabin air filter replacement",
            "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 48190.0, "engineHours": 1531.6,
            "workshop": "Autohaus Nord", "notes": "5W-30 VW 508 00, oil and cabin filter", "source": "api",
            "recordedAt": "2026-01-31T08:00:02Z"}]}""")
public record RecordedServices(String vin, List<ServiceHistoryEntry> records) {

    public RecordedServices {
        records = List.copyOf(records);
    }
}
