package dev.pitwall.core.poi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The index must answer exactly what a linear scan over all POIs answers, including near the antimeridian and the
 * poles where the lat/lon candidate boxes are split or widened.
 */
class PoiIndexBruteForceTest {

    static final int POIS = 2_000;
    static final int QUERIES = 200;
    static final String[] BRANDS = {"Nordstern", "Südwind", "Isarwatt", "independent"};
    static final Comparator<PoiMatch> ORDER = Comparator.comparingDouble(PoiMatch::distanceKm)
            .thenComparing(m -> m.poi().id());

    @Test
    void indexReturnsExactlyWhatALinearScanReturns() {
        Random random = new Random(20261123);
        List<PointOfInterest> pois = new ArrayList<>();
        for (int i = 0; i < POIS; i++) {
            double[] at = point(random);
            PoiKind kind = PoiKind.values()[random.nextInt(PoiKind.values().length)];
            OpeningHours hours = random.nextBoolean() ? OpeningHours.alwaysOpen(ZoneId.of("UTC"))
                    : OpeningHoursTest.HOURS;
            pois.add(new PointOfInterest("p" + i, kind, "POI " + i, BRANDS[random.nextInt(BRANDS.length)], at[0],
                    at[1], hours, random.nextBoolean() ? Set.of("CCS") : Set.of(), random.nextBoolean()));
        }
        PoiIndex index = PoiCatalog.of(pois).index();
        int nonEmpty = 0;

        for (int q = 0; q < QUERIES; q++) {
            double[] at = point(random);
            double radiusKm = Math.pow(10, 4 * random.nextDouble()); // 1 .. 10,000 km
            PoiFilter filter = filter(random);
            int k = 1 + random.nextInt(20);
            double heading = random.nextDouble() * 720 - 360;
            double maxAngle = random.nextDouble() * 180;
            String query = "query " + q + " at " + at[0] + "," + at[1] + " r=" + radiusKm + " " + filter;

            List<PoiMatch> within = scan(pois, at, radiusKm, filter);
            assertThat(index.within(at[0], at[1], radiusKm, filter)).as(query).isEqualTo(within);

            List<PoiMatch> nearest = within.subList(0, Math.min(k, within.size()));
            assertThat(index.nearest(at[0], at[1], filter, k, radiusKm)).as(query + " k=" + k).isEqualTo(nearest);
            List<PoiMatch> all = scan(pois, at, Double.POSITIVE_INFINITY, filter);
            assertThat(index.nearest(at[0], at[1], filter, k, Double.POSITIVE_INFINITY)).as(query + " k=" + k)
                    .isEqualTo(all.subList(0, Math.min(k, all.size())));

            List<PoiMatch> ahead = within.stream().filter(m -> m.distanceKm() < PoiIndex.AHEAD_HERE_KM
                    || GeoMath.angleBetweenDeg(heading, GeoMath.initialBearingDeg(at[0], at[1], m.poi().latitude(),
                            m.poi().longitude())) <= maxAngle).toList();
            assertThat(index.ahead(at[0], at[1], heading, radiusKm, maxAngle, filter))
                    .as(query + " heading=" + heading + "±" + maxAngle).isEqualTo(ahead);
            nonEmpty += within.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).as("queries with results, so the check means something").isGreaterThan(QUERIES / 2);
    }

    /** A third anywhere, a third near the antimeridian, a third near a pole; some right on ±180 and ±90. */
    private static double[] point(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> new double[] {Math.toDegrees(Math.asin(2 * random.nextDouble() - 1)),
                    random.nextDouble() * 360 - 180};
            case 1 -> new double[] {random.nextDouble() * 160 - 80, random.nextInt(10) == 0
                    ? (random.nextBoolean() ? 180 : -180)
                    : (random.nextBoolean() ? 180 - random.nextDouble() * 3 : -180 + random.nextDouble() * 3)};
            default -> new double[] {random.nextInt(10) == 0 ? (random.nextBoolean() ? 90 : -90)
                    : (random.nextBoolean() ? 1 : -1) * (90 - random.nextDouble() * 3),
                    random.nextDouble() * 360 - 180};
        };
    }

    private static PoiFilter filter(Random random) {
        PoiFilter filter = PoiFilter.any();
        if (random.nextInt(3) == 0) {
            filter = filter.withKinds(EnumSet.of(PoiKind.values()[random.nextInt(PoiKind.values().length)]));
        }
        if (random.nextInt(4) == 0) {
            filter = filter.withBrands(BRANDS[random.nextInt(BRANDS.length)]);
        }
        if (random.nextInt(4) == 0) {
            filter = filter.partnersOnly();
        }
        if (random.nextInt(4) == 0) {
            filter = filter.withServices("CCS");
        }
        if (random.nextInt(4) == 0) {
            filter = filter.openAt(Instant.ofEpochSecond(1_767_225_600L + random.nextInt(7 * 86_400)));
        }
        return filter;
    }

    private static List<PoiMatch> scan(List<PointOfInterest> pois, double[] at, double radiusKm, PoiFilter filter) {
        List<PoiMatch> found = new ArrayList<>();
        for (PointOfInterest poi : pois) {
            double distance = GeoMath.distanceKm(at[0], at[1], poi.latitude(), poi.longitude());
            if (distance <= radiusKm && filter.test(poi)) {
                found.add(new PoiMatch(poi, distance));
            }
        }
        found.sort(ORDER);
        return found;
    }
}
