package dev.pitwall.simulator.vehicle;

import java.util.SplittableRandom;

/**
 * Engine and fuel: rpm from speed through a six-speed gearbox, coolant that warms to the thermostat's 90 °C
 * while running (higher under load when the cooling system is worn, see {@link CoolingSystem}) and cools to
 * ambient when parked, engine hours, fuel burnt by distance, speed and acceleration.
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
    private boolean running;
    private double rpm;
    private double coolantC;
    private double engineHours;
    private double fuelPct;

    Powertrain(VehicleModel model, double odometerKm, double ambientC, SplittableRandom random) {
        this.model = model;
        this.engineHours = odometerKm / DrivingProfile.uniform(random, 28, 45); // average speed over the car's life
        this.fuelPct = DrivingProfile.uniform(random, 25, 100);
        this.coolantC = ambientC;
    }

    void start() {
        running = true;
    }

    void stop() {
        running = false;
        rpm = 0;
    }

    /** Fills the tank to near full, as drivers do when the gauge is low. */
    boolean refuelIfLow(SplittableRandom random) {
        if (fuelPct >= REFUEL_BELOW_PCT) {
            return false;
        }
        fuelPct = DrivingProfile.uniform(random, 92, 100);
        return true;
    }

    /**
     * @param coolingDriftC how far above the thermostat's temperature a worn cooling system lets the coolant
     *                      settle at this load
     */
    void step(double dt, double speedKmh, double accel, double km, double ambientC, double coolingDriftC, TroubleCodes codes) {
        if (!running) {
            parked(dt, ambientC);
            return;
        }
        engineHours += dt / 3600;
        double thermostat = codes.hasSymptom(TroubleCodes.THERMOSTAT) ? STUCK_THERMOSTAT_C : THERMOSTAT_C;
        // more load warms the engine faster
        coolantC = approach(coolantC, thermostat + coolingDriftC, dt, 300 / (1 + speedKmh / 80));
        rpm = rpmFor(speedKmh, accel);
        double liters = 0.7 * dt / 3600 // idling
                + km * model.litersPer100Km() / 100 * speedFactor(speedKmh)
                        * (codes.hasSymptom(TroubleCodes.LEAN) ? 1.12 : 1)
                + Math.max(0, accel) * km * 0.05;
        fuelPct = Math.max(0, fuelPct - liters / model.tankLiters() * 100);
    }

    /** Parked for {@code dt} seconds, however many: the engine cools towards the air. */
    void parked(double dt, double ambientC) {
        coolantC = approach(coolantC, ambientC, dt, 2400);
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
        return value + (target - value) * Decay.fraction(dt / timeConstantSeconds);
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
