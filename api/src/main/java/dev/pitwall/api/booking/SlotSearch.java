package dev.pitwall.api.booking;

import dev.pitwall.engagement.booking.SlotOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer to a slot search across workshops. */
@Schema(description = "Free slots of the workshops around a point", example = """
        {"serviceTypes": ["OIL_SERVICE"], "durationMinutes": 60, "sort": "EARLIEST",
         "slots": [{"workshopId": "ws-001", "workshopName": "Meisterwerk Kfz Schwabing", "distanceKm": 1.84,
                    "timeZone": "Europe/Berlin", "startsAt": "2026-02-02T06:30:00Z",
                    "endsAt": "2026-02-02T07:30:00Z", "freeBays": 2, "courtesyCarsFree": 0},
                   {"workshopId": "ws-004", "workshopName": "Schrauber & Söhne Sendling", "distanceKm": 3.95,
                    "timeZone": "Europe/Berlin", "startsAt": "2026-02-02T06:30:00Z",
                    "endsAt": "2026-02-02T07:30:00Z", "freeBays": 1, "courtesyCarsFree": 0}]}""")
public record SlotSearch(
        @Schema(description = "The services the visit is for") List<String> serviceTypes,
        @Schema(description = "How long the visit takes: the sum of the services' durations") long durationMinutes,
        @Schema(description = "How the slots are ordered") SlotOrder sort,
        @Schema(description = "At most limit slots") List<FoundSlot> slots) {

    public SlotSearch {
        serviceTypes = List.copyOf(serviceTypes);
        slots = List.copyOf(slots);
    }
}
