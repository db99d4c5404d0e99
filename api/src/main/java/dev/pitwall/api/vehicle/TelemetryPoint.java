package dev.pitwall.api.vehicle;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One stored telemetry message; null where the message did not carry that signal. */
@Schema(description = "One stored telemetry message", example = """
        {"seq": 1841, "eventTime": "2026-01-31T08:00:00Z", "ingestedAt": "2026-01-31T08:00:00.4Z",
         "odometerKm": 48211.4, "speedKmh": 63.2, "latitude": 48.1374, "longitude": 11.5755, "headingDeg": 270.0,
         "fuelLevelPct": 37.5, "coolantTempC": 91.0, "engineRpm": 2100.0, "engineRunning": true,
         "engineHours": 1532.2, "batteryVoltage": 14.1, "ambientTempC": 4.5,
         "tirePressuresKpa": {"frontLeft": 235.0, "frontRight": 233.0, "rearLeft": 229.0, "rearRight": 231.0},
         "battery": {"voltage": 14.1, "crankingVoltage": 10.35}, "oilLifePct": 64.0,
         "brakePads": {"frontWearPct": 42.0, "rearWearPct": 27.0},
         "dtcs": ["P0301"]}""")
public record TelemetryPoint(
        long seq,
        Instant eventTime,
        Instant ingestedAt,
        Double odometerKm,
        Double speedKmh,
        Double latitude,
        Double longitude,
        Double headingDeg,
        Double fuelLevelPct,
        Double coolantTempC,
        Double engineRpm,
        Boolean engineRunning,
        Double engineHours,
        Double batteryVoltage,
        Double ambientTempC,
        TirePressures tirePressuresKpa,
        Battery battery,
        @Schema(description = "Remaining engine oil life as the oil-life monitor shows it, %: 100 = fresh oil, "
                + "0 = change now", example = "64.0")
        Double oilLifePct,
        BrakePads brakePads,
        List<String> dtcs) {
}
