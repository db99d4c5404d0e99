package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import java.util.SplittableRandom;

/**
 * Engine oil. The car's oil-life monitor counts the oil's life down from 100 % with engine running time,
 * weighted by how hard that time was on the oil: a cold engine (short trips: condensation and fuel in the oil)
 * and a hot one age it faster, high rpm too, and the oil also ages slowly with the calendar. The true condition
 * (hidden) follows the same stresses times a per-fill quality factor the monitor does not know, so the reading
 * is informative but not exact. Past 0 % the oil keeps degrading: intermittent low-oil-pressure codes (P0520)
 * appear, and when its true life is overrun by the engine's tolerance, oil pressure collapses (P0524): the
 * failure.
 */
final class EngineOil {

    static final String PRESSURE_CIRCUIT = "P0520";
    static final String PRESSURE_TOO_LOW = "P0524";
    /** Average speed over engine running time in this simulator's driving, km/h: converts the interval to hours. */
    private static final double KM_PER_ENGINE_HOUR = 55;
    private static final double CALENDAR_LIFE_DAYS = 730;

    private final double nominalLifeSeconds;
    private final double wearRate;
    private double monitorLife;   // what the oil-life monitor shows, 1..0 (clamped when read)
    private double trueLife;      // 1..0, negative once overrun
    private double quality;       // > 1: this fill ages faster than the monitor assumes
    private double overrunTolerance;

    EngineOil(VehicleModel model, double wearFactor, boolean fresh, SplittableRandom random) {
        this.nominalLifeSeconds = model.oilServiceKm() / KM_PER_ENGINE_HOUR * 3600;
        this.wearRate = Wear.rate(Component.ENGINE_OIL, wearFactor);
        refill(random);
        if (!fresh) { // the last oil change was somewhere in the past interval
            double used = random.nextDouble() * 0.95;
            monitorLife = 1 - used;
            trueLife = 1 - used * quality;
        }
    }

    /** Engine running for {@code dt} seconds at this coolant temperature and rpm. */
    void run(double dt, double coolantC, double rpm) {
        double thermal;
        if (coolantC < 60) {
            thermal = 2.5;
        } else if (coolantC < 80) {
            thermal = 1.5;
        } else if (coolantC <= 100) {
            thermal = 1.0;
        } else {
            thermal = 1 + 0.15 * (coolantC - 100);
        }
        double used = dt / nominalLifeSeconds * wearRate * thermal * (0.6 + 0.4 * rpm / 2200);
        monitorLife -= used;
        trueLife -= used * quality;
    }

    void parked(double dt) {
        double used = dt / (CALENDAR_LIFE_DAYS * 86_400) * wearRate;
        monitorLife -= used;
        trueLife -= used * quality;
    }

    /** The oil-life monitor's reading, percent. */
    double monitorPct() {
        return Math.max(0, monitorLife) * 100;
    }

    boolean exhausted() {
        return trueLife <= -overrunTolerance;
    }

    /** Intermittent low-oil-pressure readings once the oil is past its true life, per engine hour. */
    double precursorRatePerHour() {
        if (trueLife >= 0) {
            return 0;
        }
        double x = Math.min(1, -trueLife / overrunTolerance);
        return 0.02 + 1.0 * x * x;
    }

    /** 1 = fresh, 0 = at the failure limit. */
    double remainingLife() {
        return (trueLife + overrunTolerance) / (1 + overrunTolerance);
    }

    void setRemainingLife(double r) {
        trueLife = r * (1 + overrunTolerance) - overrunTolerance;
        monitorLife = trueLife / quality;
    }

    /** An oil change (service or repair). */
    void refill(SplittableRandom random) {
        monitorLife = 1;
        trueLife = 1;
        quality = DrivingProfile.uniform(random, 0.85, 1.25);
        overrunTolerance = DrivingProfile.uniform(random, 0.15, 0.4);
    }
}
