package dev.pitwall.api.vehicle;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A vehicle's health over {@code [from, to)}, oldest point first. When the range holds more than
 * {@code limit} points, the newest {@code limit} are returned and {@code truncated} is true.
 */
@Schema(description = "Health points of one vehicle over a time range, oldest first", example = """
        {"vin": "1HGCM82633A004352", "from": "2026-01-24T08:00:00Z", "to": "2026-01-31T08:00:00Z",
         "limit": 500, "truncated": false, "points": [
           {"seq": 1700, "eventTime": "2026-01-30T07:45:00Z", "score": 100, "band": "GOOD", "reasons": []},
           {"seq": 1841, "eventTime": "2026-01-31T08:00:00Z", "score": 85, "band": "GOOD", "reasons": [
             {"rule": "dtc.high", "points": -15, "reason": "P0301 active (high): Cylinder 1 misfire detected"}]}]}""")
public record HealthHistory(String vin, Instant from, Instant to, int limit, boolean truncated, List<HealthPoint> points) {

    public HealthHistory {
        points = List.copyOf(points);
    }
}
