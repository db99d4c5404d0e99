package dev.pitwall.prediction.training;

import java.util.Map;

/** One line of {@code fleet.csv}: a simulated vehicle and how it is used. Columns beyond the known ones are kept in {@code extra}. */
public record FleetVehicle(String vin, String model, String region, String climate, String drivingStyle,
        int ageDaysAtStart, Map<String, String> extra) {

    public FleetVehicle {
        extra = Map.copyOf(extra);
    }
}
