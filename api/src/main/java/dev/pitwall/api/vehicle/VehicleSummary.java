package dev.pitwall.api.vehicle;

import dev.pitwall.core.health.HealthBand;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One line of the fleet list: a vehicle's health and where it was, as of its newest message. */
@Schema(description = "A vehicle in the fleet list", example = """
        {"vin": "1HGCM82633A004352", "healthScore": 62, "healthBand": "FAIR",
         "lastEventTime": "2026-01-31T08:00:00Z", "odometerKm": 48211.4, "fuelLevelPct": 37.5,
         "latitude": 48.1374, "longitude": 11.5755, "activeDtcs": ["P0301"]}""")
public record VehicleSummary(
        String vin,
        int healthScore,
        HealthBand healthBand,
        Instant lastEventTime,
        Double odometerKm,
        Double fuelLevelPct,
        Double latitude,
        Double longitude,
        List<String> activeDtcs) {
}
