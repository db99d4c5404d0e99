package dev.pitwall.api.booking;

import dev.pitwall.engagement.booking.Slot;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A slot of one workshop that can still be booked. */
@Schema(description = "A free slot: book it with its startsAt", example = """
        {"startsAt": "2026-02-02T08:00:00Z", "endsAt": "2026-02-02T09:15:00Z", "freeBays": 2, "courtesyCarsFree": 1}""")
public record AvailableSlot(
        @Schema(description = "The visit's start; what a booking sends as startsAt") Instant startsAt,
        @Schema(description = "startsAt plus the services' durations") Instant endsAt,
        @Schema(description = "Bays free for the whole visit, at least 1") int freeBays,
        @Schema(description = "Courtesy cars free for the whole visit") int courtesyCarsFree) {

    static AvailableSlot of(Slot slot) {
        return new AvailableSlot(slot.start(), slot.end(), slot.freeBays().size(), slot.courtesyCarsFree());
    }
}
