package dev.pitwall.simulator.scenario;

/**
 * Signals a scenario sets rather than simulates (a {@code set} step, or a vehicle's {@code signals}); {@code null}
 * leaves a signal as it was. Once set, a signal is reported in every later message of the vehicle.
 */
public record Signals(
        Double batteryVoltage,
        Double chargingVoltage,
        Double crankingVoltage,
        Double coolantTempC,
        Double ambientTempC,
        Double oilLifeRemainingPct,
        Double brakePadWearFrontPct,
        Double brakePadWearRearPct,
        Double tirePressureFrontLeftKpa,
        Double tirePressureFrontRightKpa,
        Double tirePressureRearLeftKpa,
        Double tirePressureRearRightKpa) {

    public static final Signals NONE = new Signals(null, null, null, null, null, null, null, null, null, null, null, null);

    /** These signals with every non-null one of {@code newer} taking precedence. */
    public Signals overriddenBy(Signals newer) {
        return new Signals(
                pick(newer.batteryVoltage, batteryVoltage),
                pick(newer.chargingVoltage, chargingVoltage),
                pick(newer.crankingVoltage, crankingVoltage),
                pick(newer.coolantTempC, coolantTempC),
                pick(newer.ambientTempC, ambientTempC),
                pick(newer.oilLifeRemainingPct, oilLifeRemainingPct),
                pick(newer.brakePadWearFrontPct, brakePadWearFrontPct),
                pick(newer.brakePadWearRearPct, brakePadWearRearPct),
                pick(newer.tirePressureFrontLeftKpa, tirePressureFrontLeftKpa),
                pick(newer.tirePressureFrontRightKpa, tirePressureFrontRightKpa),
                pick(newer.tirePressureRearLeftKpa, tirePressureRearLeftKpa),
                pick(newer.tirePressureRearRightKpa, tirePressureRearRightKpa));
    }

    /** The same signals with the 12 V resting voltage set. */
    public Signals withBatteryVoltage(double volts) {
        return new Signals(volts, chargingVoltage, crankingVoltage, coolantTempC, ambientTempC, oilLifeRemainingPct,
                brakePadWearFrontPct, brakePadWearRearPct, tirePressureFrontLeftKpa, tirePressureFrontRightKpa,
                tirePressureRearLeftKpa, tirePressureRearRightKpa);
    }

    private static Double pick(Double newer, Double older) {
        return newer != null ? newer : older;
    }
}
