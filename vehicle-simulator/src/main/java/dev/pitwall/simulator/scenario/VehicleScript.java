package dev.pitwall.simulator.scenario;

import java.util.List;

/**
 * One vehicle of a scenario: its state before the first step and its steps. Its first message, at the scenario's
 * start, reports that state.
 *
 * @param engineHours null: the vehicle reports no engine hours
 */
public record VehicleScript(String vin, long firstSeq, double odometerKm, Double engineHours, double fuelLevelPct,
        double tankLitres, double consumptionLPer100Km, double latitude, double longitude, double headingDeg,
        List<String> dtcs, Signals signals, List<Step> steps) {

    public static final double DEFAULT_CONSUMPTION_L_PER_100_KM = 7.0;
    public static final double DEFAULT_BATTERY_VOLTAGE = 12.6;
    public static final double DEFAULT_CHARGING_VOLTAGE = 14.2;
    public static final double DEFAULT_COOLANT_TEMP_C = 90.0;

    public VehicleScript {
        dtcs = List.copyOf(dtcs);
        steps = List.copyOf(steps);
    }
}
