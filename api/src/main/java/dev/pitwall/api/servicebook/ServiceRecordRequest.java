package dev.pitwall.api.servicebook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A completed service as a workshop reports it: exactly the fields a caller may set. Items stay text here, so that
 * an unknown one is answered by name and position rather than as unreadable JSON.
 */
@Schema(description = "A completed service of one or more items", example = """
        {"items": ["OIL_SERVICE", "CABIN_FILTER"], "performedAt": "2026-01-30T15:45:00Z", "odometerKm": 48190.0,
         "engineHours": 1531.6, "workshop": "Autohaus Nord", "notes": "5W-30 VW 508 00, oil and cabin filter"}""")
public record ServiceRecordRequest(
        @Schema(description = "The items the service covered, each once; each must be in the vehicle's schedule",
                requiredMode = Schema.RequiredMode.REQUIRED) List<String> items,
        @Schema(description = "When the service was completed (not in the future); with vin and item it identifies "
                + "the record, so a repeated request is recognised", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant performedAt,
        @Schema(description = "Odometer at the service, km: from 0 to the vehicle's newest reported odometer plus "
                + "pitwall.api.service-book.odometer-tolerance-km (500)", requiredMode = Schema.RequiredMode.REQUIRED)
        Double odometerKm,
        @Schema(description = "Engine hours at the service; when omitted, Pitwall takes the vehicle's engine hours "
                + "reported at or before performedAt (within 7 days)") Double engineHours,
        @Schema(description = "Who did the work, at most 200 characters") String workshop,
        @Schema(description = "Free text, at most 2000 characters") String notes) {
}
