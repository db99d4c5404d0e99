package dev.pitwall.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DrivingProfileRulesTest {

    @Test
    void shipsTheDocumentedDefaults() {
        DrivingProfileRules d = DrivingProfileRules.DEFAULTS;

        assertThat(d.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(d.harshBrakingMps2()).isEqualTo(3.5);
        assertThat(d.harshAccelerationMps2()).isEqualTo(3.0);
        assertThat(d.harshMaxGap()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.speedingKmh()).isEqualTo(130);
        assertThat(d.tankLitres()).isEqualTo(50);
        assertThat(d.emitInterval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(d.windowDays()).isEqualTo(30);
        assertThat(d.toBuilder().build()).isEqualTo(d);
    }

    @Test
    void rejectsAValueOutOfRangeNamingTheRule() {
        assertThatThrownBy(() -> DrivingProfileRules.builder().harshBrakingMps2(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("harshBrakingMps2: expected a value from 0.5 to 15, got 0");
        assertThatThrownBy(() -> DrivingProfileRules.builder().tankLitres(-5).build())
                .hasMessageStartingWith("tankLitres:");
        assertThatThrownBy(() -> DrivingProfileRules.builder().emitInterval(Duration.ZERO).build())
                .hasMessage("emitInterval: expected a positive duration, got PT0S");
        assertThatThrownBy(() -> DrivingProfileRules.builder().windowDays(400).build())
                .hasMessageStartingWith("windowDays: expected a value from 1 to 120");
        assertThatThrownBy(() -> DrivingProfileRules.builder().windowDays(5).build())
                .as("the segment minimums must fit the window").hasMessageStartingWith("minSegmentDays:");
        assertThatThrownBy(() -> DrivingProfileRules.builder().commuteMorningHours(10, 6).build())
                .hasMessageStartingWith("commuteMorningToHour:");
        assertThatThrownBy(() -> DrivingProfileRules.builder().nightEnd(LocalTime.of(22, 0)).build())
                .hasMessageStartingWith("nightEnd:");
        assertThatThrownBy(() -> DrivingProfileRules.builder().zone("Mars/Olympus").build())
                .hasMessage("zone: expected a time zone such as Europe/Berlin, got 'Mars/Olympus'");
    }

    @Test
    void nightWrapsAroundMidnightOrNot() {
        DrivingProfileRules wrapping = DrivingProfileRules.DEFAULTS;
        DrivingProfileRules evening = DrivingProfileRules.builder().nightStart(LocalTime.of(18, 0))
                .nightEnd(LocalTime.of(23, 0)).build();

        assertThat(wrapping.isNight(LocalTime.of(22, 0))).isTrue();
        assertThat(wrapping.isNight(LocalTime.of(0, 0))).isTrue();
        assertThat(wrapping.isNight(LocalTime.of(4, 59, 59))).isTrue();
        assertThat(wrapping.isNight(LocalTime.of(5, 0))).isFalse();
        assertThat(wrapping.isNight(LocalTime.of(21, 59))).isFalse();
        assertThat(evening.isNight(LocalTime.of(18, 0))).isTrue();
        assertThat(evening.isNight(LocalTime.of(23, 0))).isFalse();
        assertThat(evening.isNight(LocalTime.of(2, 0))).isFalse();
    }
}
