package dev.pitwall.api.booking;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pitwall.engagement.booking.BookingStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A booked workshop visit as the API shows it. */
@Schema(description = "A booked visit of one vehicle to one workshop", example = Booking.EXAMPLE)
public record Booking(
        @Schema(description = "Identifies the booking; kept when it is rescheduled") String bookingId,
        String vin,
        @Schema(description = "The subscriber the vehicle's subscription belongs to") String subscriberId,
        @Schema(description = "The workshop's or dealer's id in the POI catalog (GET /api/v1/pois/{poiId})")
        String workshopId,
        @Schema(description = "The bay the workshop holds for the visit, from 1; chosen by Pitwall") int bay,
        @Schema(description = "The services booked, in the order requested") List<String> serviceTypes,
        @Schema(description = "When the vehicle is due at the workshop") Instant startsAt,
        @Schema(description = "startsAt plus the services' durations") Instant endsAt,
        BookingStatus status,
        @Schema(description = "Whether the workshop collects the vehicle from pickupAddress and brings it back")
        boolean pickupAndDelivery,
        @Schema(description = "Where to collect the vehicle; only with pickupAndDelivery")
        @JsonInclude(JsonInclude.Include.NON_NULL) String pickupAddress,
        @Schema(description = "Whether the workshop lends a courtesy car for the visit") boolean courtesyCar,
        @Schema(description = "The service lead the booking answers, if any")
        @JsonInclude(JsonInclude.Include.NON_NULL) String leadId,
        @Schema(description = "Token subject of who booked it: the subscriber or an advisor on their behalf")
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Counts the changes (reschedule, cancel); send it with a reschedule to refuse one "
                + "made on a stale copy") int version) {

    static final String EXAMPLE = """
            {"bookingId": "0b7e4c52-8f0e-4a51-9d3c-5e2a7b1f6c90", "vin": "WVWZZZCDZLW123456",
             "subscriberId": "sub-4711", "workshopId": "ws-001", "bay": 1,
             "serviceTypes": ["OIL_SERVICE", "CABIN_FILTER"], "startsAt": "2026-02-02T08:00:00Z",
             "endsAt": "2026-02-02T09:15:00Z", "status": "BOOKED", "pickupAndDelivery": true,
             "pickupAddress": "Leopoldstr. 12, 80802 München", "courtesyCar": false,
             "leadId": "6f1c2b9e-4a57-3c1d-9b0e-2f4a8c7d5e31", "createdBy": "sub-4711",
             "createdAt": "2026-01-30T15:45:12.345Z", "updatedAt": "2026-01-30T15:45:12.345Z", "version": 0}""";

    public Booking {
        serviceTypes = List.copyOf(serviceTypes);
    }
}
