package dev.pitwall.api.booking;

import io.swagger.v3.oas.annotations.media.Schema;

/** A workshop's capacity as an operator sets it. */
@Schema(description = "How many vehicles a workshop works on at once and how many courtesy cars it lends",
        example = """
        {"bays": 4, "courtesyCars": 2}""")
public record CapacityRequest(
        @Schema(description = "Bays, 1 to 100", requiredMode = Schema.RequiredMode.REQUIRED) Integer bays,
        @Schema(description = "Courtesy cars, 0 to 1000", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer courtesyCars) {
}
