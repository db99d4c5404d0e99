package dev.pitwall.core.poi;

import static dev.pitwall.core.poi.TestPois.poi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoiIndexTest {

    // Munich Marienplatz, and POIs in other German cities at well-known distances
    static final double MUNICH_LAT = 48.1374;
    static final double MUNICH_LON = 11.5755;

    static final PoiIndex CITIES = PoiCatalog.of(List.of(
            poi("berlin", PoiKind.WORKSHOP, "Meisterwerk", 52.5200, 13.4050, true),      // ~504 km
            poi("augsburg", PoiKind.WORKSHOP, "independent", 48.3705, 10.8978, false),   // ~56 km
            poi("nuremberg", PoiKind.DEALER, "Volkswagen", 49.4521, 11.0767, true),      // ~151 km
            poi("stuttgart", PoiKind.FUEL_STATION, "Nordstern", 48.7758, 9.1829, true),  // ~190 km
            poi("hamburg", PoiKind.CHARGING_STATION, "Isarwatt", 53.5511, 9.9937, true), // ~612 km
            poi("rosenheim", PoiKind.WORKSHOP, "Meisterwerk", 47.8571, 12.1181, false)   // ~51 km
    )).index();

    @Test
    void nearestReturnsTheKNearestInOrderWithGreatCircleDistances() {
        List<PoiMatch> nearest = CITIES.nearest(MUNICH_LAT, MUNICH_LON, PoiFilter.any(), 4, 1000);

        assertThat(nearest).extracting(m -> m.poi().id())
                .containsExactly("rosenheim", "augsburg", "nuremberg", "stuttgart");
        assertThat(nearest.get(0).distanceKm()).isCloseTo(51.0, within(1.0));
        assertThat(nearest.get(1).distanceKm()).isCloseTo(56.5, within(1.0));
        assertThat(nearest.get(2).distanceKm()).isCloseTo(150.7, within(1.0));
        assertThat(nearest.get(3).distanceKm()).isCloseTo(190.2, within(1.0));
        assertThat(CITIES.nearest(MUNICH_LAT, MUNICH_LON, PoiFilter.kinds(PoiKind.WORKSHOP), 5, 1000))
                .extracting(m -> m.poi().id()).containsExactly("rosenheim", "augsburg", "berlin");
        assertThat(CITIES.nearest(48.1351, 11.5820, PoiFilter.kinds(PoiKind.WORKSHOP).withBrands("meisterwerk"), 2,
                1000).get(1).distanceKm()).isCloseTo(504, within(1.0));
    }

    @Test
    void nearestStopsAtKAndAtTheMaximumDistance() {
        assertThat(CITIES.nearest(MUNICH_LAT, MUNICH_LON, PoiFilter.any(), 1, 1000)).hasSize(1);
        assertThat(CITIES.nearest(MUNICH_LAT, MUNICH_LON, PoiFilter.any(), 100, 1000)).hasSize(6);
        assertThat(CITIES.nearest(MUNICH_LAT, MUNICH_LON, PoiFilter.any(), 100, 200))
                .extracting(m -> m.poi().id()).containsExactly("rosenheim", "augsburg", "nuremberg", "stuttgart");
        assertThat(CITIES.nearest(MUNICH_LAT, MUNICH_LON, PoiFilter.any(), 3, 50)).isEmpty();
        assertThat(CITIES.nearest(MUNICH_LAT, MUNICH_LON, PoiFilter.any(), 3, Double.POSITIVE_INFINITY)).hasSize(3);
    }

    @Test
    void withinKeepsExactlyThePoisInsideTheRadius() {
        assertThat(CITIES.within(MUNICH_LAT, MUNICH_LON, 100, PoiFilter.any()))
                .extracting(m -> m.poi().id()).containsExactly("rosenheim", "augsburg");
        assertThat(CITIES.within(MUNICH_LAT, MUNICH_LON, 100, PoiFilter.any().partnersOnly())).isEmpty();
        assertThat(CITIES.within(MUNICH_LAT, MUNICH_LON, 700, PoiFilter.any().partnersOnly()))
                .extracting(m -> m.poi().id()).containsExactly("nuremberg", "stuttgart", "berlin", "hamburg");
        assertThat(CITIES.within(52.5200, 13.4050, 0, PoiFilter.any())).extracting(m -> m.poi().id())
                .containsExactly("berlin");
    }

    @Test
    void filtersByKindBrandServicePartnerAndOpeningTime() {
        OpeningHours weekdays = new OpeningHours(TestPois.BERLIN, Map.of(DayOfWeek.MONDAY,
                List.of(OpeningInterval.parse("08:00-18:00"))));
        PointOfInterest open = new PointOfInterest("open", PoiKind.WORKSHOP, "A", "Meisterwerk", 48.14, 11.58,
                OpeningHours.alwaysOpen(TestPois.BERLIN), Set.of("OIL_SERVICE", "BRAKE_INSPECTION"), true);
        PointOfInterest mondays = new PointOfInterest("mondays", PoiKind.WORKSHOP, "B", "Meisterwerk", 48.15, 11.58,
                weekdays, Set.of("OIL_SERVICE"), true);
        PoiIndex index = PoiCatalog.of(List.of(open, mondays)).index();
        Instant mondayNoon = Instant.parse("2026-01-12T11:00:00Z");
        Instant tuesdayNoon = Instant.parse("2026-01-13T11:00:00Z");

        assertThat(ids(index.within(48.14, 11.58, 10, PoiFilter.any().openAt(mondayNoon)))).containsExactly("open",
                "mondays");
        assertThat(ids(index.within(48.14, 11.58, 10, PoiFilter.any().openAt(tuesdayNoon)))).containsExactly("open");
        assertThat(ids(index.within(48.14, 11.58, 10, PoiFilter.any().withServices("BRAKE_INSPECTION"))))
                .containsExactly("open");
        assertThat(ids(index.within(48.14, 11.58, 10, PoiFilter.any().withBrands("MEISTERWERK")))).hasSize(2);
        assertThat(ids(index.within(48.14, 11.58, 10, PoiFilter.any().withBrands("Nordstern")))).isEmpty();
        assertThat(ids(index.within(48.14, 11.58, 10, PoiFilter.kinds(PoiKind.DEALER, PoiKind.FUEL_STATION))))
                .isEmpty();
        assertThat(ids(index.within(48.14, 11.58, 10, null))).hasSize(2);
    }

    /** POIs 10 km from the origin every 30°: ids are their bearings. */
    static final PoiIndex COMPASS = compass();

    @ParameterizedTest(name = "heading {0} ±{1}")
    @CsvSource({
            "0,    45, '330,0,30'",
            "360,  45, '330,0,30'",
            "-360, 45, '330,0,30'",
            "350,  25, '330,0'",
            "10,   25, '0,30'",
            "725,  40, '330,0,30'", // 725 = 5
            "90,   31, '60,90,120'",
            "90,    1, '90'",
            "180, 180, '0,30,60,90,120,150,180,210,240,270,300,330'"})
    void aheadKeepsThePoisWhoseBearingIsWithinTheConeAroundTheHeading(double heading, double maxAngle,
            String expected) {
        List<PoiMatch> ahead = COMPASS.ahead(0, 0, heading, 20, maxAngle, PoiFilter.any());

        assertThat(ids(ahead)).containsExactlyInAnyOrder(expected.split(","));
        assertThat(COMPASS.ahead(0, 0, heading, 5, maxAngle, PoiFilter.any())).isEmpty();
    }

    @Test
    void aheadCountsAPoiAtTheVehiclesPositionAsAhead() {
        PoiIndex index = PoiCatalog.of(List.of(poi("here", PoiKind.FUEL_STATION, 48.1, 11.5),
                poi("behind", PoiKind.FUEL_STATION, 48.05, 11.5))).index();

        assertThat(ids(index.ahead(48.1, 11.5, 0, 10, 30, PoiFilter.any()))).containsExactly("here");
        assertThat(ids(index.ahead(48.1, 11.5, 180, 10, 30, PoiFilter.any()))).containsExactly("here", "behind");
    }

    @Test
    void findsPoisAcrossTheAntimeridianAndAroundThePoles() {
        PoiIndex index = PoiCatalog.of(List.of(
                poi("fiji-east", PoiKind.FUEL_STATION, -17.0, -179.95),
                poi("fiji-west", PoiKind.FUEL_STATION, -17.0, 179.95),
                poi("dateline", PoiKind.FUEL_STATION, -17.0, -180),
                poi("north-a", PoiKind.CHARGING_STATION, 89.9, 0),
                poi("north-b", PoiKind.CHARGING_STATION, 89.9, 180),
                poi("south", PoiKind.CHARGING_STATION, -89.95, 90))).index();

        assertThat(ids(index.within(-17.0, 179.99, 10, PoiFilter.any())))
                .containsExactly("dateline", "fiji-west", "fiji-east");
        assertThat(ids(index.within(-17.0, -179.99, 10, PoiFilter.any())))
                .containsExactly("dateline", "fiji-east", "fiji-west");
        assertThat(ids(index.ahead(-17.0, 179.99, 90, 10, 45, PoiFilter.any()))).containsExactly("dateline",
                "fiji-east");
        List<PoiMatch> north = index.within(89.9, 0, 30, PoiFilter.any());
        assertThat(ids(north)).containsExactly("north-a", "north-b");
        assertThat(north.get(1).distanceKm()).isCloseTo(22.2, within(0.1)); // straight over the pole
        assertThat(ids(index.nearest(-90, 0, PoiFilter.any(), 1, 100))).containsExactly("south");
        assertThat(ids(index.nearest(0, 0, PoiFilter.any(), 10, Double.POSITIVE_INFINITY))).hasSize(6);
    }

    @Test
    void rejectsQueriesOutsideTheValidRangesNamingTheParameter() {
        assertThatThrownBy(() -> CITIES.nearest(91, 0, PoiFilter.any(), 1, 10)).hasMessageContaining("latitude");
        assertThatThrownBy(() -> CITIES.nearest(0, 181, PoiFilter.any(), 1, 10)).hasMessageContaining("longitude");
        assertThatThrownBy(() -> CITIES.nearest(0, 0, PoiFilter.any(), 0, 10)).hasMessageContaining("k: expected");
        assertThatThrownBy(() -> CITIES.nearest(0, 0, PoiFilter.any(), 1, -1))
                .hasMessageContaining("maxDistanceKm");
        assertThatThrownBy(() -> CITIES.within(0, 0, Double.NaN, PoiFilter.any())).hasMessageContaining("radiusKm");
        assertThatThrownBy(() -> CITIES.ahead(0, 0, Double.NaN, 10, 10, PoiFilter.any()))
                .hasMessageContaining("headingDeg");
        assertThatThrownBy(() -> CITIES.ahead(0, 0, 0, 10, 181, PoiFilter.any())).hasMessageContaining("maxAngleDeg");
    }

    @Test
    void answersOnTheSampleCatalog() {
        PoiIndex sample = PoiCatalog.sample().index();
        Instant saturdayNight = Instant.parse("2026-01-17T23:00:00Z");

        List<PoiMatch> workshops = sample.nearest(MUNICH_LAT, MUNICH_LON,
                PoiFilter.kinds(PoiKind.WORKSHOP, PoiKind.DEALER).withServices("OIL_SERVICE"), 3, 50);
        assertThat(workshops).hasSize(3).isSortedAccordingTo((a, b) -> Double.compare(a.distanceKm(), b.distanceKm()));
        assertThat(sample.within(MUNICH_LAT, MUNICH_LON, 30,
                PoiFilter.kinds(PoiKind.FUEL_STATION).partnersOnly().openAt(saturdayNight)))
                .isNotEmpty().allSatisfy(m -> assertThat(m.poi().openingHours().isOpenAt(saturdayNight)).isTrue());
    }

    private static PoiIndex compass() {
        List<PointOfInterest> pois = new java.util.ArrayList<>();
        for (int bearing = 0; bearing < 360; bearing += 30) {
            // destination point 10 km from (0, 0) on this bearing
            double delta = 10 / GeoMath.EARTH_RADIUS_KM;
            double theta = Math.toRadians(bearing);
            double lat = Math.asin(Math.sin(delta) * Math.cos(theta));
            double lon = Math.atan2(Math.sin(theta) * Math.sin(delta), Math.cos(delta));
            pois.add(poi(String.valueOf(bearing), PoiKind.FUEL_STATION, Math.toDegrees(lat), Math.toDegrees(lon)));
        }
        return PoiCatalog.of(pois).index();
    }

    private static List<String> ids(List<PoiMatch> matches) {
        return matches.stream().map(m -> m.poi().id()).toList();
    }
}
