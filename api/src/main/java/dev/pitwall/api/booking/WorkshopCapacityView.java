package dev.pitwall.api.booking;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A workshop's capacity as slot searches and bookings use it, and where it comes from. */
@Schema(description = "A workshop's bays and courtesy cars", example = """
        {"workshopId": "ws-001", "bays": 4, "courtesyCars": 2, "source": "CONFIGURED",
         "updatedAt": "2026-01-30T15:45:12.345Z"}""")
public record WorkshopCapacityView(
        String workshopId,
        @Schema(description = "Vehicles it works on at once") int bays,
        @Schema(description = "Courtesy cars it lends at once") int courtesyCars,
        @Schema(description = "CONFIGURED: set with PUT; DEFAULT: pitwall.booking.default-bays and "
                + "default-courtesy-cars, as the workshop has no capacity of its own") Source source,
        @Schema(description = "When it was last set; only for CONFIGURED")
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant updatedAt) {

    /** Where a capacity comes from. */
    public enum Source { CONFIGURED, DEFAULT }
}
