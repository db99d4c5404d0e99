package dev.pitwall.simulator.vehicle;

import java.util.SplittableRandom;

/**
 * Engine, fuel and 12 V battery: rpm from speed through a six-speed gearbox, coolant that warms to the
 * thermostat's 90 °C while running and cools to ambient when parked, engine hours, fuel burnt by distance,
 * speed and acceleration, and a battery at alternator voltage while running and resting voltage when parked.
 */
final class Powertrain {

    static final double THERMOSTAT_C = 90;
    /** A thermostat stuck open (P0128) keeps the engine below its regulating temperature. */
    static final double STUCK_THERMOSTAT_C = 74;
    static final double REFUEL_BELOW_PCT = 20;

    // rpm per km/h in gears 1..6, and the speed (km/h) from which each gear is used
    private static final double[] RPM_PER_KMH = {120, 68, 46, 35, 29, 24};
    private static final double[] GEAR_FROM_KMH = {0, 18, 32, 50, 68, 90};

    private final VehicleModel model;
    private final double alternatorVolts;
    private final double restingVolts;
    private boolean running;
    private double rpm;
    private double coolantC;
    private double engineHours;
    private double fuelPct;
    private double parkedSeconds;

    Powertrain(VehicleModel model, double odometerKm, double ambientC, SplittableRandom random) {
        this.model = model;
        this.alternatorVolts = DrivingProfile.uniform(random, 13.9, 14.3);
        this.restingVolts = DrivingProfile.uniform(random, 12.52, 12.68);
        this.engineHours = odometerKm / DrivingProfile.uniform(random, 28, 45); // average speed over the car's life
        this.fuelPct = DrivingProfile.uniform(random, 25, 100);
        this.coolantC = ambientC;
        this.parkedSeconds = 3600;
    }

    void start() {
        running = true;
    }

    void stop() {
        running = false;
        rpm = 0;
        parkedSeconds = 0;
    }

    /** Fills the tank to near full, as drivers do when the gauge is low. */
    boolean refuelIfLow(SplittableRandom random) {
        if (fuelPct >= REFUEL_BELOW_PCT) {
            return false;
        }
        fuelPct = DrivingProfile.uniform(random, 92, 100);
        return true;
    }

    void step(double dt, double speedKmh, double accel, double km, double ambientC, TroubleCodes codes) {
        if (!running) {
            parkedSeconds += dt;
            coolantC = approach(coolantC, ambientC, dt, 2400);
            return;
        }
        engineHours += dt / 3600;
        double thermostat = codes.isActive(TroubleCodes.THERMOSTAT) ? STUCK_THERMOSTAT_C : THERMOSTAT_C;
        // more load warms the engine faster
        coolantC = approach(coolantC, thermostat, dt, 300 / (1 + speedKmh / 80));
        rpm = rpmFor(speedKmh, accel);
        double liters = 0.7 * dt / 3600 // idling
                + km * model.litersPer100Km() / 100 * speedFactor(speedKmh)
                        * (codes.isActive(TroubleCodes.LEAN) ? 1.12 : 1)
                + Math.max(0, accel) * km * 0.05;
        fuelPct = Math.max(0, fuelPct - liters / model.tankLiters() * 100);
    }

    private double rpmFor(double speedKmh, double accel) {
        if (speedKmh < 3) {
            return model.idleRpm();
        }
        int gear = 0;
        while (gear < GEAR_FROM_KMH.length - 1 && speedKmh >= GEAR_FROM_KMH[gear + 1]) {
            gear++;
        }
        return Math.max(model.idleRpm(), speedKmh * RPM_PER_KMH[gear] + 250 * Math.max(0, accel));
    }

    /** Urban stop-and-go and fast motorway driving use more than the combined figure. */
    private static double speedFactor(double speedKmh) {
        if (speedKmh < 50) {
            return 1.25;
        }
        if (speedKmh < 100) {
            return 0.9;
        }
        return 0.9 + (speedKmh - 100) * 0.012;
    }

    private static double approach(double value, double target, double dt, double timeConstantSeconds) {
        return value + (target - value) * (1 - StrictMath.exp(-dt / timeConstantSeconds));
    }

    /** Battery voltage: charging while running, slowly self-discharging while parked; low with P0562. */
    double batteryVolts(TroubleCodes codes) {
        boolean lowVoltage = codes.isActive(TroubleCodes.SYSTEM_VOLTAGE_LOW);
        if (running) {
            return alternatorVolts - (lowVoltage ? 0.9 : 0);
        }
        double selfDischarge = Math.min(0.12, parkedSeconds / 3600 * 0.004);
        return restingVolts - selfDischarge - (lowVoltage ? 0.5 : 0);
    }

    boolean running() {
        return running;
    }

    double rpm() {
        return rpm;
    }

    double coolantC() {
        return coolantC;
    }

    double engineHours() {
        return engineHours;
    }

    double fuelPct() {
        return fuelPct;
    }
}
