package dev.pitwall.simulator.vehicle;

import dev.pitwall.core.maintenance.Component;
import java.util.EnumMap;
import java.util.Map;

/**
 * How much faster than in real life the components wear, so that a year of a few hundred vehicles yields dozens
 * of failures of each (docs/simulator.md shows the measured counts). Each component model states its realistic
 * rate; the simulator multiplies it by the acceleration here and by the run's wear factor ({@code --wear-factor}).
 */
final class Wear {

    private static final Map<Component, Double> ACCELERATION = new EnumMap<>(Map.of(
            Component.BATTERY, 4.0,
            Component.BRAKE_PADS, 2.0,
            Component.TIRES, 1.5,
            Component.ENGINE_OIL, 2.0,
            Component.COOLING, 7.0,
            Component.IGNITION, 6.0));

    private Wear() {
    }

    /** The built-in acceleration of a component's degradation over its realistic rate. */
    static double acceleration(Component component) {
        return ACCELERATION.get(component);
    }

    /** Built-in acceleration times the run's factor. */
    static double rate(Component component, double wearFactor) {
        return acceleration(component) * wearFactor;
    }

    /** Draws the fraction of a component's life used when the simulation starts, given the car's age. */
    static double lifeUsedAtStart(java.util.SplittableRandom random, int ageDays, double lifeDays) {
        return random.nextDouble() * Math.min(1, ageDays / lifeDays);
    }

    /** Unit-to-unit spread of a part's wear rate: log-normal, median 1. */
    static double unitRate(java.util.SplittableRandom random, double sigma) {
        return StrictMath.exp(random.nextGaussian() * sigma);
    }
}
