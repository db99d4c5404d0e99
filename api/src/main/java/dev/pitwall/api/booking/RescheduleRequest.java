package dev.pitwall.api.booking;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** Where to move a booking: a new slot start, and optionally the version the caller last saw. */
@Schema(description = "A new start for a booking", example = """
        {"startsAt": "2026-02-03T13:00:00Z", "version": 0}""")
public record RescheduleRequest(
        @Schema(description = "The startsAt of a slot the booking's workshop offers for its services",
                requiredMode = Schema.RequiredMode.REQUIRED) Instant startsAt,
        @Schema(description = "The booking's version as last read; when given and the booking has changed since, "
                + "the reschedule is refused (409)") Integer version) {
}
