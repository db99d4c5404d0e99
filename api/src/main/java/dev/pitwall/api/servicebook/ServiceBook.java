package dev.pitwall.api.servicebook;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A vehicle's service book: its schedule, every item of it with its state (most urgent first), and its maintenance
 * history (newest first, at most {@code historyLimit} entries; {@code historyTruncated} when there are more).
 */
@Schema(description = "A vehicle's maintenance items with their state, and its maintenance history", example = """
        {"vin": "WVWZZZCDZLW123456",
         "schedule": {"id": "vw-golf-8-1.5-tsi", "model": "Volkswagen Golf 1.5 TSI (2020 on)"},
         "asOf": "2026-01-31T08:00:00Z", "lastReportAt": "2026-01-31T08:00:00Z",
         "odometerKm": 48211.4, "engineHours": 1532.2,
         "items": [
           {"item": "BRAKE_INSPECTION", "displayName": "brake inspection", "state": "OVERDUE",
            "decidingLimit": "DISTANCE", "interval": {"km": 30000.0, "months": 24, "engineHours": null},
            "dueAt": {"odometerKm": 42400.0, "time": "2027-03-01T09:00:00Z", "engineHours": null},
            "remaining": {"km": -5811.4, "days": 394.0, "engineHours": null},
            "basis": {"kind": "FIRST_REPORT", "time": "2025-03-01T09:00:00Z", "odometerKm": 12400.0,
                      "engineHours": 310.5},
            "lastService": null, "notEvaluated": []},
           {"item": "OIL_SERVICE", "displayName": "oil and filter change", "state": "DUE_SOON",
            "decidingLimit": "DISTANCE", "interval": {"km": 30000.0, "months": 24, "engineHours": null},
            "dueAt": {"odometerKm": 48750.0, "time": "2027-06-14T10:30:00Z", "engineHours": null},
            "remaining": {"km": 538.6, "days": 499.1, "engineHours": null},
            "basis": {"kind": "LAST_SERVICE", "time": "2025-06-14T10:30:00Z", "odometerKm": 18750.0,
                      "engineHours": 480.0},
            "lastService": {"id": 17, "item": "OIL_SERVICE", "displayName": "oil and filter change",
              "performedAt": "2025-06-14T10:30:00Z", "odometerKm": 18750.0, "engineHours": 480.0,
              "workshop": "Autohaus Nord", "notes": "5W-30 VW 508 00, oil filter", "source": "api",
              "recordedAt": "2025-06-14T11:02:13Z"},
            "notEvaluated": []},
           {"item": "ANNUAL_INSPECTION", "displayName": "annual inspection", "state": "DUE_SOON",
            "decidingLimit": "TIME", "interval": {"km": null, "months": 12, "engineHours": null},
            "dueAt": {"odometerKm": null, "time": "2026-03-01T09:00:00Z", "engineHours": null},
            "remaining": {"km": null, "days": 29.0, "engineHours": null},
            "basis": {"kind": "FIRST_REPORT", "time": "2025-03-01T09:00:00Z", "odometerKm": 12400.0,
                      "engineHours": 310.5},
            "lastService": null, "notEvaluated": []},
           {"item": "TIRE_ROTATION", "displayName": "tire rotation", "state": "OK",
            "decidingLimit": "DISTANCE", "interval": {"km": 10000.0, "months": 12, "engineHours": null},
            "dueAt": {"odometerKm": 51900.0, "time": "2026-11-02T09:15:00Z", "engineHours": null},
            "remaining": {"km": 3688.6, "days": 275.1, "engineHours": null},
            "basis": {"kind": "LAST_SERVICE", "time": "2025-11-02T09:15:00Z", "odometerKm": 41900.0,
                      "engineHours": 1402.3},
            "lastService": {"id": 42, "item": "TIRE_ROTATION", "displayName": "tire rotation",
              "performedAt": "2025-11-02T09:15:00Z", "odometerKm": 41900.0, "engineHours": 1402.3,
              "workshop": "Reifen Schmid", "notes": null, "source": "api", "recordedAt": "2025-11-02T09:40:51Z"},
            "notEvaluated": []}],
         "history": [
           {"id": 42, "item": "TIRE_ROTATION", "displayName": "tire rotation",
            "performedAt": "2025-11-02T09:15:00Z", "odometerKm": 41900.0, "engineHours": 1402.3,
            "workshop": "Reifen Schmid", "notes": null, "source": "api", "recordedAt": "2025-11-02T09:40:51Z"},
           {"id": 17, "item": "OIL_SERVICE", "displayName": "oil and filter change",
            "performedAt": "2025-06-14T10:30:00Z", "odometerKm": 18750.0, "engineHours": 480.0,
            "workshop": "Autohaus Nord", "notes": "5W-30 VW 508 00, oil filter", "source": "api",
            "recordedAt": "2025-06-14T11:02:13Z"}],
         "historyLimit": 50, "historyTruncated": false}""")
public record ServiceBook(
        String vin,
        @Schema(description = "The maintenance schedule chosen by the VIN's WMI and model year") Schedule schedule,
        @Schema(description = "The moment time limits are measured to: now, or the vehicle's newest report when that "
                + "is later (a simulated fleet's clock can run ahead)")
        Instant asOf,
        @Schema(description = "Event time of the vehicle's newest report") Instant lastReportAt,
        @Schema(description = "Odometer of the newest report, km; distances are measured to it") Double odometerKm,
        @Schema(description = "Engine hours of the newest report") Double engineHours,
        @Schema(description = "Every item of the schedule, most urgent first: OVERDUE, DUE_SOON, UNKNOWN, OK, then "
                + "the smallest share of the interval left")
        List<ServiceItemStatus> items,
        @Schema(description = "Recorded maintenance, newest first") List<ServiceHistoryEntry> history,
        @Schema(description = "Most history entries returned") int historyLimit,
        @Schema(description = "True when the vehicle has more history than historyLimit entries")
        boolean historyTruncated) {

    public ServiceBook {
        items = List.copyOf(items);
        history = List.copyOf(history);
    }

    /** Which schedule applies. */
    public record Schedule(
            @Schema(example = "vw-golf-8-1.5-tsi") String id,
            @Schema(example = "Volkswagen Golf 1.5 TSI (2020 on)") String model) {
    }
}
