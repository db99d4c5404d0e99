package dev.pitwall.core.poi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Spatial queries over a fixed set of POIs: nearest, within a radius, and ahead in the direction of travel.
 *
 * <p>The POIs sit in a JTS {@link STRtree} keyed by longitude/latitude degrees. The tree only narrows the
 * candidates: a query asks it for a lat/lon box that is sure to contain the search circle (split in two where
 * the circle crosses the antimeridian, the full longitude range where it contains a pole), and then keeps the
 * candidates whose haversine distance is within the radius. So results are exactly those of a linear scan with
 * {@link GeoMath#distanceKm}. {@link #nearest} widens the radius step by step rather than using STRtree's own
 * k-nearest search, because that search bounds tree nodes by planar distance in degrees, which does not order
 * points by great-circle distance (a degree of longitude is 111 km at the equator and 74 km in Munich).
 *
 * <p>Thread-safety: the tree is built in the constructor and never changed afterwards, and the queries only read
 * it, so one instance can be shared by any number of threads (e.g. all subtasks of a Flink task manager).
 * Results are sorted by distance, ties by id, so they do not depend on insertion order.
 */
public final class PoiIndex {

    /** The first radius {@link #nearest} tries; each miss multiplies it by {@link #NEAREST_GROWTH}. */
    static final double NEAREST_START_KM = 10;
    static final double NEAREST_GROWTH = 4;
    /** A POI this close counts as ahead whatever its bearing: the vehicle is already there. */
    public static final double AHEAD_HERE_KM = 0.01;
    /** Slack on the candidate box (about 10 cm) so that rounding never drops a POI right on the circle. */
    private static final double BOX_MARGIN_DEG = 1e-6;

    private static final Comparator<PoiMatch> BY_DISTANCE = Comparator.comparingDouble(PoiMatch::distanceKm)
            .thenComparing(m -> m.poi().id());

    private final STRtree tree;
    private final int size;

    PoiIndex(Collection<PointOfInterest> pois) {
        STRtree strTree = new STRtree();
        for (PointOfInterest poi : pois) {
            // -180 and 180 are one meridian; keep one of them so that boxes ending at 180 find it
            double lon = poi.longitude() == -180 ? 180 : poi.longitude();
            strTree.insert(new Envelope(lon, lon, poi.latitude(), poi.latitude()), poi);
        }
        strTree.build();
        this.tree = strTree;
        this.size = pois.size();
    }

    public int size() {
        return size;
    }

    /**
     * The up to {@code k} POIs nearest to a point that pass the filter and lie within {@code maxDistanceKm},
     * nearest first.
     */
    public List<PoiMatch> nearest(double latitude, double longitude, PoiFilter filter, int k, double maxDistanceKm) {
        checkPoint(latitude, longitude);
        if (k < 1) {
            throw new IllegalArgumentException("k: expected at least 1, got " + k);
        }
        checkRadius("maxDistanceKm", maxDistanceKm);
        double limit = Math.min(maxDistanceKm, GeoMath.MAX_DISTANCE_KM);
        double radius = Math.min(NEAREST_START_KM, limit);
        while (true) {
            // every POI not found is further than radius, so k found within it are the k nearest
            List<PoiMatch> found = scan(latitude, longitude, radius, filter);
            if (found.size() >= k || radius >= limit) {
                return List.copyOf(found.subList(0, Math.min(k, found.size())));
            }
            radius = Math.min(radius * NEAREST_GROWTH, limit);
        }
    }

    /** The POIs within {@code radiusKm} of a point that pass the filter, nearest first. */
    public List<PoiMatch> within(double latitude, double longitude, double radiusKm, PoiFilter filter) {
        checkPoint(latitude, longitude);
        checkRadius("radiusKm", radiusKm);
        return List.copyOf(scan(latitude, longitude, radiusKm, filter));
    }

    /**
     * The POIs within {@code radiusKm} in the direction of travel: their initial bearing from the vehicle is within
     * {@code ±maxAngleDeg} of {@code headingDeg} (0 = north, clockwise; any value, taken modulo 360). POIs closer
     * than {@link #AHEAD_HERE_KM} count as ahead. Nearest first.
     */
    public List<PoiMatch> ahead(double latitude, double longitude, double headingDeg, double radiusKm,
            double maxAngleDeg, PoiFilter filter) {
        checkPoint(latitude, longitude);
        checkRadius("radiusKm", radiusKm);
        if (!Double.isFinite(headingDeg)) {
            throw new IllegalArgumentException("headingDeg: expected a finite direction in degrees, got "
                    + headingDeg);
        }
        if (!(maxAngleDeg >= 0 && maxAngleDeg <= 180)) {
            throw new IllegalArgumentException("maxAngleDeg: expected 0..180 degrees, got " + maxAngleDeg);
        }
        List<PoiMatch> ahead = new ArrayList<>();
        for (PoiMatch match : scan(latitude, longitude, radiusKm, filter)) {
            PointOfInterest poi = match.poi();
            double bearing = GeoMath.initialBearingDeg(latitude, longitude, poi.latitude(), poi.longitude());
            if (match.distanceKm() < AHEAD_HERE_KM || GeoMath.angleBetweenDeg(bearing, headingDeg) <= maxAngleDeg) {
                ahead.add(match);
            }
        }
        return List.copyOf(ahead);
    }

    private List<PoiMatch> scan(double latitude, double longitude, double radiusKm, PoiFilter filter) {
        PoiFilter wanted = filter == null ? PoiFilter.any() : filter;
        List<PoiMatch> found = new ArrayList<>();
        for (Envelope box : candidateBoxes(latitude, longitude, radiusKm)) {
            for (Object item : tree.query(box)) {
                PointOfInterest poi = (PointOfInterest) item;
                double distance = GeoMath.distanceKm(latitude, longitude, poi.latitude(), poi.longitude());
                if (distance <= radiusKm && wanted.test(poi)) {
                    found.add(new PoiMatch(poi, distance));
                }
            }
        }
        found.sort(BY_DISTANCE);
        return found;
    }

    /**
     * Lat/lon boxes that together contain every point within the radius. The latitude band is exact on the
     * sphere; the longitude half-width is asin(sin δ / cos φ), the widest a spherical cap of angular radius δ
     * reaches, and the full range when the cap contains a pole. The boxes never overlap, so no POI is found twice.
     */
    static List<Envelope> candidateBoxes(double latitude, double longitude, double radiusKm) {
        double delta = radiusKm / GeoMath.EARTH_RADIUS_KM; // angular radius in radians
        double minLat = latitude - Math.toDegrees(delta) - BOX_MARGIN_DEG;
        double maxLat = latitude + Math.toDegrees(delta) + BOX_MARGIN_DEG;
        if (minLat <= -90 || maxLat >= 90) {
            return List.of(new Envelope(-180, 180, Math.max(minLat, -90), Math.min(maxLat, 90)));
        }
        double ratio = Math.sin(delta) / Math.cos(Math.toRadians(latitude));
        if (ratio >= 1 - 1e-9) { // asin is ill-conditioned here; take the whole circle of longitude
            return List.of(new Envelope(-180, 180, minLat, maxLat));
        }
        double halfWidth = Math.toDegrees(Math.asin(ratio)) + BOX_MARGIN_DEG;
        double west = longitude - halfWidth;
        double east = longitude + halfWidth;
        if (halfWidth >= 180) {
            return List.of(new Envelope(-180, 180, minLat, maxLat));
        }
        if (west <= -180) {
            return List.of(new Envelope(west + 360, 180, minLat, maxLat), new Envelope(-180, east, minLat, maxLat));
        }
        if (east >= 180) {
            return List.of(new Envelope(west, 180, minLat, maxLat), new Envelope(-180, east - 360, minLat, maxLat));
        }
        return List.of(new Envelope(west, east, minLat, maxLat));
    }

    private static void checkPoint(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude: expected -90..90 degrees, got " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude: expected -180..180 degrees, got " + longitude);
        }
    }

    private static void checkRadius(String name, double km) {
        if (!(km >= 0)) {
            throw new IllegalArgumentException(name + ": expected a distance of 0 km or more, got " + km);
        }
    }
}
