package dev.pitwall.simulator.vehicle;

/** The rectangle (WGS 84 degrees) the simulated vehicles drive in; they never leave it. */
public record Region(double minLatitude, double minLongitude, double maxLatitude, double maxLongitude) {

    /** Munich and its surroundings: about 33 km north-south by 37 km east-west. */
    public static final Region MUNICH = new Region(48.0, 11.3, 48.3, 11.8);

    /** Metres per degree of latitude (and of longitude at the equator). */
    static final double METRES_PER_DEGREE = 111_320.0;

    public Region {
        check(minLatitude, -85, 85, "minimum latitude");
        check(maxLatitude, -85, 85, "maximum latitude");
        check(minLongitude, -180, 180, "minimum longitude");
        check(maxLongitude, -180, 180, "maximum longitude");
        if (!(minLatitude < maxLatitude) || !(minLongitude < maxLongitude)) {
            throw new IllegalArgumentException("--region: expected minLat,minLon,maxLat,maxLon with min < max, got "
                    + minLatitude + "," + minLongitude + "," + maxLatitude + "," + maxLongitude);
        }
    }

    /** Parses {@code minLat,minLon,maxLat,maxLon}, e.g. {@code 48.0,11.3,48.3,11.8}. */
    public static Region parse(String text) {
        String[] parts = text == null ? new String[0] : text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException(
                    "--region: expected four comma-separated degrees minLat,minLon,maxLat,maxLon, got '" + text + "'");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--region: '" + parts[i].trim() + "' is not a number in '" + text + "'");
            }
        }
        return new Region(values[0], values[1], values[2], values[3]);
    }

    public boolean contains(double latitude, double longitude) {
        return latitude >= minLatitude && latitude <= maxLatitude && longitude >= minLongitude && longitude <= maxLongitude;
    }

    public double centerLatitude() {
        return (minLatitude + maxLatitude) / 2;
    }

    public double centerLongitude() {
        return (minLongitude + maxLongitude) / 2;
    }

    /**
     * The part of the region at least {@code fraction} of its size away from every edge. Vehicles outside it
     * steer back towards the centre, which keeps them inside the region without a hard bounce.
     */
    Region inner(double fraction) {
        double dLat = (maxLatitude - minLatitude) * fraction;
        double dLon = (maxLongitude - minLongitude) * fraction;
        return new Region(minLatitude + dLat, minLongitude + dLon, maxLatitude - dLat, maxLongitude - dLon);
    }

    @Override
    public String toString() {
        return minLatitude + "," + minLongitude + "," + maxLatitude + "," + maxLongitude;
    }

    private static void check(double value, double min, double max, String what) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("--region: " + what + " must be within " + min + ".." + max + ", got " + value);
        }
    }
}
