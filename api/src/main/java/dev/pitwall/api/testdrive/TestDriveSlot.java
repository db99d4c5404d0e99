package dev.pitwall.api.testdrive;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A free test-drive slot at one dealer. */
@Schema(description = "A free slot: book it with its dealerId and startsAt", example = """
        {"dealerId": "dl-001", "dealerName": "Autohaus Lindner Milbertshofen", "distanceKm": 0.42,
         "timeZone": "Europe/Berlin", "startsAt": "2026-02-03T09:00:00Z", "endsAt": "2026-02-03T10:00:00Z",
         "demoCarsFree": 1}""")
public record TestDriveSlot(
        String dealerId,
        String dealerName,
        @Schema(description = "Great-circle distance from the vehicle's last position in km, rounded to 10 m")
        double distanceKm,
        @Schema(description = "The dealer's time zone, which its opening hours are in") String timeZone,
        Instant startsAt,
        @Schema(description = "startsAt plus pitwall.test-drives.duration") Instant endsAt,
        @Schema(description = "Demo cars of the model free for the whole test drive, at least 1") int demoCarsFree) {
}
