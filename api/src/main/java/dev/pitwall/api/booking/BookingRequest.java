package dev.pitwall.api.booking;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A booking as a caller asks for it: exactly the fields a caller may set. Service types stay text here, so that an
 * unknown one is answered by name and position rather than as unreadable JSON.
 */
@Schema(description = "A visit to book: the vehicle, the workshop, the services and a slot's start", example = """
        {"vin": "WVWZZZCDZLW123456", "workshopId": "ws-001", "serviceTypes": ["OIL_SERVICE", "CABIN_FILTER"],
         "startsAt": "2026-02-02T08:00:00Z", "leadId": "6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31",
         "pickupAndDelivery": true, "pickupAddress": "Leopoldstr. 12, 80802 München", "courtesyCar": false}""")
public record BookingRequest(
        @Schema(description = "The vehicle; a subscriber may book only their own",
                requiredMode = Schema.RequiredMode.REQUIRED) String vin,
        @Schema(description = "A WORKSHOP or DEALER from the POI catalog that offers every service type",
                requiredMode = Schema.RequiredMode.REQUIRED) String workshopId,
        @Schema(description = "One or more service types, each once (OIL_SERVICE, BRAKE_INSPECTION, ...); the "
                + "visit takes the sum of their durations", requiredMode = Schema.RequiredMode.REQUIRED)
        List<String> serviceTypes,
        @Schema(description = "The startsAt of a slot the workshop offers for these services (GET "
                + "/api/v1/workshops/{workshopId}/slots)", requiredMode = Schema.RequiredMode.REQUIRED)
        Instant startsAt,
        @Schema(description = "The service lead the booking answers; a lead of this vehicle") UUID leadId,
        @Schema(description = "Whether the workshop should collect the vehicle and bring it back; default false")
        Boolean pickupAndDelivery,
        @Schema(description = "Where to collect the vehicle, at most 500 characters; required with "
                + "pickupAndDelivery, not allowed without") String pickupAddress,
        @Schema(description = "Whether the workshop should lend a courtesy car for the visit; default false")
        Boolean courtesyCar) {
}
