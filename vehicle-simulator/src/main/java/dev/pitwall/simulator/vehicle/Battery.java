package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import java.util.SplittableRandom;

/**
 * The 12 V lead-acid starter battery. Hidden state: state of health (SoH, capacity left, 1 = new) and state of
 * charge (SoC). Observable: the resting voltage when parked (open-circuit voltage, lower when discharged or
 * aged, plus a surface charge that fades after driving) and the cranking voltage, the dip while the starter
 * turns the engine: {@code V = OCV − I·R}, where the inrush current I grows with a cold, stiff engine and the
 * internal resistance R (sized to the model's starter when new) grows with age, cold and discharge; the
 * capacity (Ah) sets how fast parking drains it. Below {@link #CANNOT_CRANK_VOLTS} the engine does not
 * start: the failure. Heat ages the battery faster; cold reveals the ageing.
 */
final class Battery {

    /** A start with a dip below this fails: the starter cannot turn the engine fast enough. */
    static final double CANNOT_CRANK_VOLTS = 9.6;
    /** SoH at which a scripted battery fails in mild weather (cranking then sits around 9.6-10 V). */
    static final double SCRIPTED_FAILURE_SOH = 0.5;
    /** Realistic ageing: about 0.55 of SoH in 5.5 years at 20 °C (a temperate battery then fails in winter). */
    private static final double SOH_LOSS_PER_DAY_AT_20C = 0.55 / (5.5 * 365);
    private static final double LIFE_DAYS = 5.5 * 365;
    private static final double QUIESCENT_AMPS = 0.03;           // alarm, telematics, ECUs asleep
    private static final double SELF_DISCHARGE_PER_DAY = 0.001;  // new battery at 20 °C
    private static final double CHARGE_TIME_CONSTANT_S = 2400;
    private static final double SURFACE_CHARGE_VOLTS = 0.22;
    private static final double SURFACE_CHARGE_DECAY_S = 7200;
    private static final double CABLE_OHMS = 0.0009;
    /** A new battery is sized to its starter: about 1 V of internal drop at a warm engine's inrush current. */
    private static final double NEW_BATTERY_DROP_VOLTS = 1.0;

    private final VehicleModel model;
    private final double wearRate;
    private final double alternatorVolts;
    private double soh;
    private double soc;
    private double unitRate;
    private double surfaceVolts;
    private double batteryTempC;
    private double ageingFactor;
    private double lastCrankVolts = Double.NaN;

    /**
     * @param climate a battery still in service at the start has survived its climate's winters so far: in the cold
     *                it cannot have aged as far as in the heat
     */
    Battery(VehicleModel model, ClimateZone climate, int ageDays, double wearFactor, boolean fresh, SplittableRandom random) {
        this.model = model;
        this.wearRate = Wear.rate(Component.BATTERY, wearFactor);
        this.alternatorVolts = DrivingProfile.uniform(random, 13.9, 14.3);
        this.unitRate = Wear.unitRate(random, 0.25);
        double used = fresh ? 0 : Wear.lifeUsedAtStart(random, ageDays, LIFE_DAYS);
        double span = switch (climate) {
            case COLD -> 0.26;
            case TEMPERATE -> 0.33;
            case HOT -> 0.40;
        };
        this.soh = 1 - used * span;
        this.soc = DrivingProfile.uniform(random, 0.75, 0.95);
    }

    /** Battery temperature follows the air, a little warmer under the bonnet; ageing doubles per +15 °C. */
    void updateTemperature(double ambientC, boolean running) {
        double t = ambientC + (running ? 10 : 2);
        if (Math.abs(t - batteryTempC) >= 0.05 || ageingFactor == 0) {
            batteryTempC = t;
            ageingFactor = StrictMath.pow(2, (batteryTempC - 20) / 15);
        }
    }

    /** Engine running: the alternator recharges towards what the aged plates still accept. */
    void drive(double dt) {
        double ceiling = 0.8 + 0.2 * soh;
        if (soc < ceiling) {
            double coldSlowdown = 1 + Math.max(0, -batteryTempC) / 20;
            soc += (ceiling - soc) * Math.min(1, dt / (CHARGE_TIME_CONSTANT_S * coldSlowdown));
        }
        surfaceVolts = SURFACE_CHARGE_VOLTS;
        age(dt, soc);
    }

    /** Parked for {@code dt} seconds (one step or a whole night): quiescent drain, self-discharge, ageing. */
    void parked(double dt) {
        double capacityAh = model.batteryAh() * soh;
        double drainPerSecond = QUIESCENT_AMPS / (capacityAh * 3600)
                + SELF_DISCHARGE_PER_DAY * (1 + 4 * (1 - soh)) * StrictMath.pow(2, (batteryTempC - 20) / 10) / 86_400;
        double before = soc;
        soc = Math.max(0.05, soc - drainPerSecond * dt);
        surfaceVolts *= StrictMath.exp(-dt / SURFACE_CHARGE_DECAY_S);
        age(dt, (before + soc) / 2); // the mean charge over the stretch: as exact in one jump as in many steps
    }

    /** Lower and slower for low charge: a discharged battery sulfates. */
    private void age(double dt, double meanSoc) {
        double sulfation = 1 + 1.5 * Math.max(0, 0.7 - meanSoc) / 0.7;
        soh -= SOH_LOSS_PER_DAY_AT_20C / 86_400 * wearRate * unitRate * ageingFactor * sulfation * dt;
        soh = Math.max(0.05, soh);
    }

    /** An engine start: returns (and remembers) the lowest voltage during cranking. */
    double crank(double engineTempC, SplittableRandom noise) {
        double amps = model.crankingAmps() * (1 + 0.006 * Math.max(0, 20 - engineTempC));
        double ohms = NEW_BATTERY_DROP_VOLTS / model.crankingAmps()
                * (1 + 3 * StrictMath.pow(1 - soh, 1.6))
                * (1 + 0.010 * Math.max(0, 25 - batteryTempC))
                * (1 + 0.6 * (1 - soc))
                + CABLE_OHMS;
        lastCrankVolts = openCircuitVolts() + surfaceVolts - amps * ohms + noise.nextGaussian() * 0.05;
        soc = Math.max(0.05, soc - 0.18 / model.batteryAh()); // about 0.18 Ah per start
        return lastCrankVolts;
    }

    /** Overrides the dip of the last start (a scripted failure happens exactly when scripted). */
    void setLastCrankVolts(double volts) {
        lastCrankVolts = volts;
    }

    /** Open-circuit voltage: about 12.65 V full and new, lower when discharged and when aged. */
    double openCircuitVolts() {
        return 11.85 + 0.80 * soc - 0.45 * (1 - soh);
    }

    /** What the car reports while parked: resting voltage with what is left of the surface charge. */
    double restingVolts() {
        return openCircuitVolts() + surfaceVolts;
    }

    double chargingVolts() {
        return alternatorVolts;
    }

    /** The last start's dip; NaN before the first start. */
    double lastCrankVolts() {
        return lastCrankVolts;
    }

    double soh() {
        return soh;
    }

    double soc() {
        return soc;
    }

    /** 1 = new, 0 = where a scripted battery fails. */
    double remainingLife() {
        return (soh - SCRIPTED_FAILURE_SOH) / (1 - SCRIPTED_FAILURE_SOH);
    }

    void setRemainingLife(double r) {
        soh = SCRIPTED_FAILURE_SOH + r * (1 - SCRIPTED_FAILURE_SOH);
    }

    /** A new battery, charged as it leaves the shelf. */
    void replace(SplittableRandom random) {
        soh = DrivingProfile.uniform(random, 0.97, 1.0);
        soc = DrivingProfile.uniform(random, 0.85, 0.95);
        unitRate = Wear.unitRate(random, 0.25);
    }
}
