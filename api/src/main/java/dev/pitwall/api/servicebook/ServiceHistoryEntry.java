package dev.pitwall.api.servicebook;

import dev.pitwall.core.servicebook.ServiceItem;
import dev.pitwall.core.servicebook.ServiceRecord;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One recorded maintenance job of one item: a line of the vehicle's maintenance history. */
@Schema(description = "A recorded maintenance job", example = """
        {"id": 17, "item": "OIL_SERVICE", "displayName": "oil and filter change",
         "performedAt": "2025-06-14T10:30:00Z", "odometerKm": 18750.0, "engineHours": 480.0,
         "workshop": "Autohaus Nord", "notes": "5W-30 VW 508 00, oil filter", "source": "api",
         "recordedAt": "2025-06-14T11:02:13Z"}""")
public record ServiceHistoryEntry(
        long id,
        ServiceItem item,
        @Schema(description = "How a service advisor names the job", example = "oil and filter change")
        String displayName,
        @Schema(description = "When the job was completed") Instant performedAt,
        @Schema(description = "Odometer at the job, km") double odometerKm,
        @Schema(description = "Engine hours at the job: as recorded, or the vehicle's reported engine hours at that "
                + "time when the recorder gave none; null when neither was known") Double engineHours,
        String workshop,
        String notes,
        @Schema(description = "Who recorded it: api (a workshop or advisor through this API) or booking",
                example = "api") String source,
        @Schema(description = "When Pitwall stored it") Instant recordedAt) {

    /** What the service book's evaluation counts of this entry. */
    ServiceRecord toServiceRecord() {
        return new ServiceRecord(item, performedAt, odometerKm, engineHours);
    }
}
