package dev.pitwall.api.vehicle;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** Everything Pitwall currently knows about one vehicle: newest signal values, active DTCs and health. */
@Schema(description = "A vehicle's newest state and health", example = """
        {"vin": "1HGCM82633A004352", "lastSeq": 1841, "lastEventTime": "2026-01-31T08:00:00Z",
         "updatedAt": "2026-01-31T08:00:01.2Z", "odometerKm": 48211.4, "speedKmh": 0.0,
         "latitude": 48.1374, "longitude": 11.5755, "fuelLevelPct": 37.5, "coolantTempC": 88.0,
         "batteryVoltage": 11.8, "engineRunning": false, "engineRpm": 0.0, "engineHours": 1532.2,
         "tirePressuresKpa": {"frontLeft": 235.0, "frontRight": 233.0, "rearLeft": 229.0, "rearRight": 231.0},
         "battery": {"voltage": 11.8, "crankingVoltage": 9.62}, "oilLifePct": 12.0,
         "brakePads": {"frontWearPct": 81.0, "rearWearPct": 46.0},
         "activeDtcs": ["P0301"],
         "health": {"score": 65, "band": "FAIR", "reasons": [
           {"rule": "dtc.high", "points": -15, "reason": "P0301 active (high): Cylinder 1 misfire detected"},
           {"rule": "battery.flat", "points": -20, "reason": "12 V battery 11.80 V at rest, below 11.9 V: may not start"}]}}""")
public record VehicleDetail(
        String vin,
        long lastSeq,
        Instant lastEventTime,
        Instant updatedAt,
        Double odometerKm,
        Double speedKmh,
        Double latitude,
        Double longitude,
        Double fuelLevelPct,
        Double coolantTempC,
        Double batteryVoltage,
        Boolean engineRunning,
        Double engineRpm,
        Double engineHours,
        TirePressures tirePressuresKpa,
        Battery battery,
        @Schema(description = "Remaining engine oil life as the oil-life monitor shows it, %: 100 = fresh oil, "
                + "0 = change now", example = "12.0")
        Double oilLifePct,
        BrakePads brakePads,
        List<String> activeDtcs,
        VehicleHealth health) {
}
