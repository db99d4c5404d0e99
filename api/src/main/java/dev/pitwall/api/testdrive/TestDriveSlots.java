package dev.pitwall.api.testdrive;

import dev.pitwall.engagement.booking.SlotOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** The answer to a test-drive slot search. */
@Schema(description = "Free test-drive slots of one model at the dealers of its brand nearest the vehicle",
        example = """
        {"vin": "WVWZZZCDZLW123456", "modelId": "vw-cityline-e", "modelName": "Volkswagen Cityline e",
         "brand": "Volkswagen", "durationMinutes": 60, "days": 7, "sort": "NEAREST",
         "slots": [{"dealerId": "dl-001", "dealerName": "Autohaus Lindner Milbertshofen", "distanceKm": 0.42,
                    "timeZone": "Europe/Berlin", "startsAt": "2026-02-03T09:00:00Z",
                    "endsAt": "2026-02-03T10:00:00Z", "demoCarsFree": 1}]}""")
public record TestDriveSlots(
        String vin,
        String modelId,
        String modelName,
        @Schema(description = "The model's brand: only its dealers are searched") String brand,
        @Schema(description = "How long each test drive takes") long durationMinutes,
        @Schema(description = "Local days searched, from each dealer's today (or from)") int days,
        SlotOrder sort,
        @Schema(description = "Free slots, at most limit, in sort order") List<TestDriveSlot> slots) {

    public TestDriveSlots {
        slots = List.copyOf(slots);
    }
}
