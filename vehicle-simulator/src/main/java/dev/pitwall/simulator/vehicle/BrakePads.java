package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import java.util.SplittableRandom;

/**
 * Front and rear brake pads. Hidden state: friction material left on each axle, mm. It wears with the energy
 * the brakes turn into heat: {@code E = m · a_brake · v · dt}, where {@code a_brake} is the deceleration beyond
 * what drag, rolling resistance and engine braking already provide, so hard, late braking from speed wears
 * most. The front axle takes about 70 % of it. Observable: the car's own wear estimate per axle (VSS
 * {@code Brake.PadWear}, percent of the usable material, 100 = at the limit), which has a calibration error of a
 * few percent per set of pads; the wear indicator code near the end. Failure: an axle at {@link #LIMIT_MM}.
 */
final class BrakePads {

    static final double LIMIT_MM = 2.0;
    /** The wear indicator (second stage of the wear sensor) trips here. */
    static final double WARNING_MM = 3.0;
    /** A workshop replaces pads thinner than this at a service. */
    static final double REPLACE_AT_SERVICE_MM = 3.5;
    private static final double FRONT_SHARE = 0.7;
    /**
     * Realistic wear: about 8.8 mm per GJ of braking energy on an axle, which gives front pads some 45,000 km
     * in this simulator's mixed driving at a normal style (measured, see docs/simulator.md).
     */
    private static final double MM_PER_JOULE = 8.8e-9;
    private static final double LIFE_DAYS = 3.0 * 365;

    private final double newFrontMm;
    private final double newRearMm;
    private final double mmPerJoule;
    private double frontMm;
    private double rearMm;
    private double frontBias;
    private double rearBias;

    BrakePads(VehicleModel model, int ageDays, double wearFactor, boolean fresh, SplittableRandom random) {
        this.newFrontMm = model.frontPadMm();
        this.newRearMm = model.rearPadMm();
        this.mmPerJoule = MM_PER_JOULE * Wear.rate(Component.BRAKE_PADS, wearFactor);
        // rear pads last about twice as long: fewer of them are far through their life
        double frontUsed = fresh ? 0 : Wear.lifeUsedAtStart(random, ageDays, LIFE_DAYS);
        double rearUsed = fresh ? 0 : Wear.lifeUsedAtStart(random, ageDays, 2 * LIFE_DAYS);
        this.frontMm = newFrontMm - frontUsed * (newFrontMm - WARNING_MM - 0.3);
        this.rearMm = newRearMm - rearUsed * (newRearMm - WARNING_MM - 0.3);
        this.frontBias = calibrationError(random);
        this.rearBias = calibrationError(random);
    }

    /** Heat put into the brakes, J. */
    void brake(double joules) {
        frontMm -= joules * FRONT_SHARE * mmPerJoule;
        rearMm -= joules * (1 - FRONT_SHARE) * mmPerJoule;
    }

    boolean atLimit() {
        return frontMm <= LIMIT_MM || rearMm <= LIMIT_MM;
    }

    boolean warning() {
        return frontMm <= WARNING_MM || rearMm <= WARNING_MM;
    }

    /** The car's estimate for the front axle: percent of the usable material worn. */
    double frontWearPct() {
        return estimate(newFrontMm, frontMm, frontBias);
    }

    double rearWearPct() {
        return estimate(newRearMm, rearMm, rearBias);
    }

    double frontMm() {
        return frontMm;
    }

    double rearMm() {
        return rearMm;
    }

    /** 1 = new, 0 = at the limit (the more worn axle). */
    double remainingLife() {
        return Math.min((frontMm - LIMIT_MM) / (newFrontMm - LIMIT_MM), (rearMm - LIMIT_MM) / (newRearMm - LIMIT_MM));
    }

    /** Scripts the front axle (the one that wears out first). */
    void setRemainingLife(double r) {
        frontMm = LIMIT_MM + r * (newFrontMm - LIMIT_MM);
        rearMm = Math.max(rearMm, LIMIT_MM + 0.2 * (newRearMm - LIMIT_MM));
    }

    /** Replaces the pads of every axle thinner than {@code thresholdMm}; true if any were replaced. */
    boolean replaceThinnerThan(double thresholdMm, SplittableRandom random) {
        boolean replaced = false;
        if (frontMm < thresholdMm) {
            frontMm = newFrontMm;
            frontBias = calibrationError(random);
            replaced = true;
        }
        if (rearMm < thresholdMm) {
            rearMm = newRearMm;
            rearBias = calibrationError(random);
            replaced = true;
        }
        return replaced;
    }

    private static double estimate(double newMm, double mm, double bias) {
        double worn = (newMm - mm) / (newMm - LIMIT_MM) * 100 * (1 + bias);
        return Math.max(0, Math.min(100, worn));
    }

    private static double calibrationError(SplittableRandom random) {
        return DrivingProfile.uniform(random, -0.06, 0.06);
    }
}
