package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import java.util.SplittableRandom;

/**
 * Thermostat, water pump and radiator as one hidden health (1 = new, 0 = worn out). It wears with engine running
 * time, faster when the engine runs hot or the air is hot. A worn system cannot hold the thermostat's
 * temperature under load: the coolant drifts above 90 °C by
 * {@code 34 °C · (1 − h)² · (0.5 + 0.5 · min(1.3, v / 110 km/h)) · (1 + max(0, T_air − 15 °C) / 35 °C)}, so it shows
 * first on fast, hot drives. Precursors: intermittent thermostat (P0128) and coolant sensor plausibility (P0116)
 * codes as health falls below 0.45. Failure: coolant at {@link #OVERHEAT_C} (P0217) or health at 0.
 */
final class CoolingSystem extends HiddenHealth {

    static final double OVERHEAT_C = 118;
    static final String OVER_TEMPERATURE = "P0217";
    static final String SENSOR_RANGE = "P0116";
    /** Realistic life of pump and thermostat, engine hours (about 10 years of typical use). */
    private static final double LIFE_HOURS = 5_000;
    private static final double LIFE_DAYS = 9 * 365;

    private final double wearRate;
    private double unitRate;

    CoolingSystem(int ageDays, double wearFactor, boolean fresh, SplittableRandom random) {
        this.wearRate = Wear.rate(Component.COOLING, wearFactor);
        this.unitRate = Wear.unitRate(random, 0.35);
        this.health = 1 - (fresh ? 0 : Wear.lifeUsedAtStart(random, ageDays, LIFE_DAYS)) * 0.85;
    }

    void run(double dt, double coolantC, double ambientC) {
        double stress = (1 + 0.08 * Math.max(0, coolantC - 95)) * (1 + Math.max(0, ambientC - 25) / 15);
        health -= dt / (LIFE_HOURS * 3600) * wearRate * unitRate * stress;
    }

    /** How far above the thermostat's temperature the coolant settles at this load, °C. */
    double driftC(double speedKmh, double ambientC) {
        double worn = 1 - Math.max(0, health);
        return 34 * worn * worn * (0.5 + 0.5 * Math.min(1.3, speedKmh / 110)) * (1 + Math.max(0, ambientC - 15) / 35);
    }

    double precursorRatePerHour() {
        if (health >= 0.45) {
            return 0;
        }
        double x = (0.45 - health) / 0.45;
        return 0.6 * x * x;
    }

    void renew(SplittableRandom random) {
        health = DrivingProfile.uniform(random, 0.97, 1.0);
        unitRate = Wear.unitRate(random, 0.35);
    }
}
