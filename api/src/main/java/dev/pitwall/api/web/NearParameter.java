package dev.pitwall.api.web;

/**
 * The {@code near=<lat>,<lon>} and {@code radiusKm} query parameters of the endpoints that search around a point,
 * read strictly and checked the same way everywhere: a point and a radius around it.
 *
 * @param latitude  degrees, -90 to 90
 * @param longitude degrees, -180 to 180
 * @param radiusKm  great-circle distance, more than 0
 */
public record NearParameter(double latitude, double longitude, double radiusKm) {

    /** How far an endpoint searches by default and at most; its properties record implements this. */
    public interface Limits {

        double defaultRadiusKm();

        double maxRadiusKm();

        /** Rejects limits no search could use, naming the property under {@code prefix}, e.g. "pitwall.pois". */
        static void requireValid(String prefix, double defaultRadiusKm, double maxRadiusKm) {
            if (!(maxRadiusKm > 0)) {
                throw new IllegalArgumentException(prefix + ".max-radius-km: expected more than 0 km, got "
                        + maxRadiusKm);
            }
            if (!(defaultRadiusKm > 0 && defaultRadiusKm <= maxRadiusKm)) {
                throw new IllegalArgumentException(prefix + ".default-radius-km: expected more than 0 km and at most "
                        + "max-radius-km (" + maxRadiusKm + "), got " + defaultRadiusKm);
            }
        }
    }

    /** What {@code near} accepts, with an example point of the endpoint's own, e.g. "52.52,13.405". */
    public static String expected(String example) {
        return "latitude,longitude in degrees, e.g. " + example + " (latitude -90 to 90, longitude -180 to 180)";
    }

    /**
     * Reads {@code near} as {@code lat,lon} and {@code radiusKm} (the default of {@code limits} when absent) only
     * together with it; null when neither is given. Rejects anything else naming the parameter.
     *
     * @param example a point for the message of a bad {@code near}, see {@link #expected}
     */
    public static NearParameter of(String near, String radiusKm, Limits limits, String example) {
        if (blank(near)) {
            if (!blank(radiusKm)) {
                throw new InvalidParameterException("radiusKm", "no radiusKm without near (radiusKm is the distance "
                        + "around near)", radiusKm);
            }
            return null;
        }
        String[] parts = near.split(",", -1);
        if (parts.length != 2) {
            throw new InvalidParameterException("near", expected(example), near);
        }
        double latitude = number(parts[0]);
        double longitude = number(parts[1]);
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            throw new InvalidParameterException("near", expected(example), near);
        }
        double radius = limits.defaultRadiusKm();
        if (!blank(radiusKm)) {
            radius = number(radiusKm);
            if (!(radius > 0 && radius <= limits.maxRadiusKm())) {
                throw new InvalidParameterException("radiusKm", "a distance in km, more than 0 and at most "
                        + format(limits.maxRadiusKm()), radiusKm);
            }
        }
        return new NearParameter(latitude, longitude, radius);
    }

    /** A finite decimal number, or NaN (which every range check above rejects). */
    private static double number(String text) {
        String t = text.strip();
        // Double.parseDouble also takes "NaN", "Infinity", hex floats and a trailing 'd': none of them is a degree
        if (!t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Double.NaN;
        }
        return Double.parseDouble(t);
    }

    private static String format(double km) {
        return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
