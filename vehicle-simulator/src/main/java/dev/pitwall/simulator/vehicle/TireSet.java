package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import java.util.SplittableRandom;

/**
 * The four tyres: pressures and tread. Each tyre has its own cold pressure; pressure follows ambient temperature
 * and rises while driving as the tyres warm. Now and then one tyre starts a leak (most slow, some fast, such as
 * a nail), which continues while parked; the owner has it fixed at a refuelling stop, once the loss is obvious,
 * or when the TPMS warning (C0750) makes them act. Tread wears with distance, faster on the driven axle and for
 * aggressive drivers. Failure: a tyre below {@link #FLAT_KPA} (found at a start or while driving) or an axle's
 * tread at {@link #TREAD_LIMIT_MM}. Tread is not measured by the car: only the pressures are observable.
 */
final class TireSet {

    /** TPMS warning threshold (C0750): well below the 230-250 kPa the fleet runs at. */
    static final double LOW_PRESSURE_KPA = 200;
    /** Below this a tyre is flat enough to be unsafe: the failure. */
    static final double FLAT_KPA = 160;
    static final double TREAD_LIMIT_MM = 1.6;
    static final double REPLACE_AT_SERVICE_MM = 3.0;
    private static final double NEW_TREAD_MM = 8.0;
    /** Realistic tread wear on a non-driven axle at a normal style, mm per 1,000 km. */
    private static final double MM_PER_1000_KM = 0.11;
    private static final double DRIVEN_AXLE_FACTOR = 1.3;
    private static final double KPA_PER_DEGREE = 0.4;     // damped: drivers top up in winter
    private static final double WARM_RISE_KPA = 10;
    private static final double MAX_LEAK_LOSS_KPA = 150;
    private static final double OBVIOUS_LOSS_KPA = 45;
    private static final double FAST_LEAK_SHARE = 0.08;
    private static final double LIFE_DAYS = 3.5 * 365;

    private final double[] coldKpa = new double[4];
    private final double[] leakLossKpa = new double[4];
    private final double[] treadMm = new double[2]; // front, rear
    private final double[] treadWearPerKm = new double[2];
    private int leakingTire = -1;
    private double leakKpaPerHour;
    private boolean scriptedLeak;
    private double warmth; // 0 = cold, 1 = at driving temperature

    TireSet(SplittableRandom random) {
        double nominal = DrivingProfile.uniform(random, 236, 244);
        for (int i = 0; i < 4; i++) {
            coldKpa[i] = nominal + DrivingProfile.uniform(random, -3, 3);
        }
        treadMm[0] = NEW_TREAD_MM;
        treadMm[1] = NEW_TREAD_MM;
    }

    /** Tread state and wear rates; separate from the constructor so the physics stream stays as it was. */
    void initWear(VehicleModel model, DrivingStyle style, ClimateZone climate, int ageDays, double wearFactor, boolean fresh,
            SplittableRandom random) {
        double perKm = MM_PER_1000_KM / 1000 * style.tireWearFactor() * (climate == ClimateZone.HOT ? 1.1 : 1)
                * Wear.rate(Component.TIRES, wearFactor);
        treadWearPerKm[0] = perKm * (model.rearWheelDrive() ? 1 : DRIVEN_AXLE_FACTOR);
        treadWearPerKm[1] = perKm * (model.rearWheelDrive() ? DRIVEN_AXLE_FACTOR : 1);
        for (int axle = 0; axle < 2; axle++) {
            double used = fresh ? 0 : Wear.lifeUsedAtStart(random, ageDays, LIFE_DAYS);
            treadMm[axle] = NEW_TREAD_MM - used * (NEW_TREAD_MM - 2.2);
        }
    }

    /** Warmth and leaks over {@code dt} seconds, parked or driving; exact for any {@code dt}. */
    void step(double dt, boolean driving) {
        double target = driving ? 1 : 0;
        warmth += (target - warmth) * Decay.fraction(dt / (driving ? 600 : 900));
        if (leakingTire >= 0) {
            leakLossKpa[leakingTire] = Math.min(MAX_LEAK_LOSS_KPA, leakLossKpa[leakingTire] + leakKpaPerHour * dt / 3600);
        }
    }

    void wearTread(double km) {
        treadMm[0] -= km * treadWearPerKm[0];
        treadMm[1] -= km * treadWearPerKm[1];
    }

    void onTripStart(double leakProbability, SplittableRandom random) {
        if (leakingTire < 0 && random.nextDouble() < leakProbability) {
            leakingTire = random.nextInt(4);
            leakKpaPerHour = random.nextDouble() < FAST_LEAK_SHARE
                    ? DrivingProfile.uniform(random, 6, 20) : DrivingProfile.uniform(random, 0.5, 3);
        }
    }

    /**
     * At a stop: a refuelling stop, an obviously soft tyre, or a TPMS warning the owner acts on gets the puncture
     * repaired and the tyre re-inflated. True if a leak was fixed.
     */
    boolean onParked(boolean refuelled, boolean ownerActsOnWarning, double ambientC) {
        if (leakingTire < 0 || scriptedLeak) {
            return false;
        }
        boolean warned = pressureKpa(leakingTire, ambientC) < LOW_PRESSURE_KPA;
        if (refuelled || leakLossKpa[leakingTire] > OBVIOUS_LOSS_KPA || (warned && ownerActsOnWarning)) {
            fixLeak();
            return true;
        }
        return false;
    }

    double pressureKpa(int tire, double ambientC) {
        return coldKpa[tire] - leakLossKpa[tire] + KPA_PER_DEGREE * (ambientC - 15) + WARM_RISE_KPA * warmth;
    }

    boolean anyLow(double ambientC) {
        return lowestPressureKpa(ambientC) < LOW_PRESSURE_KPA;
    }

    double lowestPressureKpa(double ambientC) {
        double lowest = Double.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            lowest = Math.min(lowest, pressureKpa(i, ambientC));
        }
        return lowest;
    }

    boolean flat(double ambientC) {
        return lowestPressureKpa(ambientC) < FLAT_KPA;
    }

    boolean treadAtLimit() {
        return treadMm[0] <= TREAD_LIMIT_MM || treadMm[1] <= TREAD_LIMIT_MM;
    }

    boolean leaking() {
        return leakingTire >= 0;
    }

    double treadMm(int axle) {
        return treadMm[axle];
    }

    /** Scripted failure: a slow leak on the front left tyre that the owner ignores, flat at {@code r = 0}. */
    void setRemainingLife(double r) {
        scriptedLeak = true;
        leakingTire = 0;
        leakKpaPerHour = 0;
        leakLossKpa[0] = Math.max(0, (1 - r) * (coldKpa[0] - FLAT_KPA + 5));
    }

    double remainingLife() {
        return scriptedLeak ? 1 - leakLossKpa[0] / (coldKpa[0] - FLAT_KPA + 5) : 1;
    }

    void fixLeak() {
        if (leakingTire >= 0) {
            leakLossKpa[leakingTire] = 0;
        }
        leakingTire = -1;
        scriptedLeak = false;
    }

    /** New tyres on every axle worn below {@code thresholdMm}; true if any were fitted. */
    boolean replaceThinnerThan(double thresholdMm) {
        boolean replaced = false;
        for (int axle = 0; axle < 2; axle++) {
            if (treadMm[axle] < thresholdMm) {
                treadMm[axle] = NEW_TREAD_MM;
                replaced = true;
            }
        }
        return replaced;
    }
}
