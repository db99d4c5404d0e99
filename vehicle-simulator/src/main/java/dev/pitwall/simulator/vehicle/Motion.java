package dev.pitwall.simulator.vehicle;

import java.util.SplittableRandom;

/**
 * Speed, heading, position and odometer. Speed follows the schedule's target within acceleration and braking
 * limits; the heading turns gradually towards a desired heading (limited by lateral acceleration, so fast cars
 * turn wide); near the region's edge the desired heading points back to its centre.
 */
final class Motion {

    private static final double MAX_ACCELERATION = 2.8;   // m/s² from standstill at a normal style, less at speed
    private static final double MAX_LATERAL = 2.5;        // m/s², comfortable cornering
    private static final double MAX_YAW_DEG_PER_S = 25;
    private static final double EDGE_FRACTION = 0.08;     // steer home when within 8 % of the region's size of an edge

    private final Region region;
    private final Region inner;
    private final DrivingStyle style;
    private double speedKmh;
    private double headingDeg;
    private double desiredHeadingDeg;
    private double latitude;
    private double longitude;
    private double odometerKm;
    private double kmToNextTurn;
    private double lastStepKm;
    // trigonometry is most of a step's cost: reuse it while the heading holds and the latitude barely moves
    private double trigHeadingDeg = Double.NaN;
    private double sinHeading;
    private double cosHeading;
    private double trigLatitude = Double.NaN;
    private double cosLatitude;

    Motion(Region region, DrivingStyle style, double odometerKm, SplittableRandom random) {
        this.region = region;
        this.style = style;
        this.inner = region.inner(EDGE_FRACTION);
        // start somewhere well inside the region, with some history on the clock
        Region start = region.inner(0.15);
        latitude = DrivingProfile.uniform(random, start.minLatitude(), start.maxLatitude());
        longitude = DrivingProfile.uniform(random, start.minLongitude(), start.maxLongitude());
        headingDeg = random.nextDouble() * 360;
        desiredHeadingDeg = headingDeg;
        this.odometerKm = odometerKm;
        kmToNextTurn = DrivingProfile.URBAN.nextTurnDistanceKm(random);
    }

    /** Advances {@code dt} seconds towards {@code targetKmh}; returns the longitudinal acceleration in m/s². */
    double step(double dt, double targetKmh, DrivingProfile profile, SplittableRandom random) {
        double v0 = speedKmh / 3.6;
        double target = targetKmh / 3.6;
        double v1;
        if (target > v0) {
            double limit = Math.max(0.6, MAX_ACCELERATION * style.accelerationFactor() * (1 - v0 / 60));
            v1 = Math.min(target, v0 + limit * dt);
        } else {
            v1 = Math.max(target, v0 - style.brakingMps2() * dt);
        }
        double metres = (v0 + v1) / 2 * dt;
        speedKmh = v1 * 3.6;
        lastStepKm = metres / 1000;
        odometerKm += lastStepKm;
        if (metres > 0) {
            steer(dt, v1, profile, random);
            move(metres);
        }
        return (v1 - v0) / dt;
    }

    private void steer(double dt, double v, DrivingProfile profile, SplittableRandom random) {
        kmToNextTurn -= lastStepKm;
        if (!inner.contains(latitude, longitude)) {
            double home = bearingTo(region.centerLatitude(), region.centerLongitude());
            if (Math.abs(angleBetween(desiredHeadingDeg, home)) > 45) {
                desiredHeadingDeg = normalise(home + (random.nextDouble() - 0.5) * 60);
            }
        } else if (kmToNextTurn <= 0) {
            desiredHeadingDeg = normalise(desiredHeadingDeg + profile.nextHeadingChange(random));
            kmToNextTurn = profile.nextTurnDistanceKm(random);
        }
        double maxYaw = Math.min(MAX_YAW_DEG_PER_S, Math.toDegrees(MAX_LATERAL / Math.max(v, 0.5))) * dt;
        double diff = angleBetween(headingDeg, desiredHeadingDeg);
        headingDeg = normalise(headingDeg + Math.max(-maxYaw, Math.min(maxYaw, diff)));
    }

    private void move(double metres) {
        // StrictMath: the same bits on every JVM, so a seed reproduces the same positions everywhere
        if (headingDeg != trigHeadingDeg) {
            double rad = Math.toRadians(headingDeg);
            cosHeading = StrictMath.cos(rad);
            sinHeading = StrictMath.sin(rad);
            trigHeadingDeg = headingDeg;
        }
        latitude += metres * cosHeading / Region.METRES_PER_DEGREE;
        if (!(Math.abs(latitude - trigLatitude) < 0.001)) { // 110 m: cos(latitude) changes in the 5th digit
            cosLatitude = StrictMath.cos(Math.toRadians(latitude));
            trigLatitude = latitude;
        }
        longitude += metres * sinHeading / (Region.METRES_PER_DEGREE * cosLatitude);
        if (!region.contains(latitude, longitude)) {
            // cannot happen with the edge steering above unless the region is tiny; never report a position outside
            latitude = Math.max(region.minLatitude(), Math.min(region.maxLatitude(), latitude));
            longitude = Math.max(region.minLongitude(), Math.min(region.maxLongitude(), longitude));
            desiredHeadingDeg = bearingTo(region.centerLatitude(), region.centerLongitude());
        }
    }

    private double bearingTo(double lat, double lon) {
        double north = lat - latitude;
        double east = (lon - longitude) * StrictMath.cos(Math.toRadians(latitude));
        return normalise(Math.toDegrees(StrictMath.atan2(east, north)));
    }

    /** Signed smallest rotation from {@code from} to {@code to}, in -180..180. */
    static double angleBetween(double from, double to) {
        double d = (to - from) % 360;
        if (d > 180) {
            d -= 360;
        } else if (d < -180) {
            d += 360;
        }
        return d;
    }

    static double normalise(double deg) {
        double d = deg % 360;
        return d < 0 ? d + 360 : d;
    }

    double speedKmh() {
        return speedKmh;
    }

    double headingDeg() {
        return headingDeg;
    }

    double latitude() {
        return latitude;
    }

    double longitude() {
        return longitude;
    }

    double odometerKm() {
        return odometerKm;
    }

    /** Distance covered in the last step, km. */
    double lastStepKm() {
        return lastStepKm;
    }
}
