package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.core.telemetry.VehicleSignals;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One simulated car: its identity, traits and physical state, advanced through simulated time, and read out as
 * {@link VehicleSignals} (with sensor noise and sensible rounding) at each sample. While it drives the physics
 * steps at most one second; a parked period is crossed in one jump, with what happens while parked (battery
 * drain and ageing, tyre leaks, cooling down) integrated in closed form. Its parts wear as it is used, fail, get
 * repaired and serviced; what happened goes to its {@link MaintenanceListener}, never into the signals.
 * Not thread-safe: one thread owns a vehicle.
 */
public final class SimulatedVehicle {

    private static final long MAX_STEP_MILLIS = 1_000;
    /** Parked periods shorter than this are stepped: a jump must end a second before the departure. */
    private static final long MIN_JUMP_MILLIS = 2_000;
    /** Drag and rolling resistance decelerate without the brakes: a + b·v² (m/s², v in m/s); engine braking on top. */
    private static final double COAST_DECEL = 0.12;
    private static final double DRAG_DECEL_PER_V2 = 0.00042;
    private static final double ENGINE_BRAKING = 0.35;

    private final VehicleIdentity identity;
    private final VehicleTraits traits;
    private final SplittableRandom random;
    private final SplittableRandom wearRandom;
    private final SplittableRandom noise;
    private final double tireLeakProbabilityPerTrip;
    private final double climateOffsetC;
    private final DrivingSchedule schedule;
    private final Motion motion;
    private final Powertrain powertrain;
    private final TireSet tires;
    private final TroubleCodes troubleCodes;
    private final Parts parts;
    private final ScriptedWear scripts;
    private final Workshop workshop;
    private final PrecursorCodes precursors;
    private long nowMillis;
    private double ambientC;

    /**
     * @param startMillis simulated time (epoch ms) the vehicle's state refers to
     * @param listener receives the vehicle's failures, repairs and services
     */
    public static SimulatedVehicle create(long seed, VehicleIdentity identity, FleetSettings settings, long startMillis,
            MaintenanceListener listener) {
        VehicleTraits traits = VehicleTraits.create(seed, identity, startMillis, settings.climateMix());
        return create(seed, identity, traits, settings, startMillis, listener);
    }

    /** With traits chosen by the caller (tests comparing, say, two driving styles). */
    static SimulatedVehicle create(long seed, VehicleIdentity identity, VehicleTraits traits, FleetSettings settings,
            long startMillis, MaintenanceListener listener) {
        return new SimulatedVehicle(identity, traits, settings, Seeds.random(seed, identity.index(), Seeds.PHYSICS),
                Seeds.random(seed, identity.index(), Seeds.WEAR), Seeds.random(seed, identity.index(), Seeds.SENSORS),
                startMillis, listener);
    }

    private SimulatedVehicle(VehicleIdentity identity, VehicleTraits traits, FleetSettings settings, SplittableRandom random,
            SplittableRandom wearRandom, SplittableRandom noise, long startMillis, MaintenanceListener listener) {
        this.identity = identity;
        this.traits = traits;
        this.random = random;
        this.wearRandom = wearRandom;
        this.noise = noise;
        this.tireLeakProbabilityPerTrip = settings.tireLeakProbabilityPerTrip();
        this.nowMillis = startMillis;
        this.climateOffsetC = DrivingProfile.uniform(random, -1.5, 1.5); // garage, shade, sensor placement
        // the first departure depends on the local hour at the start: estimated at the region's centre (the car's
        // position is only drawn by Motion, after the schedule, whose draws must come first)
        this.schedule = new DrivingSchedule(random, traits.drivingStyle(), traits.parkingFactor(), traits.idleDayProbability(),
                ClimateZone.solarHour(startMillis, settings.region().centerLongitude()));
        this.motion = new Motion(settings.region(), traits.drivingStyle(), traits.odometerKmAtStart(), random);
        this.ambientC = ambient();
        this.powertrain = new Powertrain(identity.model(), motion.odometerKm(), ambientC, random);
        this.tires = new TireSet(random);
        this.troubleCodes = new TroubleCodes(settings.dtcOnsetsPerEngineHour(), random);

        List<ScriptedFailure> scripted = settings.scriptsFor(identity.index());
        boolean fresh = !scripted.isEmpty(); // nothing else should fail on a scripted vehicle
        VehicleModel model = identity.model();
        int age = traits.ageDaysAtStart();
        double factor = settings.wearFactor();
        tires.initWear(model, traits.drivingStyle(), traits.climate(), age, factor, fresh, wearRandom);
        this.parts = new Parts(new Battery(model, traits.climate(), age, factor, fresh, wearRandom), new BrakePads(model, age, factor, fresh, wearRandom),
                tires, new EngineOil(model, factor, fresh, wearRandom), new CoolingSystem(age, factor, fresh, wearRandom),
                new Ignition(model, age, factor, fresh, wearRandom));
        this.scripts = new ScriptedWear(scripted, startMillis, parts);
        this.workshop = new Workshop(identity, traits.serviceHabit(), parts, troubleCodes, listener, wearRandom,
                scripts::pending, startMillis, motion.odometerKm());
        this.precursors = new PrecursorCodes(parts, troubleCodes, workshop, model, wearRandom);
        parts.battery().updateTemperature(ambientC, false);
    }

    public VehicleIdentity identity() {
        return identity;
    }

    public VehicleTraits traits() {
        return traits;
    }

    public String vin() {
        return identity.vin();
    }

    /** Simulated time (epoch ms) the vehicle's state refers to. */
    public long nowMillis() {
        return nowMillis;
    }

    /** Simulates up to {@code epochMillis} and returns what the vehicle's sensors read then. */
    public VehicleSignals advanceTo(long epochMillis) {
        advance(epochMillis);
        return readSensors();
    }

    /** Simulates up to {@code epochMillis} without reading the sensors (for samples that are not sent). */
    public void advance(long epochMillis) {
        if (epochMillis < nowMillis) {
            throw new IllegalArgumentException("time runs forward only: at " + nowMillis + ", asked for " + epochMillis);
        }
        refreshAmbient(); // changes slowly: once per sample, per parked jump and per engine start is plenty
        while (nowMillis < epochMillis) {
            long jump = parkedJumpMillis(epochMillis);
            if (jump > 0) {
                parkedJump(jump);
            } else {
                long stepMillis = Math.min(MAX_STEP_MILLIS, epochMillis - nowMillis);
                nowMillis += stepMillis;
                step(stepMillis / 1000.0);
            }
            if (nowMillis >= workshop.nextEventMillis()) {
                workshop.onTime(nowMillis, motion.odometerKm(), schedule.mode() == DrivingSchedule.Mode.PARKED);
            }
        }
    }

    public boolean engineRunning() {
        return powertrain.running();
    }

    private long parkedJumpMillis(long targetMillis) {
        if (schedule.mode() != DrivingSchedule.Mode.PARKED) {
            return 0;
        }
        if (scripts.active() && !workshop.inRepair()) {
            scripts.adjustDeparture(schedule, nowMillis);
        }
        long limit = Math.min(targetMillis - nowMillis, (long) ((schedule.parkedRemainingSeconds() - 1) * 1000));
        long next = workshop.nextEventMillis();
        if (next > nowMillis) {
            limit = Math.min(limit, next - nowMillis);
        }
        return limit >= MIN_JUMP_MILLIS ? limit : 0;
    }

    /** A parked stretch in one go; the departure itself is left to a normal step. */
    private void parkedJump(long millis) {
        double dt = millis / 1000.0;
        nowMillis += millis;
        schedule.idle(dt);
        double before = ambientC;
        ambientC = ambient();
        double mean = (before + ambientC) / 2;
        powertrain.parked(dt, mean);
        parts.battery().updateTemperature(mean, false);
        parts.battery().parked(dt);
        parts.battery().updateTemperature(ambientC, false);
        parts.oil().parked(dt);
        tires.step(dt, false);
        troubleCodes.step(dt, false, nowMillis, tires.anyLow(ambientC), random);
        if (scripts.active()) {
            scripts.apply(nowMillis, parts);
        }
    }

    private void step(double dt) {
        DrivingSchedule.Event event = schedule.step(dt, motion.speedKmh(), powertrain.fuelPct(), localHour(), random);
        if (event == DrivingSchedule.Event.TRIP_STARTED) {
            startEngine();
        } else if (event == DrivingSchedule.Event.PARKED) {
            park();
        }
        double v0 = motion.speedKmh();
        double accel = motion.step(dt, schedule.targetSpeedKmh(), schedule.profile(), random);
        boolean running = powertrain.running();
        double drift = running ? coolingDrift() : 0;
        powertrain.step(dt, motion.speedKmh(), accel, motion.lastStepKm(), ambientC, drift, troubleCodes);
        tires.step(dt, motion.speedKmh() > 0);
        if (running) {
            wearWhileRunning(dt, v0, accel);
        } else {
            parts.battery().parked(dt);
            parts.oil().parked(dt);
        }
        troubleCodes.step(dt, running, nowMillis, tires.anyLow(ambientC), random);
        if (scripts.active()) {
            scripts.apply(nowMillis, parts);
        }
    }

    private void startEngine() {
        refreshAmbient();
        Battery battery = parts.battery();
        double volts = battery.crank(powertrain.coolantC(), wearRandom);
        boolean scripted = scripts.pending(Component.BATTERY);
        if (scripted) { // the script decides when it fails: not before its time, surely at it
            volts = scripts.due(Component.BATTERY, nowMillis)
                    ? Math.min(volts, Battery.CANNOT_CRANK_VOLTS - 0.05 - Math.abs(wearRandom.nextGaussian()) * 0.1)
                    : Math.max(volts, Battery.CANNOT_CRANK_VOLTS + 0.05 + Math.abs(wearRandom.nextGaussian()) * 0.05);
            battery.setLastCrankVolts(volts);
        }
        precursors.atStart(volts, battery.openCircuitVolts(), nowMillis);
        if (volts < Battery.CANNOT_CRANK_VOLTS) {
            breakDownAtStart(Component.BATTERY);
            scripts.fired(Component.BATTERY);
            return;
        }
        if (tires.flat(ambientC) && !scripts.pending(Component.TIRES)) {
            breakDownAtStart(Component.TIRES); // the driver finds the tyre flat
            return;
        }
        powertrain.start();
        battery.updateTemperature(ambientC, true);
        tires.onTripStart(tireLeakProbabilityPerTrip, random);
    }

    private void breakDownAtStart(Component component) {
        schedule.abortTrip(workshop.fail(component, nowMillis, motion.odometerKm()));
    }

    private void park() {
        powertrain.stop();
        parts.battery().updateTemperature(ambientC, false);
        boolean refuelled = powertrain.refuelIfLow(random);
        boolean ownerActs = wearRandom.nextDouble() < traits.serviceHabit().tpmsResponse();
        if (tires.onParked(refuelled, ownerActs, ambientC)) {
            workshop.tyreFixedOnTheRoad(nowMillis, motion.odometerKm());
        }
        workshop.onTripEnd(nowMillis, motion.odometerKm());
    }

    private void wearWhileRunning(double dt, double v0Kmh, double accel) {
        double coolant = powertrain.coolantC();
        double rpm = powertrain.rpm();
        if (accel < 0) {
            double v = (v0Kmh + motion.speedKmh()) / 2 / 3.6;
            double brakeDecel = -accel - COAST_DECEL - DRAG_DECEL_PER_V2 * v * v - ENGINE_BRAKING;
            if (brakeDecel > 0) {
                parts.pads().brake(identity.model().massKg() * brakeDecel * v * dt);
            }
        }
        tires.wearTread(motion.lastStepKm());
        parts.battery().drive(dt);
        parts.oil().run(dt, coolant, rpm);
        parts.cooling().run(dt, coolant, ambientC);
        parts.ignition().run(dt, rpm, coolant);
        precursors.whileRunning(dt, nowMillis);
        if (!workshop.inRepair()) {
            Component failed = failedPart(coolant);
            if (failed != null) {
                schedule.breakDown(workshop.fail(failed, nowMillis, motion.odometerKm()));
                scripts.fired(failed);
            }
        }
    }

    /** The part that fails in this step, if any: crossed its limit (unless scripted for later) or scripted now. */
    private Component failedPart(double coolantC) {
        Component scripted = scripts.active() ? scripts.dueWhileRunning(nowMillis) : null;
        if (scripted != null) {
            return scripted;
        }
        if (parts.pads().atLimit() && !scripts.pending(Component.BRAKE_PADS)) {
            return Component.BRAKE_PADS;
        }
        if ((tires.flat(ambientC) || tires.treadAtLimit()) && !scripts.pending(Component.TIRES)) {
            return Component.TIRES;
        }
        if (parts.oil().exhausted() && !scripts.pending(Component.ENGINE_OIL)) {
            return Component.ENGINE_OIL;
        }
        if ((coolantC >= CoolingSystem.OVERHEAT_C || parts.cooling().wornOut()) && !scripts.pending(Component.COOLING)) {
            return Component.COOLING;
        }
        if (parts.ignition().wornOut() && !scripts.pending(Component.IGNITION)) {
            return Component.IGNITION;
        }
        return null;
    }

    /** A scripted cooling system runs hot but does not overheat before its time. */
    private double coolingDrift() {
        double drift = parts.cooling().driftC(motion.speedKmh(), ambientC);
        return scripts.active() && scripts.pending(Component.COOLING) ? Math.min(drift, 25) : drift;
    }

    /** What the vehicle's sensors read now (draws sensor noise: call it only for samples that are sent). */
    public VehicleSignals readSensors() {
        boolean running = powertrain.running();
        double rpmNoise = troubleCodes.misfiring() ? 120 : 25; // a misfire makes rpm rough
        Battery battery = parts.battery();
        double volts = running
                ? battery.chargingVolts() - (troubleCodes.hasSymptom(TroubleCodes.SYSTEM_VOLTAGE_LOW) ? 0.9 : 0)
                : battery.restingVolts() - (troubleCodes.hasSymptom(TroubleCodes.SYSTEM_VOLTAGE_LOW) ? 0.5 : 0);
        double crank = battery.lastCrankVolts();
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
                .oilLifeRemainingPct((double) Math.round(parts.oil().monitorPct()))
                .batteryVoltage(round(volts + noise(0.02), 100))
                .crankingVoltage(Double.isNaN(crank) ? null : round(crank, 100))
                .ambientTempC(round(ambientC + noise(0.2), 10))
                .tirePressureFrontLeftKpa(round(tires.pressureKpa(0, ambientC) + noise(0.6), 10))
                .tirePressureFrontRightKpa(round(tires.pressureKpa(1, ambientC) + noise(0.6), 10))
                .tirePressureRearLeftKpa(round(tires.pressureKpa(2, ambientC) + noise(0.6), 10))
                .tirePressureRearRightKpa(round(tires.pressureKpa(3, ambientC) + noise(0.6), 10))
                .brakePadWearFrontPct((double) Math.round(parts.pads().frontWearPct()))
                .brakePadWearRearPct((double) Math.round(parts.pads().rearWearPct()))
                .dtcs(troubleCodes.codes())
                .build();
    }

    private void refreshAmbient() {
        ambientC = ambient();
        parts.battery().updateTemperature(ambientC, powertrain.running());
    }

    private double ambient() {
        return traits.climate().ambientC(nowMillis, motion.longitude()) + climateOffsetC;
    }

    private double localHour() {
        return ClimateZone.solarHour(nowMillis, motion.longitude());
    }

    private double noise(double sigma) {
        return noise.nextGaussian() * sigma;
    }

    /** Rounds to 1/{@code scale}; monotonic, so a rising quantity (odometer, engine hours) never appears to fall. */
    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }

    // read-only views for tests of the physics and the wear models
    boolean tireLeaking() {
        return tires.leaking();
    }

    DrivingSchedule.Mode mode() {
        return schedule.mode();
    }

    Parts parts() {
        return parts;
    }

    boolean inRepair() {
        return workshop.inRepair();
    }

    double ambientC() {
        return ambientC;
    }

    double coolantC() {
        return powertrain.coolantC();
    }
}
