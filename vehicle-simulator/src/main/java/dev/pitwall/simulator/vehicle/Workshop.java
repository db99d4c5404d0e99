package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import dev.pitwall.simulator.vehicle.MaintenanceEvent.Kind;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Everything that resets a part, and the ground truth about it. A failed part is repaired (replaced) after a few
 * days' downtime: FAILURE, then REPAIR. Services: the owner books one when it is due (oil-life reading, time or
 * distance since the last one, as their {@link ServiceHabit} has it; some owners put it off); the workshop changes
 * the oil and replaces what it finds worn. A warning (trouble code, wear indicator) makes some owners book a
 * visit earlier: the workshop replaces what it finds worn and changes the oil only if the service is nearly due.
 * Every part reset is a SERVICE event. Owners also have leaking tyres fixed on the road (SERVICE for the tyres).
 */
final class Workshop {

    static final long NONE = Long.MAX_VALUE;
    private static final long DAY = 86_400_000L;
    private static final long HOUR = 3_600_000L;
    /** Pads that the wear indicator reports, brake-pad wear code: manufacturer-specific chassis range. */
    static final String PAD_WEAR_WARNING = "C1100";
    /** At a visit for a warning, the oil is changed too if the service is this close to due (share of interval). */
    private static final double NEARLY_DUE = 0.75;
    /** Below this, a worn part is replaced at a visit even without a complaint (now and then: it is checked). */
    private static final double IGNITION_WORN = 0.1;
    private static final double BATTERY_WORN_SOH = 0.6;
    private static final double COOLING_WORN = 0.35;

    private final VehicleIdentity identity;
    private final ServiceHabit habit;
    private final Parts parts;
    private final TroubleCodes codes;
    private final MaintenanceListener listener;
    private final SplittableRandom random;
    /** Parts a workshop must leave alone (a scripted failure is still to come). */
    private final Predicate<Component> untouchable;
    private final double intervalKm;
    private double intervalDays;
    private long lastServiceMillis;
    private double lastServiceKm;
    private long appointmentMillis = NONE;
    private long noticeNotBefore;
    private Component inRepair;
    private long repairAtMillis = NONE;

    Workshop(VehicleIdentity identity, ServiceHabit habit, Parts parts, TroubleCodes codes, MaintenanceListener listener,
            SplittableRandom random, Predicate<Component> untouchable, long startMillis, double odometerKm) {
        this.identity = identity;
        this.habit = habit;
        this.parts = parts;
        this.codes = codes;
        this.listener = listener;
        this.random = random;
        this.untouchable = untouchable;
        this.intervalKm = identity.model().oilServiceKm() * habit.intervalKmFactor();
        this.intervalDays = nextIntervalDays();
        // the last service is where the oil-life reading says it was
        double used = 1 - parts.oil().monitorPct() / 100;
        this.lastServiceMillis = startMillis - (long) (used * intervalDays * DAY);
        this.lastServiceKm = odometerKm - used * intervalKm * 0.7;
    }

    boolean inRepair() {
        return inRepair != null;
    }

    /** The next time something is due: a repair finished or a service appointment. */
    long nextEventMillis() {
        return Math.min(repairAtMillis, appointmentMillis);
    }

    /** A part failed: records it and returns how long the car stays off the road, seconds. */
    double fail(Component component, long nowMillis, double odometerKm) {
        emit(component, Kind.FAILURE, nowMillis, odometerKm);
        switch (component) {
            case BATTERY -> codes.latch(TroubleCodes.SYSTEM_VOLTAGE_LOW);
            case ENGINE_OIL -> codes.latch(EngineOil.PRESSURE_TOO_LOW);
            case COOLING -> codes.latch(CoolingSystem.OVER_TEMPERATURE);
            case IGNITION -> {
                codes.latch(parts.ignition().cylinderCode());
                codes.latch(Ignition.RANDOM_MISFIRE);
            }
            default -> { } // worn pads show C1100 already, a flat tyre C0750
        }
        double downtimeDays = switch (component) {
            case BATTERY -> uniform(1, 3);
            case BRAKE_PADS -> uniform(1, 4);
            case TIRES -> uniform(0.5, 2);
            case ENGINE_OIL -> uniform(3, 8);
            case COOLING -> uniform(2, 6);
            case IGNITION -> uniform(1, 4);
        };
        inRepair = component;
        repairAtMillis = nowMillis + (long) (downtimeDays * DAY);
        double pickUpHours = uniform(0.5, 4);
        return downtimeDays * 86_400 + pickUpHours * 3600;
    }

    /** Repairs and services whose time has come; a service only while the car stands (not during a trip). */
    void onTime(long nowMillis, double odometerKm, boolean parked) {
        if (inRepair != null && nowMillis >= repairAtMillis) {
            repair(nowMillis, odometerKm);
        }
        if (inRepair == null && parked && nowMillis >= appointmentMillis) {
            service(nowMillis, odometerKm);
        }
    }

    /** After each trip: is a service due, and will the owner book it now? */
    void onTripEnd(long nowMillis, double odometerKm) {
        if (appointmentMillis != NONE || inRepair != null || nowMillis < noticeNotBefore) {
            return;
        }
        if (!serviceDue(nowMillis, odometerKm, 1)) {
            return;
        }
        if (random.nextDouble() < habit.skipProbability()) {
            noticeNotBefore = nowMillis + (long) (uniform(20, 60) * DAY);
            return;
        }
        appointmentMillis = nowMillis + Math.max(6 * HOUR, (long) (exponential(habit.meanReactionDays()) * DAY));
    }

    /** A new warning the driver can see (trouble code, wear indicator): some owners book a visit. */
    void onWarning(long nowMillis) {
        if (appointmentMillis == NONE && inRepair == null && random.nextDouble() < habit.warningResponse()) {
            appointmentMillis = nowMillis + Math.max(2 * HOUR, (long) (exponential(habit.meanReactionDays() / 2) * DAY));
        }
    }

    /** The owner had a leaking tyre fixed on the way. */
    void tyreFixedOnTheRoad(long nowMillis, double odometerKm) {
        emit(Component.TIRES, Kind.SERVICE, nowMillis, odometerKm);
    }

    private void repair(long nowMillis, double odometerKm) {
        Component component = inRepair;
        switch (component) {
            case BATTERY -> {
                parts.battery().replace(random);
                codes.release(TroubleCodes.SYSTEM_VOLTAGE_LOW);
            }
            case BRAKE_PADS -> {
                parts.pads().replaceThinnerThan(BrakePads.REPLACE_AT_SERVICE_MM, random);
                codes.release(PAD_WEAR_WARNING);
            }
            case TIRES -> {
                parts.tires().fixLeak();
                parts.tires().replaceThinnerThan(TireSet.REPLACE_AT_SERVICE_MM);
            }
            case ENGINE_OIL -> {
                parts.oil().refill(random);
                codes.release(EngineOil.PRESSURE_TOO_LOW);
                codes.release(EngineOil.PRESSURE_CIRCUIT);
            }
            case COOLING -> {
                parts.cooling().renew(random);
                releaseCoolingCodes();
            }
            case IGNITION -> {
                releaseMisfireCodes();
                parts.ignition().renew(random);
            }
        }
        inRepair = null;
        repairAtMillis = NONE;
        emit(component, Kind.REPAIR, nowMillis, odometerKm);
        if (appointmentMillis != NONE) {
            service(nowMillis, odometerKm); // the workshop does the booked service with the repair
        }
    }

    /** Due by the owner's measure; {@code share} below 1 asks whether it is nearly due. */
    private boolean serviceDue(long nowMillis, double odometerKm, double share) {
        double oilUsedPct = 100 - parts.oil().monitorPct();
        return oilUsedPct >= (100 - habit.oilDueAtPct()) * share
                || nowMillis - lastServiceMillis >= intervalDays * DAY * share
                || odometerKm - lastServiceKm >= intervalKm * share;
    }

    private void service(long nowMillis, double odometerKm) {
        appointmentMillis = NONE;
        noticeNotBefore = nowMillis;
        if (serviceDue(nowMillis, odometerKm, NEARLY_DUE)) {
            lastServiceMillis = nowMillis;
            lastServiceKm = odometerKm;
            intervalDays = nextIntervalDays();
            if (!untouchable.test(Component.ENGINE_OIL)) {
                parts.oil().refill(random);
                codes.release(EngineOil.PRESSURE_CIRCUIT);
                emit(Component.ENGINE_OIL, Kind.SERVICE, nowMillis, odometerKm);
            }
        }
        if (!untouchable.test(Component.BRAKE_PADS) && random.nextDouble() < 0.95
                && parts.pads().replaceThinnerThan(BrakePads.REPLACE_AT_SERVICE_MM, random)) {
            codes.release(PAD_WEAR_WARNING);
            emit(Component.BRAKE_PADS, Kind.SERVICE, nowMillis, odometerKm);
        }
        if (!untouchable.test(Component.TIRES)) {
            boolean leak = parts.tires().leaking();
            parts.tires().fixLeak();
            if (parts.tires().replaceThinnerThan(TireSet.REPLACE_AT_SERVICE_MM) || leak) {
                emit(Component.TIRES, Kind.SERVICE, nowMillis, odometerKm);
            }
        }
        // a part the workshop is told about (an active code) is usually fixed; a worn one it finds now and then
        boolean lowVoltage = codes.isActive(TroubleCodes.SYSTEM_VOLTAGE_LOW) || codes.isActive("U3003") || codes.isActive("B1676");
        if (!untouchable.test(Component.BATTERY) && ((lowVoltage && random.nextDouble() < 0.5)
                || (parts.battery().soh() < BATTERY_WORN_SOH && random.nextDouble() < 0.5))) {
            parts.battery().replace(random); // the battery test at the service says "replace"
            emit(Component.BATTERY, Kind.SERVICE, nowMillis, odometerKm);
        }
        if (!untouchable.test(Component.IGNITION) && ((codes.misfiring() && random.nextDouble() < 0.5)
                || (parts.ignition().health() < IGNITION_WORN && random.nextDouble() < 0.3))) {
            releaseMisfireCodes();
            parts.ignition().renew(random);
            emit(Component.IGNITION, Kind.SERVICE, nowMillis, odometerKm);
        }
        if (!untouchable.test(Component.COOLING) && parts.cooling().health() < COOLING_WORN && random.nextDouble() < 0.5) {
            parts.cooling().renew(random); // a weeping pump or a sticking thermostat spotted
            releaseCoolingCodes();
            emit(Component.COOLING, Kind.SERVICE, nowMillis, odometerKm);
        }
    }

    private void releaseMisfireCodes() {
        codes.release(parts.ignition().cylinderCode());
        codes.release(Ignition.RANDOM_MISFIRE);
    }

    private void releaseCoolingCodes() {
        codes.release(CoolingSystem.OVER_TEMPERATURE);
        codes.release(CoolingSystem.SENSOR_RANGE);
        codes.release(TroubleCodes.THERMOSTAT);
    }

    private void emit(Component component, Kind kind, long nowMillis, double odometerKm) {
        listener.on(new MaintenanceEvent(identity.vin(), identity.model(), component, kind, nowMillis, odometerKm));
    }

    private double nextIntervalDays() {
        return habit.serviceIntervalDays() * uniform(0.9, 1.15);
    }

    private double uniform(double min, double max) {
        return DrivingProfile.uniform(random, min, max);
    }

    private double exponential(double mean) {
        return -StrictMath.log(1 - random.nextDouble()) * mean;
    }
}
