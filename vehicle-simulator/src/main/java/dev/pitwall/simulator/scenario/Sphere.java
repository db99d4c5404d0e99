package dev.pitwall.simulator.scenario;

import dev.pitwall.core.poi.GeoMath;

/** Movement on the sphere {@link GeoMath} measures on, so that positions and distances agree with core's. */
final class Sphere {

    private Sphere() {
    }

    /** The point {@code distanceKm} from a start along the great circle leaving it at {@code bearingDeg}. */
    static Step.Position destination(double latDeg, double lonDeg, double bearingDeg, double distanceKm) {
        double delta = distanceKm / GeoMath.EARTH_RADIUS_KM;
        double phi1 = Math.toRadians(latDeg);
        double lambda1 = Math.toRadians(lonDeg);
        double theta = Math.toRadians(bearingDeg);
        double sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
        double phi2 = Math.asin(Math.max(-1, Math.min(1, sinPhi2)));
        double lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * sinPhi2);
        return new Step.Position(Math.toDegrees(phi2), normalizeLongitude(Math.toDegrees(lambda2)));
    }

    /** The point a {@code fraction} of the way from one point to another along the great circle between them. */
    static Step.Position intermediate(Step.Position from, Step.Position to, double fraction) {
        double distanceKm = GeoMath.distanceKm(from.latitude(), from.longitude(), to.latitude(), to.longitude());
        if (distanceKm == 0) {
            return from;
        }
        double bearing = GeoMath.initialBearingDeg(from.latitude(), from.longitude(), to.latitude(), to.longitude());
        return destination(from.latitude(), from.longitude(), bearing, distanceKm * fraction);
    }

    /** The direction of travel on arrival at {@code to} when coming from {@code from} on a great circle. */
    static double finalBearingDeg(Step.Position from, Step.Position to) {
        return GeoMath.normalizeDeg(
                GeoMath.initialBearingDeg(to.latitude(), to.longitude(), from.latitude(), from.longitude()) + 180);
    }

    private static double normalizeLongitude(double lon) {
        double l = (lon + 540) % 360 - 180;
        return l == -180 ? 180 : l;
    }
}
