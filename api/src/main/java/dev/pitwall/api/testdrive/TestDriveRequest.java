package dev.pitwall.api.testdrive;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A test drive as a caller asks for it: exactly the fields a caller may set. */
@Schema(description = "A test drive to book: the subscribed vehicle, the model, the dealer and a slot's start",
        example = """
        {"vin": "WVWZZZCDZLW123456", "modelId": "vw-cityline-e", "dealerId": "dl-001",
         "startsAt": "2026-02-03T09:00:00Z"}""")
public record TestDriveRequest(
        @Schema(description = "The subscribed vehicle whose subscriber drives; a subscriber may name only their own",
                requiredMode = Schema.RequiredMode.REQUIRED) String vin,
        @Schema(description = "A model of the model catalog, e.g. from the vehicle's repurchase recommendation",
                requiredMode = Schema.RequiredMode.REQUIRED) String modelId,
        @Schema(description = "A DEALER of the model's brand (a slot's dealerId)",
                requiredMode = Schema.RequiredMode.REQUIRED) String dealerId,
        @Schema(description = "The startsAt of a free slot from GET /api/v1/vehicles/{vin}/test-drive-slots",
                requiredMode = Schema.RequiredMode.REQUIRED) Instant startsAt) {
}
