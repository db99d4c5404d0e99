package dev.pitwall.core.poi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoMathTest {

    @ParameterizedTest(name = "{0}: {5} km")
    @CsvSource({
            "Berlin-Munich,      52.5200,   13.4050,  48.1351,   11.5820,  504",
            "Paris-London,       48.8566,    2.3522,  51.5074,   -0.1278,  344",
            "New York-LA,        40.7128,  -74.0060,  34.0522, -118.2437, 3936",
            "Sydney-Melbourne,  -33.8688,  151.2093, -37.8136,  144.9631,  713",
            "Fiji-Samoa across the antimeridian, -18.1416, 178.4419, -13.8333, -171.7500, 1152"})
    void haversineMatchesKnownCityDistancesWithinOneKm(String pair, double lat1, double lon1, double lat2,
            double lon2, double km) {
        assertThat(GeoMath.distanceKm(lat1, lon1, lat2, lon2)).isCloseTo(km, within(1.0));
        assertThat(GeoMath.distanceKm(lat2, lon2, lat1, lon1)).isCloseTo(km, within(1.0));
    }

    @ParameterizedTest
    @CsvSource({
            "0, 0,  1,  0,   0",
            "0, 0,  0,  1,  90",
            "0, 0, -1,  0, 180",
            "0, 0,  0, -1, 270",
            "0, 179.9, 0, -179.9, 90"}) // east across the antimeridian
    void bearingIsClockwiseFromNorth(double lat1, double lon1, double lat2, double lon2, double bearing) {
        assertThat(GeoMath.initialBearingDeg(lat1, lon1, lat2, lon2)).isCloseTo(bearing, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"350, 10, 20", "10, 350, 20", "0, 180, 180", "370, 10, 0", "-90, 270, 0", "45, 90, 45"})
    void angleBetweenDirectionsWrapsAround360(double a, double b, double expected) {
        assertThat(GeoMath.angleBetweenDeg(a, b)).isCloseTo(expected, within(1e-9));
    }
}
