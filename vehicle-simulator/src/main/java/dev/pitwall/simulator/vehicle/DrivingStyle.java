package dev.pitwall.simulator.vehicle;

/**
 * How a driver drives, whatever the road: cruise speeds relative to the road's, how hard they accelerate and
 * brake. Harder braking puts more of the car's kinetic energy into the brake pads (less is left to drag and
 * engine braking), so aggressive drivers wear pads and tyres faster.
 */
public enum DrivingStyle {
    CALM(0.93, 0.75, 2.2, 0.85),
    NORMAL(1.0, 1.0, 3.0, 1.0),
    AGGRESSIVE(1.06, 1.25, 4.2, 1.35);

    private final double speedFactor;
    private final double accelerationFactor;
    private final double brakingMps2;
    private final double tireWearFactor;

    DrivingStyle(double speedFactor, double accelerationFactor, double brakingMps2, double tireWearFactor) {
        this.speedFactor = speedFactor;
        this.accelerationFactor = accelerationFactor;
        this.brakingMps2 = brakingMps2;
        this.tireWearFactor = tireWearFactor;
    }

    /** Multiplies the road's cruise speed. */
    double speedFactor() {
        return speedFactor;
    }

    double accelerationFactor() {
        return accelerationFactor;
    }

    /** Deceleration when slowing for a stop or a slower segment, m/s². */
    double brakingMps2() {
        return brakingMps2;
    }

    /** Cornering and wheel spin: multiplies tread wear per km. */
    double tireWearFactor() {
        return tireWearFactor;
    }
}
