package dev.pitwall.simulator.vehicle;

/**
 * A part whose whole condition is one hidden health, 1 = new and 0 = worn out (the cooling system, the
 * ignition); its remaining life is that health. Subclasses wear it down and renew it.
 */
abstract class HiddenHealth {

    protected double health;

    boolean wornOut() {
        return health <= 0;
    }

    double health() {
        return health;
    }

    double remainingLife() {
        return health;
    }

    /** Scripted wear sets the remaining life directly. */
    void setRemainingLife(double r) {
        health = r;
    }
}
