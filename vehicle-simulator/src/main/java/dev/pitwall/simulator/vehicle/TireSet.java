package dev.pitwall.simulator.vehicle;

import java.util.SplittableRandom;

/**
 * The four tire pressures. Each tire has its own cold pressure; pressure follows ambient temperature and rises
 * while driving as the tires warm. Now and then one tire starts a slow leak, which the driver has fixed once the
 * loss is obvious or at the next refuelling stop.
 */
final class TireSet {

    /** TPMS warning threshold (C0750): well below the 230-250 kPa the fleet runs at. */
    static final double LOW_PRESSURE_KPA = 200;
    private static final double KPA_PER_DEGREE = 0.4;     // damped: drivers top up in winter
    private static final double WARM_RISE_KPA = 10;
    private static final double MAX_LEAK_LOSS_KPA = 150;

    private final double[] coldKpa = new double[4];
    private final double[] leakLossKpa = new double[4];
    private int leakingTire = -1;
    private double leakKpaPerHour;
    private double warmth; // 0 = cold, 1 = at driving temperature

    TireSet(SplittableRandom random) {
        double nominal = DrivingProfile.uniform(random, 236, 244);
        for (int i = 0; i < 4; i++) {
            coldKpa[i] = nominal + DrivingProfile.uniform(random, -3, 3);
        }
    }

    void step(double dt, boolean driving) {
        double target = driving ? 1 : 0;
        warmth += (target - warmth) * (1 - StrictMath.exp(-dt / (driving ? 600 : 900)));
        if (leakingTire >= 0) {
            leakLossKpa[leakingTire] = Math.min(MAX_LEAK_LOSS_KPA, leakLossKpa[leakingTire] + leakKpaPerHour * dt / 3600);
        }
    }

    void onTripStart(double leakProbability, SplittableRandom random) {
        if (leakingTire < 0 && random.nextDouble() < leakProbability) {
            leakingTire = random.nextInt(4);
            leakKpaPerHour = DrivingProfile.uniform(random, 1, 4);
        }
    }

    /** At a stop: a refuelling stop or an obviously soft tire gets the puncture repaired and the tire re-inflated. */
    void onParked(boolean refuelled) {
        if (leakingTire >= 0 && (refuelled || leakLossKpa[leakingTire] > 60)) {
            leakLossKpa[leakingTire] = 0;
            leakingTire = -1;
        }
    }

    double pressureKpa(int tire, double ambientC) {
        return coldKpa[tire] - leakLossKpa[tire] + KPA_PER_DEGREE * (ambientC - 15) + WARM_RISE_KPA * warmth;
    }

    boolean anyLow(double ambientC) {
        for (int i = 0; i < 4; i++) {
            if (pressureKpa(i, ambientC) < LOW_PRESSURE_KPA) {
                return true;
            }
        }
        return false;
    }

    boolean leaking() {
        return leakingTire >= 0;
    }
}
