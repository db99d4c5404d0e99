package dev.pitwall.api.booking;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** The free slots of one workshop for a visit. */
@Schema(description = "A workshop's free slots for a visit, soonest first", example = WorkshopSlots.EXAMPLE)
public record WorkshopSlots(
        String workshopId,
        @Schema(description = "The workshop's time zone: its days and opening hours are local to it")
        String timeZone,
        @Schema(description = "The services the visit is for") List<String> serviceTypes,
        @Schema(description = "How long the visit takes: the sum of the services' durations") long durationMinutes,
        @Schema(description = "The first local day searched") LocalDate from,
        @Schema(description = "How many local days were searched") int days,
        @Schema(description = "At most limit slots, soonest first") List<AvailableSlot> slots) {

    static final String EXAMPLE = """
            {"workshopId": "ws-001", "timeZone": "Europe/Berlin", "serviceTypes": ["OIL_SERVICE", "CABIN_FILTER"],
             "durationMinutes": 75, "from": "2026-02-02", "days": 7,
             "slots": [{"startsAt": "2026-02-02T06:30:00Z", "endsAt": "2026-02-02T07:45:00Z", "freeBays": 2,
                        "courtesyCarsFree": 1},
                       {"startsAt": "2026-02-02T07:00:00Z", "endsAt": "2026-02-02T08:15:00Z", "freeBays": 1,
                        "courtesyCarsFree": 0}]}""";

    public WorkshopSlots {
        serviceTypes = List.copyOf(serviceTypes);
        slots = List.copyOf(slots);
    }
}
