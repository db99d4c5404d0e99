package dev.pitwall.api.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearParameterTest {

    record Limits(double defaultRadiusKm, double maxRadiusKm) implements NearParameter.Limits {
    }

    static final Limits LIMITS = new Limits(25, 500);
    static final String EXAMPLE = "52.52,13.405";

    @Test
    void readsAPointWithTheDefaultOrTheGivenRadius() {
        assertThat(NearParameter.of("52.52,13.405", null, LIMITS, EXAMPLE))
                .isEqualTo(new NearParameter(52.52, 13.405, 25));
        assertThat(NearParameter.of(" -33.9 , 151.2 ", "12.5", LIMITS, EXAMPLE))
                .isEqualTo(new NearParameter(-33.9, 151.2, 12.5));
        assertThat(NearParameter.of(null, " ", LIMITS, EXAMPLE)).isNull();
    }

    @Test
    void rejectsAMalformedOrOutOfRangePointNamingNearWithTheEndpointsExample() {
        for (String near : List.of("52.52", "52.52,13.405,1", "north,east", "91,0", "0,180.5", "NaN,0", "Infinity,0",
                "0x1p3,0", "52.52,")) {
            assertThatThrownBy(() -> NearParameter.of(near, null, LIMITS, EXAMPLE))
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                        assertThat(e.parameter()).isEqualTo("near");
                        assertThat(e.expected()).isEqualTo("latitude,longitude in degrees, e.g. 52.52,13.405 "
                                + "(latitude -90 to 90, longitude -180 to 180)");
                    });
        }
    }

    @Test
    void rejectsARadiusOutsideTheLimitsOrWithoutNear() {
        for (String radius : List.of("0", "-5", "500.5", "ten", "Infinity")) {
            assertThatThrownBy(() -> NearParameter.of("52.52,13.405", radius, LIMITS, EXAMPLE))
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                        assertThat(e.parameter()).isEqualTo("radiusKm");
                        assertThat(e.expected()).isEqualTo("a distance in km, more than 0 and at most 500");
                    });
        }
        assertThatThrownBy(() -> NearParameter.of("", "10", LIMITS, EXAMPLE))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.expected()).contains("no radiusKm without near"));
    }

    @Test
    void rejectsLimitsNoSearchCouldUseNamingTheProperty() {
        assertThatThrownBy(() -> NearParameter.Limits.requireValid("pitwall.pois", 10, 0))
                .hasMessageStartingWith("pitwall.pois.max-radius-km:");
        assertThatThrownBy(() -> NearParameter.Limits.requireValid("pitwall.pois", 600, 500))
                .hasMessageStartingWith("pitwall.pois.default-radius-km:");
    }
}
