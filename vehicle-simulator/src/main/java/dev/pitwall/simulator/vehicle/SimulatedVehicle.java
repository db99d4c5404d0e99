package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.telemetry.VehicleSignals;
import java.util.SplittableRandom;

/**
 * One simulated car: its identity and physical state, advanced through simulated time in steps of at most one
 * second, and read out as {@link VehicleSignals} (with sensor noise and sensible rounding) at each sample.
 * Not thread-safe: one thread owns a vehicle.
 */
public final class SimulatedVehicle {

    private static final long MAX_STEP_MILLIS = 1_000;

    private final VehicleIdentity identity;
    private final SplittableRandom random;
    private final double tireLeakProbabilityPerTrip;
    private final double climateOffsetC;
    private final DrivingSchedule schedule;
    private final Motion motion;
    private final Powertrain powertrain;
    private final TireSet tires;
    private final TroubleCodes troubleCodes;
    private long nowMillis;
    private double ambientC;

    /**
     * @param random the vehicle's own physics stream (see {@link Seeds#PHYSICS})
     * @param startMillis simulated time (epoch ms) the vehicle's state refers to
     */
    public SimulatedVehicle(VehicleIdentity identity, Region region, double dtcOnsetsPerEngineHour,
            double tireLeakProbabilityPerTrip, SplittableRandom random, long startMillis) {
        this.identity = identity;
        this.random = random;
        this.tireLeakProbabilityPerTrip = tireLeakProbabilityPerTrip;
        this.nowMillis = startMillis;
        this.climateOffsetC = DrivingProfile.uniform(random, -1.5, 1.5); // garage, shade, sensor placement
        this.schedule = new DrivingSchedule(random);
        this.motion = new Motion(region, random);
        this.ambientC = ambient();
        this.powertrain = new Powertrain(identity.model(), motion.odometerKm(), ambientC, random);
        this.tires = new TireSet(random);
        this.troubleCodes = new TroubleCodes(dtcOnsetsPerEngineHour, random);
    }

    public VehicleIdentity identity() {
        return identity;
    }

    public String vin() {
        return identity.vin();
    }

    /** Simulates up to {@code epochMillis} and returns what the vehicle's sensors read then. */
    public VehicleSignals advanceTo(long epochMillis) {
        if (epochMillis < nowMillis) {
            throw new IllegalArgumentException("time runs forward only: at " + nowMillis + ", asked for " + epochMillis);
        }
        ambientC = ambient(); // changes slowly: once per sample is plenty
        while (nowMillis < epochMillis) {
            long stepMillis = Math.min(MAX_STEP_MILLIS, epochMillis - nowMillis);
            nowMillis += stepMillis;
            step(stepMillis / 1000.0);
        }
        return readSensors();
    }

    private void step(double dt) {
        DrivingSchedule.Event event = schedule.step(dt, motion.speedKmh(), powertrain.fuelPct(), random);
        if (event == DrivingSchedule.Event.TRIP_STARTED) {
            powertrain.start();
            tires.onTripStart(tireLeakProbabilityPerTrip, random);
        } else if (event == DrivingSchedule.Event.PARKED) {
            powertrain.stop();
            tires.onParked(powertrain.refuelIfLow(random));
        }
        double accel = motion.step(dt, schedule.targetSpeedKmh(), schedule.profile(), random);
        powertrain.step(dt, motion.speedKmh(), accel, motion.lastStepKm(), ambientC, troubleCodes);
        tires.step(dt, motion.speedKmh() > 0);
        troubleCodes.step(dt, powertrain.running(), nowMillis, tires.anyLow(ambientC), random);
    }

    private VehicleSignals readSensors() {
        boolean running = powertrain.running();
        double rpmNoise = troubleCodes.isActive(TroubleCodes.MISFIRE) ? 120 : 25; // a misfire makes rpm rough
        return VehicleSignals.builder()
                .odometerKm(round(motion.odometerKm(), 1000))
                .speedKmh(round(motion.speedKmh(), 10))
                .latitude(round(motion.latitude(), 1_000_000))
                .longitude(round(motion.longitude(), 1_000_000))
                .headingDeg(round(motion.headingDeg(), 10) % 360)
                .fuelLevelPct(round(powertrain.fuelPct(), 10))
                .coolantTempC(round(powertrain.coolantC() + noise(0.4), 10))
                .engineRpm(running ? (double) Math.round(Math.max(0, powertrain.rpm() + noise(rpmNoise))) : 0.0)
                .engineRunning(running)
                .engineHours(round(powertrain.engineHours(), 100))
                .batteryVoltage(round(powertrain.batteryVolts(troubleCodes) + noise(0.03), 100))
                .ambientTempC(round(ambientC + noise(0.2), 10))
                .tirePressureFrontLeftKpa(round(tires.pressureKpa(0, ambientC) + noise(0.6), 10))
                .tirePressureFrontRightKpa(round(tires.pressureKpa(1, ambientC) + noise(0.6), 10))
                .tirePressureRearLeftKpa(round(tires.pressureKpa(2, ambientC) + noise(0.6), 10))
                .tirePressureRearRightKpa(round(tires.pressureKpa(3, ambientC) + noise(0.6), 10))
                .dtcs(troubleCodes.codes())
                .build();
    }

    private double ambient() {
        return Climate.ambientC(nowMillis, motion.longitude()) + climateOffsetC;
    }

    private double noise(double sigma) {
        return random.nextGaussian() * sigma;
    }

    /** Rounds to 1/{@code scale}; monotonic, so a rising quantity (odometer, engine hours) never appears to fall. */
    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }

    // read-only views for tests of the physics
    boolean engineRunning() {
        return powertrain.running();
    }

    boolean tireLeaking() {
        return tires.leaking();
    }

    DrivingSchedule.Mode mode() {
        return schedule.mode();
    }
}
