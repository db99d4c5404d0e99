package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import java.util.SplittableRandom;

/**
 * Spark plugs and coils as one hidden health (1 = new, 0 = worn out), worn by engine revolutions and heat; one
 * cylinder's coil is the weak one. Misfire episodes (P030n for the weak cylinder n, sometimes P0300 random
 * misfire) come at {@code 0.004 + 1.5 · (1 − h)^6} per engine hour: rare for most of the parts' life, then more
 * and more frequent. Each makes the engine run rough. Failure: health at 0, a persistent misfire.
 */
final class Ignition extends HiddenHealth {

    static final String RANDOM_MISFIRE = "P0300";
    /** Realistic life of plugs and coils, engine hours at 2,000 rpm (about 90,000 km). */
    private static final double LIFE_HOURS = 2_500;
    private static final double LIFE_DAYS = 6 * 365;

    private final double wearRate;
    private final int cylinders;
    private double unitRate;
    private int weakCylinder;

    Ignition(VehicleModel model, int ageDays, double wearFactor, boolean fresh, SplittableRandom random) {
        this.wearRate = Wear.rate(Component.IGNITION, wearFactor);
        this.cylinders = model.cylinders();
        this.unitRate = Wear.unitRate(random, 0.3);
        this.weakCylinder = 1 + random.nextInt(cylinders);
        this.health = 1 - (fresh ? 0 : Wear.lifeUsedAtStart(random, ageDays, LIFE_DAYS)) * 0.85;
    }

    void run(double dt, double rpm, double coolantC) {
        double stress = rpm / 2000 * (1 + Math.max(0, coolantC - 100) / 20);
        health -= dt / (LIFE_HOURS * 3600) * wearRate * unitRate * stress;
    }

    double misfireRatePerHour() {
        double worn = 1 - Math.max(0, health);
        double w2 = worn * worn;
        return 0.004 + 1.5 * w2 * w2 * w2;
    }

    /** The code a misfire episode sets. */
    String misfireCode(SplittableRandom random) {
        return random.nextDouble() < 0.75 ? cylinderCode() : RANDOM_MISFIRE;
    }

    String cylinderCode() {
        return "P030" + weakCylinder;
    }

    void renew(SplittableRandom random) {
        health = DrivingProfile.uniform(random, 0.97, 1.0);
        unitRate = Wear.unitRate(random, 0.3);
        weakCylinder = 1 + random.nextInt(cylinders);
    }
}
