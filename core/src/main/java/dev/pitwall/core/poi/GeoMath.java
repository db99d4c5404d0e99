package dev.pitwall.core.poi;

/**
 * Great-circle distance and bearing on a spherical Earth. The sphere is off by up to about 0.5 % against the
 * ellipsoid, which is far below what "nearest workshop" or "a station within 20 km" needs.
 */
public final class GeoMath {

    /** Mean Earth radius (IUGG), the usual choice for haversine. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** Half the circumference: no two points on the sphere are further apart. */
    public static final double MAX_DISTANCE_KM = Math.PI * EARTH_RADIUS_KM;

    private GeoMath() {
    }

    /** Haversine distance in km between two points given in degrees. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double sinDPhi = Math.sin((phi2 - phi1) / 2);
        double sinDLambda = Math.sin(Math.toRadians(lon2 - lon1) / 2);
        double h = sinDPhi * sinDPhi + Math.cos(phi1) * Math.cos(phi2) * sinDLambda * sinDLambda;
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, h)));
    }

    /** Initial bearing (forward azimuth) from point 1 to point 2 in degrees, 0 = north, clockwise, in [0, 360). */
    public static double initialBearingDeg(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dLambda = Math.toRadians(lon2 - lon1);
        double y = Math.sin(dLambda) * Math.cos(phi2);
        double x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
        return normalizeDeg(Math.toDegrees(Math.atan2(y, x)));
    }

    /** The smaller angle between two directions in degrees, in [0, 180]; 350° and 10° are 20° apart. */
    public static double angleBetweenDeg(double a, double b) {
        double d = Math.abs(normalizeDeg(a) - normalizeDeg(b));
        return d > 180 ? 360 - d : d;
    }

    /** A direction in degrees brought into [0, 360). */
    public static double normalizeDeg(double deg) {
        double d = deg % 360;
        if (d < 0) {
            d += 360;
        }
        return d >= 360 ? 0 : d; // -1e-15 % 360 + 360 rounds to 360
    }
}
