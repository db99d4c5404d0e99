package dev.pitwall.api.booking;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A free slot found in a search across workshops. */
@Schema(description = "A free slot of one workshop: book it with its workshopId and startsAt", example = """
        {"workshopId": "ws-001", "workshopName": "Meisterwerk Kfz Schwabing", "distanceKm": 1.84,
         "timeZone": "Europe/Berlin", "startsAt": "2026-02-02T08:00:00Z", "endsAt": "2026-02-02T09:00:00Z",
         "freeBays": 2, "courtesyCarsFree": 0}""")
public record FoundSlot(
        String workshopId,
        String workshopName,
        @Schema(description = "Great-circle distance from near in km, rounded to 10 m") double distanceKm,
        String timeZone,
        Instant startsAt,
        Instant endsAt,
        @Schema(description = "Bays free for the whole visit, at least 1") int freeBays,
        @Schema(description = "Courtesy cars free for the whole visit") int courtesyCarsFree) {
}
